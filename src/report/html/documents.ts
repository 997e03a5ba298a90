import type { DiffPart } from '../../align';
import type { AlignmentResource, ResourceDocument } from '../../service';
import type { ReportModel, UnmatchedRow } from '../model';
import { clauseId, clauseRange, clauseRef, esc, fixed2, withCue } from './markup';
import { confidence } from './sections';

type Side = 'source' | 'target';

/**
 * Both documents in two columns, every unit in order. A unit with links is a
 * button (Enter and Space for free) that names its counterparts in text, so
 * the links read without the script and without colour.
 *
 * @example
 * sideBySideSection(resource, model) // '… <li id="s-10" data-label="source clause 10"><button … data-links="t-13"> …'
 */
export function sideBySideSection(resource: AlignmentResource, model: ReportModel): string {
  const counterparts = { source: new Map<number, Set<number>>(), target: new Map<number, Set<number>>() };
  for (const link of resource.links) {
    for (const s of link.source) for (const t of link.target) {
      add(counterparts.source, s, t);
      add(counterparts.target, t, s);
    }
  }
  const column = (side: Side, doc: ResourceDocument, title: string) => {
    const other: Side = side === 'source' ? 'target' : 'source';
    const items = doc.clauses.map((u) => {
      const linked = [...(counterparts[side].get(u.index) ?? [])].sort((a, b) => a - b);
      const label = `${side} clause ${u.index}`;
      const kind = u.kind === 'clause' ? '' : ` <span class="kind">(${u.kind})</span>`;
      const head = `<span class="num-ref">${clauseRef(side, u.index)}</span>`;
      if (linked.length === 0) return `<li id="${clauseId(side, u.index)}" data-label="${label}" class="unlinked">${head}${esc(u.text)}${kind}</li>`;
      const refs = linked.map((i) => clauseRef(other, i)).join(', ');
      const ids = linked.map((i) => clauseId(other, i)).join(' ');
      return `<li id="${clauseId(side, u.index)}" data-label="${label}"><button type="button" class="clause" aria-pressed="false" data-links="${ids}">${head}${esc(u.text)}${kind} <span class="refs">↔ ${refs}</span></button></li>`;
    });
    return `<section class="column" lang="${esc(doc.language)}" aria-labelledby="${side}-col-h">
<h3 id="${side}-col-h" lang="en">${side === 'source' ? 'Source' : 'Target'}: ${esc(title)}</h3>
<ol aria-label="Clauses of the ${side} document">${items.join('\n')}</ol>
</section>`;
  };
  return `<section aria-labelledby="docs-h">
<h2 id="docs-h">The two documents side by side</h2>
<p class="no-print">Clauses with links end in ↔ and the numbers of their counterparts. Select one (click, or Tab to it and press Enter or Space) to highlight its counterparts in the other column; select it again to clear.</p>
<p id="link-status" class="visually-hidden" role="status" aria-live="polite"></p>
<div class="columns">
${column('source', resource.source, model.source.title)}
${column('target', resource.target, model.target.title)}
</div>
</section>`;
}

function add(map: Map<number, Set<number>>, key: number, value: number): void {
  const set = map.get(key) ?? new Set<number>();
  set.add(value);
  map.set(key, set);
}

/**
 * Word diffs of every aligned pair: deletions struck through, insertions
 * underlined, not colour alone.
 *
 * @example
 * diffSection(model) // '… <p class="meta">S10 ↔ T13 · partial · score 0.52</p><p><del>A</del> …'
 */
export function diffSection(model: ReportModel): string {
  const items = model.pairs.map((p) => {
    const meta = `<p class="meta">${clauseRange('source', p.source)} ↔ ${clauseRange('target', p.target)} · ${p.relation} · score ${fixed2(p.score)}${p.cites.map((d) => ` · cites ${esc(d)}`).join('')}</p>`;
    const body = p.diff
      ? `<p>${renderDiff(p.diff)}</p>`
      : `<p><span class="muted">Too different to diff word by word.</span></p><p><del>${esc(p.sourceText)}</del></p><p><ins>${esc(p.targetText)}</ins></p>`;
    return `<li>${meta}${body}</li>`;
  });
  return `<section aria-labelledby="diffs-h">
<h2 id="diffs-h">Word differences of aligned clauses</h2>
<p>Words only in the source are <del>struck through</del>; words only in the target are <ins>underlined</ins>.</p>
${items.length === 0 ? '<p>No clauses were aligned.</p>' : `<ol class="pairs">${items.join('\n')}</ol>`}
</section>`;
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
    ? `<table><caption>Commitments in “${esc(model.target.title)}” with no antecedent in the source</caption>
<thead><tr><th scope="col">Clause</th><th scope="col">Topic</th><th scope="col">Wording</th><th scope="col" class="num">Confidence</th></tr></thead>
<tbody>${rows}</tbody></table>`
    : '<p>The target document makes no new commitments.</p>'
}
</section>`;
}

/** @example droppedSection(model) // '<section aria-labelledby="dropped-h">…' (or "No pledge was dropped.") */
export function droppedSection(model: ReportModel): string {
  const rows = model.dropped
    .map((p) => `<tr><td><a href="#${clauseId('source', p.source)}">${clauseRef('source', p.source)}</a></td><td>${esc(p.topicLabel)}</td><td>${esc(p.sourceText)}</td><td class="num">${confidence(p.confidence)}</td></tr>`)
    .join('\n');
  return `<section aria-labelledby="dropped-h">
<h2 id="dropped-h">Dropped pledges</h2>
${
  rows
    ? `<table><caption>Pledges of “${esc(model.source.title)}” the target does not mention</caption>
<thead><tr><th scope="col">Clause</th><th scope="col">Topic</th><th scope="col">Wording</th><th scope="col" class="num">Confidence</th></tr></thead>
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
