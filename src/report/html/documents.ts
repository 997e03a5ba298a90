import type { ResourceDiffPart as DiffPart } from '../../resource';
import { ROLE_WORDS, type ReportModel, type UnmatchedRow } from '../model';
import { clauseId, clauseRange, clauseRef, fixed2, withCue } from './markup';
import { confidence } from './sections';
import { html, type SafeHtml } from './tag';

type Side = 'source' | 'target';

/**
 * Both documents in two columns, every unit in order. A unit with links is a
 * button (Enter and Space for free) that names its counterparts in text, and
 * what each link is to the verdicts (evidence, or a weak link that decided
 * nothing), so the links read without the script and without colour.
 *
 * @example
 * sideBySideSection(model) // '… <li id="s-10" data-label="source clause 10"><button … data-links="t-13"> …'
 */
export function sideBySideSection(model: ReportModel): SafeHtml {
  const column = (side: Side, units: ReportModel['columns']['source'], title: string, language: string) => {
    const other: Side = side === 'source' ? 'target' : 'source';
    const items = units.map((u) => {
      const label = `${side} clause ${u.index}`;
      const kind = u.kind === 'clause' ? '' : html` <span class="kind">(${u.kind})</span>`;
      const head = html`<span class="num-ref">${clauseRef(side, u.index)}</span>`;
      if (u.links.length === 0) return html`<li id="${clauseId(side, u.index)}" data-label="${label}" class="unlinked">${head}${u.text}${kind}</li>\n`;
      const refs = u.links.map((l) => `${clauseRef(other, l.index)}${l.role === 'link' ? '' : ` (${ROLE_WORDS[l.role]})`}`).join(', ');
      const ids = u.links.map((l) => clauseId(other, l.index)).join(' ');
      const weakOnly = u.links.every((l) => l.role === 'weak' || l.role === 'loose') ? html` class="weak-only"` : '';
      return html`<li id="${clauseId(side, u.index)}" data-label="${label}"${weakOnly}><button type="button" class="clause" aria-pressed="false" data-links="${ids}">${head}${u.text}${kind} <span class="refs">↔ ${refs}</span></button></li>\n`;
    });
    return html`<section class="column" lang="${language}" aria-labelledby="${side}-col-h">
<h3 id="${side}-col-h" lang="en">${side === 'source' ? 'Source' : 'Target'}: ${title}</h3>
<ol aria-label="Clauses of the ${side} document">${items}</ol>
</section>`;
  };
  return html`<section aria-labelledby="docs-h">
<h2 id="docs-h">The two documents side by side</h2>
<p class="no-print">Clauses with links end in ↔ and the numbers of their counterparts; “evidence” marks a link a verdict rests on, “weak link” one too weak to decide anything, and “a headline, loosely matched” a title linked to a sentence that shares only part of its subject. Select a clause (click, or Tab to it and press Enter or Space) to highlight its counterparts in the other column; select it again to clear.</p>
<p id="link-status" class="visually-hidden" role="status" aria-live="polite"></p>
<div class="columns">
${column('source', model.columns.source, model.source.title, model.source.language)}
${column('target', model.columns.target, model.target.title, model.target.language)}
</div>
</section>`;
}

/**
 * Every aligned pair in two columns, as in the PDF: the source text with its
 * deleted words struck through, the target text with its inserted words
 * underlined — or, when the texts differ too much for a useful diff, both
 * texts with the words that made the link marked.
 *
 * @example
 * diffSection(model) // '… <tr><th scope="row">S10 ↔ T13<br>…</th><td>…<del>…</del>…</td><td>…<ins>…</ins>…</td></tr> …'
 */
export function diffSection(model: ReportModel): SafeHtml {
  const rows = model.pairs.map((p) => {
    const meta = html`${clauseRange('source', p.source)} ↔ ${clauseRange('target', p.target)}<br><span class="muted">${p.relation} · score ${fixed2(p.score)}${p.role === 'link' ? '' : ` · ${ROLE_WORDS[p.role]}`}${p.cites.map((d) => ` · cites ${d}`)}</span>`;
    const [left, right] = p.display === 'diff' && p.diff ? diffSides(p.diff) : [marked(p.sourceText, p.marks.source), marked(p.targetText, p.marks.target)];
    const note =
      p.display === 'shared'
        ? html`<p class="muted">Worded too differently for a word diff: shared words marked${p.concepts.length ? `; concepts: ${p.concepts.join(', ')}` : ''}.</p>`
        : '';
    return html`<tr><th scope="row">${meta}</th><td>${left}</td><td>${right}${note}</td></tr>\n`;
  });
  return html`<section aria-labelledby="diffs-h">
<h2 id="diffs-h">Word differences of aligned clauses</h2>
<p>The pairs a verdict rests on come first, then the others, each group strongest first. Words only in the source are <del>struck through</del>; words only in the target are <ins>underlined</ins>; where a pair is too different for a word diff, the words and concepts they share are <mark>marked</mark>.</p>
${
  rows.length === 0
    ? html`<p>No clauses were aligned.</p>`
    : html`<table class="pairs stack"><caption>Aligned clauses, ${model.source.title} on the left, ${model.target.title} on the right</caption>
<thead><tr><th scope="col">Pair</th><th scope="col">Source</th><th scope="col">Target</th></tr></thead>
<tbody>${rows}</tbody></table>`
}
</section>`;
}

/** The two sides of a word diff: the source keeps what was deleted, the target what was inserted. */
function diffSides(parts: readonly DiffPart[]): [SafeHtml, SafeHtml] {
  const left = parts.filter((p) => !p.added).map((p) => (p.removed ? html`<del>${p.value}</del>` : p.value));
  const right = parts.filter((p) => !p.removed).map((p) => (p.added ? html`<ins>${p.value}</ins>` : p.value));
  return [html`${left}`, html`${right}`];
}

/** A text with the given character ranges marked. */
function marked(text: string, marks: ReadonlyArray<readonly [number, number]>): SafeHtml {
  const out: SafeHtml[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    out.push(html`${text.slice(at, start)}<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  return html`${out}${text.slice(at)}`;
}

/** The source pledges a new pledge resembles too weakly to continue, linked. */
function resembles(sources: readonly number[]): SafeHtml | '' {
  if (sources.length === 0) return '';
  const refs = sources.map((s, i) => html`${i > 0 ? ', ' : ''}<a href="#${clauseId('source', s)}">${clauseRef('source', s)}</a>`);
  return html` <span class="muted">(resembles ${refs}, too weakly to continue ${sources.length === 1 ? 'it' : 'them'})</span>`;
}

/** @example newPledgeSection(model) // '<section aria-labelledby="new-h">…<table><caption>Commitments in …' */
export function newPledgeSection(model: ReportModel): SafeHtml {
  const rows = model.newPledges.map(
    (n) =>
      html`<tr><td><a href="#${clauseId('target', n.target)}">${clauseRef('target', n.target)}</a></td><td>${n.topicLabel}</td><td>${withCue(n.text, n.cue)}${resembles(n.resembles)}</td><td class="num">${confidence(n.confidence)}</td></tr>\n`,
  );
  return html`<section aria-labelledby="new-h">
<h2 id="new-h">New pledges</h2>
${
  rows.length > 0
    ? html`<table class="stack"><caption>${model.captions.newPledges}</caption>
<thead><tr><th scope="col">Clause</th><th scope="col">Topic</th><th scope="col">Wording</th><th scope="col" class="num">Confidence</th></tr></thead>
<tbody>${rows}</tbody></table>`
    : html`<p>The target document makes no new commitments.</p>`
}
</section>`;
}

/** @example droppedSection(model) // '<section aria-labelledby="dropped-h">…' (or "No pledge was dropped.") */
export function droppedSection(model: ReportModel): SafeHtml {
  const rows = model.dropped.map(
    (p) =>
      html`<tr><td><a href="#${clauseId('source', p.source)}">${clauseRef('source', p.source)}</a></td><td>${p.topicLabel}</td><td>${p.sourceText}</td><td>${p.verdict}<br><span class="muted">${p.reason}</span></td><td class="num">${confidence(p.confidence)}</td></tr>\n`,
  );
  return html`<section aria-labelledby="dropped-h">
<h2 id="dropped-h">Dropped pledges</h2>
${
  rows.length > 0
    ? html`<table class="stack"><caption>${model.captions.dropped}</caption>
<thead><tr><th scope="col">Clause</th><th scope="col">Topic</th><th scope="col">Wording</th><th scope="col">Verdict and why</th><th scope="col" class="num">Confidence</th></tr></thead>
<tbody>${rows}</tbody></table>`
    : html`<p>No pledge was dropped.</p>`
}
</section>`;
}

/** @example unmatchedSection(model) // '… <h3>Only in the source: …</h3><ul><li><a href="#s-6">S6</a> …' */
export function unmatchedSection(model: ReportModel): SafeHtml {
  const list = (side: Side, rows: readonly UnmatchedRow[], title: string) => html`<h3>Only in the ${side}: ${title}</h3>
${rows.length === 0 ? html`<p>Every clause has a counterpart.</p>` : html`<ul>${rows.map((r) => html`<li><a href="#${clauseId(side, r.index)}">${clauseRef(side, r.index)}</a> ${r.text}</li>\n`)}</ul>`}`;
  return html`<section aria-labelledby="unmatched-h">
<h2 id="unmatched-h">Unmatched clauses</h2>
<p>${model.captions.unmatched}.</p>
${list('source', model.unmatchedSource, model.source.title)}
${list('target', model.unmatchedTarget, model.target.title)}
</section>`;
}

/** @example methodologySection(model) // '<section aria-labelledby="method-h"><h2 …>Methodology</h2><p>Clauses: …' */
export function methodologySection(model: ReportModel): SafeHtml {
  return html`<section aria-labelledby="method-h">
<h2 id="method-h">Methodology</h2>
${model.methodology.map((m) => html`<p><strong>${m.heading}.</strong> ${m.text}</p>\n`)}
<h3>Appendix: technical details</h3>
${model.appendix.map((m) => html`<p><strong>${m.heading}:</strong> ${m.text}</p>\n`)}
</section>`;
}
