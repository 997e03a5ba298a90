import { ROLE_WORDS, type PairRow, type ReportModel } from '../model';
import type { Flow } from './flow';
import { cap, labels } from './labels';
import type { Run } from './richtext';
import { table, type Cell } from './table';
import { COLOR, SIZE } from './theme';

// Colour and line style together: strike-through and underline still tell
// deleted from inserted when the page is printed in grey.
const DELETED: Omit<Run, 'text'> = { color: COLOR.deleted, mark: 'strike' };
const INSERTED: Omit<Run, 'text'> = { color: COLOR.inserted, mark: 'underline' };
/** The words two differently worded clauses share: bold, so it reads without colour too. */
const SHARED: Omit<Run, 'text'> = { face: 'bold' };

/**
 * The two sides of a pair with its word diff inline: the source keeps what
 * was deleted (struck through), the target what was inserted (underlined).
 *
 * @example
 * const [left, right] = diffCells(model.pairs[0]);
 */
export function diffCells(pair: PairRow): [Cell, Cell] {
  if (pair.display === 'shared' || pair.diff === null) return [markedCell(pair.sourceText, pair.marks.source), markedCell(pair.targetText, pair.marks.target)];
  const left = pair.diff.filter((p) => !p.added).map((p) => ({ text: p.value, marked: p.removed === true }));
  const right = pair.diff.filter((p) => !p.removed).map((p) => ({ text: p.value, marked: p.added === true }));
  return [styled(left, DELETED), styled(right, INSERTED)];
}

/** A text with the words that made the link in bold: shown instead of a diff that would be all insertions and deletions. */
function markedCell(text: string, marks: ReadonlyArray<readonly [number, number]>): Cell {
  const runs: Run[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) runs.push({ text: text.slice(at, start) });
    runs.push({ text: text.slice(start, end), ...SHARED });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs.length > 0 ? runs : [{ text }];
}

/**
 * White space takes the mark only between two marked words, so a deleted
 * phrase is struck through in one line while no stray stroke hangs beside
 * a kept word.
 */
function styled(parts: ReadonlyArray<{ text: string; marked: boolean }>, mark: Omit<Run, 'text'>): Run[] {
  return parts.map((part, i) => {
    const blank = part.text.trim() === '';
    const marked = part.marked && (!blank || (parts[i - 1]?.marked === true && parts[i + 1]?.marked === true));
    return marked ? { text: part.text, ...mark } : { text: part.text };
  });
}

function pairCell(pair: PairRow, n: number, names: { source: string; target: string }): Cell {
  const runs: Run[] = [
    { text: `${n}\n`, face: 'bold' },
    {
      text: `score ${pair.score.toFixed(2)}, ${pair.relation}\n${ROLE_WORDS[pair.role] ? `${ROLE_WORDS[pair.role]}\n` : ''}${pair.cites.map((d) => `cites ${d}\n`).join('')}`,
    },
    { text: `clauses ${names.source}: ${pair.source.join('+')}, ${names.target}: ${pair.target.join('+')}`, color: COLOR.muted },
  ];
  if (pair.display === 'shared')
    runs.push({ text: `\nshared words in bold${pair.concepts.length ? `; concepts: ${pair.concepts.join(', ')}` : ''}`, face: 'italic', color: COLOR.muted });
  return runs;
}

/**
 * Every aligned pair side by side, with a legend for the diff marks.
 *
 * @example
 * sideBySide(flow, model);
 */
export function sideBySide(flow: Flow, model: ReportModel): void {
  const { source, target } = labels(model);
  flow.startSection('Side by side');
  const shared = model.pairs.filter((p) => p.display === 'shared').length;
  flow.paragraph([
    {
      text: `Each aligned pair, the ${source} text on the left and the ${target} text on the right, the pairs a verdict rests on first, each group strongest first. `,
    },
    { text: `Words only in the ${source} text are ` },
    { text: 'struck through in red', ...DELETED },
    { text: `; words only in the ${target} text are ` },
    { text: 'underlined in green', ...INSERTED },
    { text: '. ' },
    ...(shared > 0
      ? [
          {
            text: `Where two texts are worded too differently for that to help (${shared} of ${model.pairs.length} pairs here), the words they share are set in `,
          },
          { text: 'bold', ...SHARED },
          { text: ' instead. ' },
        ]
      : []),
    { text: 'The score is the clause similarity (0 to 1); “equivalent” pairs say the same thing, “partial” ones part of it.' },
  ]);
  if (model.pairs.length === 0) {
    flow.paragraph([{ text: 'No clauses were aligned.', face: 'italic', color: COLOR.muted }]);
    return;
  }
  table(
    flow,
    [
      { header: 'Pair', share: 0.16 },
      { header: `${cap(source)} text`, share: 0.42 },
      { header: `${cap(target)} text`, share: 0.42 },
    ],
    model.pairs.map((pair, i) => [pairCell(pair, i + 1, { source, target }), ...diffCells(pair)]),
    SIZE.table,
  );
}
