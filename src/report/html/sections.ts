import type { PledgeRow, ReportDocument, ReportModel } from '../model';
import { needsCheck, STATUS_WORDS } from '../model';
import { clauseId, clauseRef, fixed2, statusToken, withCue } from './markup';
import { html, type HtmlValue, type SafeHtml } from './tag';

const VERDICTS = ['completed', 'carried_forward', 'dropped', 'new'] as const;
const PLEDGE_STATUSES = ['completed', 'carried_forward', 'dropped'] as const;

/**
 * The cover: both documents in one table, and when the comparison was made.
 *
 * @example
 * coverSection(reportModel(resource)) // '<section aria-labelledby="cover-h" class="cover">…'
 */
export function coverSection(model: ReportModel): SafeHtml {
  const row = (label: string, value: (d: ReportDocument) => HtmlValue) =>
    html`<tr><th scope="row">${label}</th><td>${value(model.source)}</td><td>${value(model.target)}</td></tr>`;
  const orNone = (s: string | null) => s ?? html`<span class="muted">not given</span>`;
  return html`<section aria-labelledby="cover-h" class="cover">
<h2 id="cover-h">The two documents</h2>
<table>
<caption>Source (earlier) and target (later) document</caption>
<thead><tr><th scope="col">Field</th><th scope="col">Source</th><th scope="col">Target</th></tr></thead>
<tbody>
${row('Title', (d) => d.title)}
${row('Date', (d) => (d.dateText && d.dateReadFrom ? html`${d.dateText} <span class="muted">(${d.dateReadFrom})</span>` : orNone(d.dateText)))}
${row('Publisher', (d) => orNone(d.publisher))}
${row('Language', (d) => d.language)}
${row('Clauses', (d) => String(d.clauseCount))}
</tbody>
</table>
<p>Compared on ${model.createdAtText} (alignment <code>${model.id}</code>).</p>
</section>`;
}

/**
 * Counts as a bar chart with words and numbers beside every bar, the same
 * numbers as a table, and the summary sentences.
 *
 * @example
 * summarySection(model) // '… <span class="bar-label">completed</span> … <span class="bar-value">5</span> …'
 */
export function summarySection(model: ReportModel): SafeHtml {
  const max = Math.max(1, ...VERDICTS.map((v) => model.counts[v]));
  const bars = VERDICTS.map((v) => {
    const n = model.counts[v];
    const width = Math.round((n / max) * 100);
    return html`<li><span class="bar-label">${STATUS_WORDS[v]}</span><span class="bar status-${statusToken(v)}" style="width:${width}%"></span><span class="bar-value">${n}</span></li>`;
  });
  const rows = VERDICTS.map((v) => html`<tr><th scope="row">${STATUS_WORDS[v]}</th><td class="num">${model.counts[v]}</td></tr>`);
  return html`<section aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
${model.sentences.map((s) => html`<p>${s}</p>\n`)}
<figure aria-labelledby="chart-cap">
<figcaption id="chart-cap">Pledges by verdict (chart)</figcaption>
<ul class="bars">${bars}</ul>
</figure>
<table class="counts">
<caption>Pledges by verdict</caption>
<thead><tr><th scope="col">Verdict</th><th scope="col" class="num">Pledges</th></tr></thead>
<tbody>${rows}</tbody>
</table>
</section>`;
}

/**
 * The pledge table, with filters by verdict and topic that the script
 * reveals (without a script every row simply shows).
 *
 * @example
 * pledgeSection(model) // '… <tr data-status="completed" data-topic="liaison magistrate"> …'
 */
export function pledgeSection(model: ReportModel): SafeHtml {
  const topics = [...new Set(model.pledges.map((p) => p.topicLabel))].sort((a, b) => a.localeCompare(b));
  const present = PLEDGE_STATUSES.filter((s) => model.pledges.some((p) => p.status === s));
  const checkboxes = present.map((s) => html`<label><input type="checkbox" name="verdict" value="${s}" checked> ${STATUS_WORDS[s]}</label>`);
  const options = topics.map((t) => html`<option value="${t}">${t}</option>`);
  const filters = html`<form id="pledge-filters" class="filters" hidden aria-label="Filter the pledge table">
<fieldset><legend>Verdict</legend>${checkboxes}</fieldset>
<div><label for="topic-filter">Topic</label> <select id="topic-filter" name="topic"><option value="">All topics</option>${options}</select></div>
<p id="filter-count" role="status">Showing ${model.pledges.length} of ${model.pledges.length} pledges.</p>
</form>`;
  const body = model.pledges.length === 0 ? html`<tr><td colspan="6">No pledges were found in the source document.</td></tr>` : model.pledges.map(pledgeRow);
  return html`<section aria-labelledby="pledges-h">
<h2 id="pledges-h">Pledges and their verdicts</h2>
<p>Each pledge of the source document, the target clauses that report on it (the cue word underlined), and the verdict. Clause numbers (S3, T31) are the units’ indexes, as in the JSON and CSV.</p>
${filters}
<table id="pledge-table" class="stack">
<caption>${model.captions.pledges}</caption>
<thead><tr><th scope="col">Topic</th><th scope="col">Source wording</th><th scope="col">Target wording</th><th scope="col">Verdict</th><th scope="col" class="num">Confidence</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</section>`;
}

function pledgeRow(p: PledgeRow): SafeHtml {
  const evidence = p.targets.map((t) => html`<p><a href="#${clauseId('target', t.index)}">${clauseRef('target', t.index)}</a> ${withCue(t.text, t.cue)}</p>`);
  const possible = p.possible.map(
    (t) =>
      html`<p class="possible"><span class="muted">possible, too weak to count:</span> <a href="#${clauseId('target', t.index)}">${clauseRef('target', t.index)}</a> ${t.text}</p>`,
  );
  const targets = evidence.length + possible.length > 0 ? [evidence, possible] : html`<span class="muted">no counterpart in the target</span>`;
  return html`<tr data-status="${p.status}" data-topic="${p.topicLabel}">
<td data-label="Topic">${p.topicLabel}</td>
<td data-label="Source"><a href="#${clauseId('source', p.source)}">${clauseRef('source', p.source)}</a> ${p.sourceText}</td>
<td data-label="Target">${targets}</td>
<td data-label="Verdict"><span class="verdict status-${statusToken(p.status)}">${p.verdict}</span><p class="reason">${p.reason}</p></td>
<td data-label="Confidence" class="num">${confidence(p.confidence)}</td>
</tr>
`;
}

/**
 * The number, and the word "check" (not only bold) when it is low.
 *
 * @example
 * confidence(0.5) // '<span class="low">0.50 (check)</span>'
 */
export function confidence(n: number): SafeHtml {
  return needsCheck(n) ? html`<span class="low">${fixed2(n)} (check)</span>` : html`${fixed2(n)}`;
}
