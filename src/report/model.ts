import { DEFAULT_TOPICS } from '../pledges';
import type { PledgeStatus } from '../pledges';
import type { AlignmentResource, ResourceDocument } from '../resource';
import { methodology, type MethodNote } from './model/method';
import { columns, pairRows, type ColumnUnit, type PairRow } from './model/pairs';
import {
  captionsOf,
  LOW_CONFIDENCE,
  needsCheck,
  newPledgeRows,
  pledgeRows,
  topicLabels,
  type Captions,
  type NewPledgeRow,
  type PledgeRow,
} from './model/verdicts';

export {
  LOW_CONFIDENCE,
  needsCheck,
  STATUS_WORDS,
  QUALIFIER_WORDS,
  verdictWords,
  reasonOf,
  type PledgeRow,
  type NewPledgeRow,
  type CounterpartRow,
  type Captions,
} from './model/verdicts';
export { ROLE_WORDS, type PairRow, type ColumnUnit, type LinkRole } from './model/pairs';
export type { MethodNote } from './model/method';

export interface ReportDocument {
  readonly title: string;
  readonly date: string | null;
  /** The date as people write it ("2 February 2016"), or the raw text when it is not an ISO date. */
  readonly dateText: string | null;
  /**
   * When the caller gave no date and the comparison read one off the document: where from, in words a reader can check
   * ("read from its text: “In September 2021, …”"). The verdicts were read against that date, so the report shows it.
   */
  readonly dateReadFrom: string | null;
  readonly publisher: string | null;
  readonly language: string;
  readonly clauseCount: number;
}

export interface UnmatchedRow {
  readonly index: number;
  readonly text: string;
}

/**
 * Everything a report shows, computed once from the resource; the PDF, HTML
 * and CSV renderers only lay it out and never read the resource, so they
 * cannot disagree about a verdict, its evidence or what is unmatched.
 */
export interface ReportModel {
  readonly id: string;
  /** When the comparison was made: from the resource, never the clock, so one alignment gives one report. */
  readonly createdAt: string;
  readonly createdAtText: string;
  readonly source: ReportDocument;
  readonly target: ReportDocument;
  readonly counts: Readonly<Record<PledgeStatus | 'new', number>>;
  readonly sentences: readonly string[];
  readonly captions: Captions;
  readonly pledges: readonly PledgeRow[];
  readonly newPledges: readonly NewPledgeRow[];
  readonly dropped: readonly PledgeRow[];
  readonly pairs: readonly PairRow[];
  /** Both documents unit by unit, with their counterparts: the side-by-side view. */
  readonly columns: { readonly source: readonly ColumnUnit[]; readonly target: readonly ColumnUnit[] };
  readonly unmatchedSource: readonly UnmatchedRow[];
  readonly unmatchedTarget: readonly UnmatchedRow[];
  /** How the comparison was made, for a reader who is not an engineer: headed paragraphs. */
  readonly methodology: readonly MethodNote[];
  /** The technical details behind it (similarity signals, thresholds), for whoever checks the method. */
  readonly appendix: readonly MethodNote[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2016-02-02" → "2 February 2016"; anything else is kept as written. */
export function dateText(date: string | null): string | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date) ?? /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  // A month alone ("2021-09", as a date read off a text may be) is written as one: "September 2021".
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

function clipWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return `${text.slice(0, space > max / 2 ? space : max)} …`;
}

const WATCHLIST = new Map(DEFAULT_TOPICS.map((t) => [t.id, t.label]));

/**
 * Builds the report model of one alignment: the numbers, the generated
 * summary sentences, the captions, and every table the PDF, HTML and CSV
 * reports show.
 *
 * @example
 * const model = reportModel(resource);
 * model.sentences[0] // "Of 13 pledges made on 2 February 2016, 5 were reported completed by 11 June 2018, …"
 */
export function reportModel(resource: AlignmentResource): ReportModel {
  const labels = topicLabels(resource, WATCHLIST);
  const pledges = pledgeRows(resource, labels);
  const sides = columns(resource, pledges);
  // Unmatched means no counterpart in the side by side, so it never lists evidence or a weak candidate.
  const unmatched = (units: readonly ColumnUnit[]) =>
    units.filter((u) => u.kind === 'clause' && u.links.length === 0).map((u) => ({ index: u.index, text: u.text }));
  const source = reportDocument(resource.source, 'Source document');
  const target = reportDocument(resource.target, 'Target document');
  const newPledges = newPledgeRows(resource, labels, pledges);
  const counts = countsOf(pledges, newPledges);
  return {
    id: resource.id,
    createdAt: resource.createdAt,
    createdAtText: `${dateText(resource.createdAt.slice(0, 10))} ${resource.createdAt.slice(11, 16)} UTC`,
    source,
    target,
    counts,
    sentences: summarySentences(counts, source, target, pledges, newPledges),
    captions: captionsOf(pledges, newPledges, source.title, target.title),
    pledges,
    newPledges,
    dropped: pledges.filter((p) => p.status === 'dropped'),
    pairs: pairRows(resource, (d) => dateText(d) ?? d),
    columns: sides,
    unmatchedSource: unmatched(sides.source),
    unmatchedTarget: unmatched(sides.target),
    ...methodology(resource, source, target),
  };
}

/** Counted from the rows themselves, not copied from the stored summary: the numbers printed are those of the tables printed. */
function countsOf(pledges: readonly PledgeRow[], newPledges: readonly NewPledgeRow[]): Record<PledgeStatus | 'new', number> {
  const counts = { completed: 0, carried_forward: 0, dropped: 0, new: newPledges.length };
  for (const p of pledges) counts[p.status] += 1;
  return counts;
}

/** The words a date was read from, cut at a word boundary: enough to find them in the document. */
const READ_FROM_CHARS = 80;

function reportDocument(doc: ResourceDocument, fallback: string): ReportDocument {
  const inferred = doc.date ? null : doc.inferredDate;
  const date = doc.date ?? inferred?.date ?? null;
  return {
    title: doc.title ?? fallback,
    date,
    dateText: dateText(date),
    dateReadFrom: inferred ? `not given; read from its ${inferred.from.field}: “${clipWords(inferred.from.text, READ_FROM_CHARS)}”` : null,
    publisher: doc.publisher ?? null,
    language: doc.language,
    clauseCount: doc.clauses.filter((u) => u.kind === 'clause').length,
  };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function summarySentences(
  counts: Readonly<Record<PledgeStatus | 'new', number>>,
  source: ReportDocument,
  target: ReportDocument,
  pledges: readonly PledgeRow[],
  newPledges: readonly NewPledgeRow[],
): string[] {
  const made = counts.completed + counts.carried_forward + counts.dropped;
  // "on 2 February 2016", but "in September 2021" and "in 2021": only a day takes "on".
  const when = (d: ReportDocument) => (d.dateText ? ` ${/^\d{1,2} /.test(d.dateText) ? 'on' : 'in'} ${d.dateText}` : '');
  const by = target.dateText ? ` by ${target.dateText}` : ` in “${target.title}”`;
  const abandoned = pledges.filter((p) => p.qualifiers.includes('negated')).length;
  const droppedWords = abandoned > 0 ? `${counts.dropped} dropped (${abandoned} of them abandoned)` : `${counts.dropped} dropped`;
  const sentences = [
    made === 0
      ? `No pledges were found in “${source.title}”.`
      : `Of ${plural(made, 'pledge', 'pledges')} made${when(source)}, ${counts.completed} ${counts.completed === 1 ? 'was' : 'were'} reported completed${by}, ${counts.carried_forward} carried forward and ${droppedWords}.`,
    `“${target.title}” makes ${plural(counts.new, 'new commitment', 'new commitments')} that continue${counts.new === 1 ? 's' : ''} none of the pledges of “${source.title}”.`,
  ];
  const flagged = [
    [pledges.filter((p) => needsCheck(p.confidence)).length, 'verdict', 'verdicts'],
    [newPledges.filter((n) => needsCheck(n.confidence)).length, 'new pledge', 'new pledges'],
  ] as const;
  const total = flagged.reduce((sum, [n]) => sum + n, 0);
  const said = flagged.filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many));
  if (total > 0)
    sentences.push(
      `${said.join(' and ')} ${total === 1 ? 'has' : 'have'} a confidence below ${LOW_CONFIDENCE} and should be checked against the evidence (marked “check”).`,
    );
  return sentences;
}
