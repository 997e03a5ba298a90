import type { PledgeRow, ReportDocument, ReportModel } from '../model';
import { STATUS_WORDS } from '../model';
import { clauseId, clauseRef, esc, fixed2, statusToken, withCue } from './markup';

/** Below this a verdict is flagged for checking, as the summary sentences say. */
const LOW_CONFIDENCE = 0.55;
const VERDICTS = ['completed', 'carried_forward', 'dropped', 'new'] as const;
const PLEDGE_STATUSES = ['completed', 'carried_forward', 'dropped'] as const;

/**
 * The cover: both documents in one table, and when the comparison was made.
 *
 * @example
 * coverSection(reportModel(resource)) // '<section aria-labelledby="cover-h" class="cover">…'
 */
export function coverSection(model: ReportModel): string {
  const row = (label: string, value: (d: ReportDocument) => string) =>
    `<tr><th scope="row">${label}</th><td>${value(model.source)}</td><td>${value(model.target)}</td></tr>`;
  const orNone = (s: string | null) => (s ? esc(s) : '<span class="muted">not given</span>');
  return `<section aria-labelledby="cover-h" class="cover">
<h2 id="cover-h">The two documents</h2>
<table>
<caption>Source (earlier) and target (later) document</caption>
<thead><tr><th scope="col">Field</th><th scope="col">Source</th><th scope="col">Target</th></tr></thead>
<tbody>
${row('Title', (d) => esc(d.title))}
${row('Date', (d) => orNone(d.dateText))}
${row('Publisher', (d) => orNone(d.publisher))}
${row('Language', (d) => esc(d.language))}
${row('Clauses', (d) => String(d.clauseCount))}
</tbody>
</table>
<p>Compared on ${esc(model.createdAtText)} (alignment <code>${esc(model.id)}</code>).</p>
</section>`;
}

/**
 * Counts as a bar chart with words and numbers beside every bar, the same
 * numbers as a table, and the summary sentences.
 *
 * @example
 * summarySection(model) // '… <span class="bar-label">completed</span> … <span class="bar-value">5</span> …'
 */
export function summarySection(model: ReportModel): string {
  const max = Math.max(1, ...VERDICTS.map((v) => model.counts[v]));
  const bars = VERDICTS.map((v) => {
    const n = model.counts[v];
    const width = Math.round((n / max) * 100);
    return `<li><span class="bar-label">${STATUS_WORDS[v]}</span><span class="bar status-${statusToken(v)}" style="width:${width}%"></span><span class="bar-value">${n}</span></li>`;
  }).join('');
  const rows = VERDICTS.map((v) => `<tr><th scope="row">${STATUS_WORDS[v]}</th><td class="num">${model.counts[v]}</td></tr>`).join('');
  return `<section aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
${model.sentences.map((s) => `<p>${esc(s)}</p>`).join('\n')}
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
export function pledgeSection(model: ReportModel): string {
  const topics = [...new Set(model.pledges.map((p) => p.topicLabel))].sort((a, b) => a.localeCompare(b));
  const present = PLEDGE_STATUSES.filter((s) => model.pledges.some((p) => p.status === s));
  const checkboxes = present
    .map((s) => `<label><input type="checkbox" name="verdict" value="${s}" checked> ${STATUS_WORDS[s]}</label>`)
    .join('');
  const options = topics.map((t) => `<option value="${esc(t)}">${esc(t)}</option>`).join('');
  const filters = `<form id="pledge-filters" class="filters" hidden aria-label="Filter the pledge table">
<fieldset><legend>Verdict</legend>${checkboxes}</fieldset>
<div><label for="topic-filter">Topic</label> <select id="topic-filter" name="topic"><option value="">All topics</option>${options}</select></div>
<p id="filter-count" role="status">Showing ${model.pledges.length} of ${model.pledges.length} pledges.</p>
</form>`;
  const body = model.pledges.length === 0 ? `<tr><td colspan="6">No pledges were found in the source document.</td></tr>` : model.pledges.map(pledgeRow).join('\n');
  return `<section aria-labelledby="pledges-h">
<h2 id="pledges-h">Pledges and their verdicts</h2>
<p>Each pledge of the source document, the target clauses that report on it (the cue word underlined), and the verdict. Clause numbers (S3, T31) are the units’ indexes, as in the JSON and CSV.</p>
${filters}
<table id="pledge-table" class="stack">
<caption>${esc(model.captions.pledges)}</caption>
<thead><tr><th scope="col">Topic</th><th scope="col">Source wording</th><th scope="col">Target wording</th><th scope="col">Verdict</th><th scope="col" class="num">Confidence</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</section>`;
}

function pledgeRow(p: PledgeRow): string {
  const evidence = p.targets.map((t) => `<p><a href="#${clauseId('target', t.index)}">${clauseRef('target', t.index)}</a> ${withCue(t.text, t.cue)}</p>`).join('');
  const possible = p.possible
    .map((t) => `<p class="possible"><span class="muted">possible, too weak to count:</span> <a href="#${clauseId('target', t.index)}">${clauseRef('target', t.index)}</a> ${esc(t.text)}</p>`)
    .join('');
  const targets = evidence || possible ? `${evidence}${possible}` : '<span class="muted">no counterpart in the target</span>';
  return `<tr data-status="${p.status}" data-topic="${esc(p.topicLabel)}">
<td data-label="Topic">${esc(p.topicLabel)}</td>
<td data-label="Source"><a href="#${clauseId('source', p.source)}">${clauseRef('source', p.source)}</a> ${esc(p.sourceText)}</td>
<td data-label="Target">${targets}</td>
<td data-label="Verdict"><span class="verdict status-${statusToken(p.status)}">${esc(p.verdict)}</span><p class="reason">${esc(p.reason)}</p></td>
<td data-label="Confidence" class="num">${confidence(p.confidence)}</td>
</tr>`;
}

/**
 * The number, and the word "check" (not only bold) when it is low.
 *
 * @example
 * confidence(0.5) // '<span class="low">0.50 (check)</span>'
 */
export function confidence(n: number): string {
  return n < LOW_CONFIDENCE ? `<span class="low">${fixed2(n)} (check)</span>` : fixed2(n);
}
