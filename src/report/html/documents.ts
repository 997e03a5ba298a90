import type { ResourceDiffPart as DiffPart } from '../../resource';
import type { ReportModel, UnmatchedRow } from '../model';
import { clauseId, clauseRange, clauseRef, esc, fixed2, withCue } from './markup';
import { confidence } from './sections';

type Side = 'source' | 'target';

const ROLE_WORDS = { evidence: 'evidence', weak: 'weak link, decided nothing', link: 'aligned' } as const;

/**
 * Both documents in two columns, every unit in order. A unit with links is a
 * button (Enter and Space for free) that names its counterparts in text, and
 * what each link is to the verdicts (evidence, or a weak link that decided
 * nothing), so the links read without the script and without colour.
 *
 * @example
 * sideBySideSection(model) // '… <li id="s-10" data-label="source clause 10"><button … data-links="t-13"> …'
 */
export function sideBySideSection(model: ReportModel): string {
  const column = (side: Side, units: ReportModel['columns']['source'], title: string, language: string) => {
    const other: Side = side === 'source' ? 'target' : 'source';
    const items = units.map((u) => {
      const label = `${side} clause ${u.index}`;
      const kind = u.kind === 'clause' ? '' : ` <span class="kind">(${u.kind})</span>`;
      const head = `<span class="num-ref">${clauseRef(side, u.index)}</span>`;
      if (u.links.length === 0) return `<li id="${clauseId(side, u.index)}" data-label="${label}" class="unlinked">${head}${esc(u.text)}${kind}</li>`;
      const refs = u.links.map((l) => `${clauseRef(other, l.index)}${l.role === 'link' ? '' : ` (${ROLE_WORDS[l.role]})`}`).join(', ');
      const ids = u.links.map((l) => clauseId(other, l.index)).join(' ');
      const weakOnly = u.links.every((l) => l.role === 'weak') ? ' class="weak-only"' : '';
      return `<li id="${clauseId(side, u.index)}" data-label="${label}"${weakOnly}><button type="button" class="clause" aria-pressed="false" data-links="${ids}">${head}${esc(u.text)}${kind} <span class="refs">↔ ${refs}</span></button></li>`;
    });
    return `<section class="column" lang="${esc(language)}" aria-labelledby="${side}-col-h">
<h3 id="${side}-col-h" lang="en">${side === 'source' ? 'Source' : 'Target'}: ${esc(title)}</h3>
<ol aria-label="Clauses of the ${side} document">${items.join('\n')}</ol>
</section>`;
  };
  return `<section aria-labelledby="docs-h">
<h2 id="docs-h">The two documents side by side</h2>
<p class="no-print">Clauses with links end in ↔ and the numbers of their counterparts; “evidence” marks a link a verdict rests on, “weak link” one too weak to decide anything. Select a clause (click, or Tab to it and press Enter or Space) to highlight its counterparts in the other column; select it again to clear.</p>
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
export function diffSection(model: ReportModel): string {
  const rows = model.pairs.map((p) => {
    const meta = `${clauseRange('source', p.source)} ↔ ${clauseRange('target', p.target)}<br><span class="muted">${p.relation} · score ${fixed2(p.score)}${p.role === 'link' ? '' : ` · ${ROLE_WORDS[p.role]}`}${p.cites.map((d) => ` · cites ${esc(d)}`).join('')}</span>`;
    const [left, right] = p.display === 'diff' && p.diff ? diffSides(p.diff) : [marked(p.sourceText, p.marks.source), marked(p.targetText, p.marks.target)];
    const note = p.display === 'shared' ? `<p class="muted">Too different for a word diff; the words that made the link are marked${p.concepts.length ? ` (shared concepts: ${esc(p.concepts.join(', '))})` : ''}.</p>` : '';
    return `<tr><th scope="row">${meta}</th><td>${left}</td><td>${right}${note}</td></tr>`;
  });
  return `<section aria-labelledby="diffs-h">
<h2 id="diffs-h">Word differences of aligned clauses</h2>
<p>Words only in the source are <del>struck through</del>; words only in the target are <ins>underlined</ins>; where a pair is too different for a word diff, the words they share are <mark>marked</mark>.</p>
${
  rows.length === 0
    ? '<p>No clauses were aligned.</p>'
    : `<table class="pairs stack"><caption>Aligned clauses, ${esc(model.source.title)} on the left, ${esc(model.target.title)} on the right</caption>
<thead><tr><th scope="col">Pair</th><th scope="col">Source</th><th scope="col">Target</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`
}
</section>`;
}

/** The two sides of a word diff: the source keeps what was deleted, the target what was inserted. */
function diffSides(parts: readonly DiffPart[]): [string, string] {
  const left = parts.filter((p) => !p.added).map((p) => (p.removed ? `<del>${esc(p.value)}</del>` : esc(p.value))).join('');
  const right = parts.filter((p) => !p.removed).map((p) => (p.added ? `<ins>${esc(p.value)}</ins>` : esc(p.value))).join('');
  return [left, right];
}

/** A text with the given character ranges marked. */
function marked(text: string, marks: ReadonlyArray<readonly [number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of marks) {
    out += `${esc(text.slice(at, start))}<mark>${esc(text.slice(start, end))}</mark>`;
    at = end;
  }
  return out + esc(text.slice(at));
}

/** @example renderDiff([{ value: 'a', removed: true }, { value: 'b', added: true }]) // '<del>a</del><ins>b</ins>' */
export function renderDiff(parts: readonly DiffPart[]): string {
  return parts.map((part) => (part.removed ? `<del>${esc(part.value)}</del>` : part.added ? `<ins>${esc(part.value)}</ins>` : esc(part.value))).join('');
}

/** @example newPledgeSection(model) // '<section aria-labelledby="new-h">…<table><caption>Commitments in …' */
export function newPledgeSection(model: ReportModel): string {
  const rows = model.newPledges
    .map((n) => `<tr><td><a href="#${clauseId('target', n.target)}">${clauseRef('target', n.target)}</a></td><td>${esc(n.topicLabel)}</td><td>${withCue(n.text, n.cue)}</td><td class="num">${confidence(n.confidence)}</td></tr>`)
    .join('\n');
  return `<section aria-labelledby="new-h">
<h2 id="new-h">New pledges</h2>
${
  rows
    ? `<table class="stack"><caption>${esc(model.captions.newPledges)}</caption>
<thead><tr><th scope="col">Clause</th><th scope="col">Topic</th><th scope="col">Wording</th><th scope="col" class="num">Confidence</th></tr></thead>
<tbody>${rows}</tbody></table>`
    : '<p>The target document makes no new commitments.</p>'
}
</section>`;
}

/** @example droppedSection(model) // '<section aria-labelledby="dropped-h">…' (or "No pledge was dropped.") */
export function droppedSection(model: ReportModel): string {
  const rows = model.dropped
    .map((p) => `<tr><td><a href="#${clauseId('source', p.source)}">${clauseRef('source', p.source)}</a></td><td>${esc(p.topicLabel)}</td><td>${esc(p.sourceText)}</td><td>${esc(p.verdict)}<br><span class="muted">${esc(p.reason)}</span></td><td class="num">${confidence(p.confidence)}</td></tr>`)
    .join('\n');
  return `<section aria-labelledby="dropped-h">
<h2 id="dropped-h">Dropped pledges</h2>
${
  rows
    ? `<table class="stack"><caption>${esc(model.captions.dropped)}</caption>
<thead><tr><th scope="col">Clause</th><th scope="col">Topic</th><th scope="col">Wording</th><th scope="col">Verdict and why</th><th scope="col" class="num">Confidence</th></tr></thead>
<tbody>${rows}</tbody></table>`
    : '<p>No pledge was dropped.</p>'
}
</section>`;
}

/** @example unmatchedSection(model) // '… <h3>Only in the source: …</h3><ul><li><a href="#s-6">S6</a> …' */
export function unmatchedSection(model: ReportModel): string {
  const list = (side: Side, rows: readonly UnmatchedRow[], title: string) => `<h3>Only in the ${side}: ${esc(title)}</h3>
${rows.length === 0 ? '<p>Every clause has a counterpart.</p>' : `<ul>${rows.map((r) => `<li><a href="#${clauseId(side, r.index)}">${clauseRef(side, r.index)}</a> ${esc(r.text)}</li>`).join('\n')}</ul>`}`;
  return `<section aria-labelledby="unmatched-h">
<h2 id="unmatched-h">Unmatched clauses</h2>
<p>${esc(model.captions.unmatched)}.</p>
${list('source', model.unmatchedSource, model.source.title)}
${list('target', model.unmatchedTarget, model.target.title)}
</section>`;
}

/** @example methodologySection(model) // '<section aria-labelledby="method-h"><h2 …>Methodology</h2><p>Clauses: …' */
export function methodologySection(model: ReportModel): string {
  return `<section aria-labelledby="method-h">
<h2 id="method-h">Methodology</h2>
${model.methodology.map((m) => `<p>${esc(m)}</p>`).join('\n')}
</section>`;
}
