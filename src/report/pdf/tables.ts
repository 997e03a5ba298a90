import type { PledgeRow, ReportModel, UnmatchedRow } from '../model';
import type { Flow } from './flow';
import { needsCheck } from '../model';
import { cap, confidenceText, labels } from './labels';
import type { Run } from './richtext';
import { table, type Cell, type Column } from './table';
import { COLOR, SIZE } from './theme';

const muted = (text: string): Run => ({ text, face: 'italic', color: COLOR.muted });

/** The table, or in its place a muted note saying why there is none. */
function tableOr(flow: Flow, note: string, columns: readonly Column[], rows: readonly (readonly Cell[])[]): void {
  if (rows.length === 0) flow.paragraph([muted(note)]);
  else table(flow, columns, rows);
}

const confidenceCell = (c: number): Cell => (needsCheck(c) ? [{ text: confidenceText(c) }, muted('\ncheck the evidence')] : [{ text: confidenceText(c) }]);

/** Each piece of evidence with the words that decided it, one paragraph apart; then the weak candidates, marked as such. */
function evidenceCell(row: PledgeRow): Cell {
  const evidence = row.targets.flatMap((t, i): Run[] => [{ text: `${i > 0 ? '\n\n' : ''}${t.text}` }, muted(`\ncue: “${t.cue}”`)]);
  const possible = row.possible.flatMap((t, i): Run[] => [
    muted(`${evidence.length > 0 || i > 0 ? '\n\n' : ''}possible, too weak to count: `),
    { text: t.text, color: COLOR.muted },
  ]);
  return evidence.length + possible.length > 0 ? [...evidence, ...possible] : [muted('no counterpart in the target')];
}

/** The verdict in words, and the sentence that says why. */
const verdictCell = (row: PledgeRow): Cell => [{ text: row.verdict, face: 'bold' }, muted(`\n${row.reason}`)];

/**
 * The pledge table: every source pledge, its evidence in the target with
 * the cue, and the verdict in words.
 *
 * @example
 * pledgeTable(flow, model);
 */
export function pledgeTable(flow: Flow, model: ReportModel): void {
  const { source, target } = labels(model);
  flow.startSection('Pledges');
  flow.paragraph([
    { text: `Each pledge made in the ${source} document and what the ${target} document says of it. ` },
    { text: 'Evidence is quoted with its cue, the words that decided the verdict.' },
  ]);
  tableOr(
    flow,
    'No pledges were found in the source document.',
    [
      { header: 'Topic', share: 0.11 },
      { header: `${cap(source)} wording`, share: 0.26 },
      { header: `${cap(target)} wording (evidence, cue)`, share: 0.32 },
      { header: 'Verdict and why', share: 0.195 },
      { header: 'Confidence', share: 0.115 },
    ],
    model.pledges.map((p) => [[{ text: p.topicLabel }], [{ text: p.sourceText }], evidenceCell(p), verdictCell(p), confidenceCell(p.confidence)]),
  );
}

/**
 * New pledges (target commitments continuing no source pledge), then the
 * dropped ones, which follow on the same page when there is room.
 *
 * @example
 * newAndDropped(flow, model);
 */
export function newAndDropped(flow: Flow, model: ReportModel): void {
  const { source, target } = labels(model);
  flow.startSection('New pledges');
  flow.paragraph([{ text: `${model.captions.newPledges}.` }]);
  tableOr(
    flow,
    'None.',
    [
      { header: 'Topic', share: 0.16 },
      { header: `${cap(target)} wording`, share: 0.56 },
      { header: 'Cue', share: 0.16 },
      { header: 'Confidence', share: 0.12 },
    ],
    model.newPledges.map((n) => [
      [{ text: n.topicLabel }],
      [
        { text: n.text },
        ...(n.resembles.length > 0
          ? [muted(`\nresembles ${n.resembles.map((s) => `clause ${s}`).join(', ')} of the ${source} text, too weakly to continue it`)]
          : []),
      ],
      [{ text: `“${n.cue}”` }],
      confidenceCell(n.confidence),
    ]),
  );

  flow.startSection('Dropped pledges');
  flow.paragraph([{ text: `${model.captions.dropped}.` }]);
  tableOr(
    flow,
    'No pledge was dropped.',
    [
      { header: 'Topic', share: 0.14 },
      { header: `${cap(source)} wording`, share: 0.44 },
      { header: 'Verdict and why', share: 0.3 },
      { header: 'Confidence', share: 0.12 },
    ],
    model.dropped.map((p) => [[{ text: p.topicLabel }], [{ text: p.sourceText }], verdictCell(p), confidenceCell(p.confidence)]),
  );
}

/**
 * Clauses of either document that no link reaches: what one side says and
 * the other does not.
 *
 * @example
 * unmatched(flow, model);
 */
export function unmatched(flow: Flow, model: ReportModel): void {
  const { source, target } = labels(model);
  flow.startSection('Unmatched clauses');
  flow.paragraph([{ text: `${model.captions.unmatched} (headings, bylines and boilerplate are left out).` }]);
  unmatchedList(flow, `In the ${source} document`, model.source.title, model.unmatchedSource);
  unmatchedList(flow, `In the ${target} document`, model.target.title, model.unmatchedTarget);
}

function unmatchedList(flow: Flow, caption: string, title: string, rows: readonly UnmatchedRow[]): void {
  flow.heading(`${caption} (${rows.length})`);
  flow.paragraph([muted(title)], SIZE.small);
  tableOr(
    flow,
    'Every clause is aligned.',
    [
      { header: 'Clause', share: 0.1 },
      { header: 'Text', share: 0.9 },
    ],
    rows.map((r) => [[{ text: String(r.index) }], [{ text: r.text }]]),
  );
}

/**
 * The methodology for a reader, then its technical appendix, each paragraph
 * with its subject as a run-in heading.
 *
 * @example
 * methodology(flow, model);
 */
export function methodology(flow: Flow, model: ReportModel): void {
  flow.startSection('Methodology');
  for (const m of model.methodology) flow.paragraph([{ text: `${m.heading}. `, face: 'bold' }, { text: m.text }], SIZE.body, 0, 8);
  flow.heading('Appendix: technical details');
  for (const m of model.appendix) flow.paragraph([{ text: `${m.heading}: `, face: 'bold' }, { text: m.text }], SIZE.small + 0.5, 0, 6);
}
