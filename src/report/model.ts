import type { Link } from '../align';
import { EQUIVALENT_AT } from '../align';
import { DEFAULT_TOPICS } from '../pledges';
import type { PledgeStatus, Qualifier } from '../pledges';
import type { AlignmentResource, ResourceDocument } from '../service';

/** Verdicts in words, for people: "carried forward", never `carried_forward`. */
export const STATUS_WORDS: Readonly<Record<PledgeStatus | 'new', string>> = {
  completed: 'completed',
  carried_forward: 'carried forward',
  dropped: 'dropped',
  new: 'new',
};

export interface ReportDocument {
  readonly title: string;
  readonly date: string | null;
  /** The date as people write it ("2 February 2016"), or the raw text when it is not an ISO date. */
  readonly dateText: string | null;
  readonly publisher: string | null;
  readonly language: string;
  readonly clauseCount: number;
}

export interface PledgeRow {
  readonly source: number;
  readonly topic: string | null;
  readonly topicLabel: string;
  readonly sourceText: string;
  readonly targets: ReadonlyArray<{ readonly index: number; readonly text: string; readonly cue: string; readonly strength: number }>;
  /** Weaker candidates a reader may check; they decided nothing. */
  readonly possible: ReadonlyArray<{ readonly index: number; readonly text: string; readonly strength: number }>;
  readonly status: PledgeStatus;
  readonly verdict: string;
  readonly qualifiers: readonly Qualifier[];
  readonly confidence: number;
}

export interface NewPledgeRow {
  readonly target: number;
  readonly topicLabel: string;
  readonly text: string;
  readonly cue: string;
  readonly confidence: number;
}

/** A link as the reports show it: the link's own fields, with the joined texts of both sides. */
export interface PairRow extends Pick<Link, 'source' | 'target' | 'score' | 'relation' | 'diff'> {
  readonly sourceText: string;
  readonly targetText: string;
  /** The days both sides name, in words ("1 February 2016"): the link stands on that reference. */
  readonly cites: readonly string[];
}

export interface UnmatchedRow {
  readonly index: number;
  readonly text: string;
}

/** Everything a report shows, computed once from the resource; renderers only lay it out. */
export interface ReportModel {
  readonly id: string;
  /** When the comparison was made: from the resource, never the clock, so one alignment gives one report. */
  readonly createdAt: string;
  readonly createdAtText: string;
  readonly source: ReportDocument;
  readonly target: ReportDocument;
  readonly counts: Readonly<Record<PledgeStatus | 'new', number>>;
  readonly sentences: readonly string[];
  readonly pledges: readonly PledgeRow[];
  readonly newPledges: readonly NewPledgeRow[];
  readonly dropped: readonly PledgeRow[];
  readonly pairs: readonly PairRow[];
  readonly unmatchedSource: readonly UnmatchedRow[];
  readonly unmatchedTarget: readonly UnmatchedRow[];
  readonly methodology: readonly string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2016-02-02" → "2 February 2016"; anything else is kept as written. */
export function dateText(date: string | null): string | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

const topicLabels = new Map(DEFAULT_TOPICS.map((t) => [t.id, t.label]));
const labelOf = (topic: string | null, labels: ReadonlyMap<string, string>): string =>
  topic === null ? 'other' : (labels.get(topic) ?? topicLabels.get(topic) ?? topic);

/**
 * Builds the report model of one alignment: the numbers, the generated
 * summary sentences, and every table the PDF, HTML and CSV reports show.
 *
 * @example
 * const model = reportModel(resource);
 * model.sentences[0] // "Of 13 pledges made on 2 February 2016, 5 were reported completed by 11 June 2018, …"
 */
export function reportModel(resource: AlignmentResource): ReportModel {
  // Results stored before topics came from the documents carry no labels of their own; their topics are watchlist ids.
  const custom = new Map([...(resource.options.topics ?? []).map((t) => [t.id, t.label] as const), ...Object.entries(resource.topics ?? {})]);
  const sourceText = (i: number) => resource.source.clauses[i]?.text ?? '';
  const targetText = (i: number) => resource.target.clauses[i]?.text ?? '';
  const pledges: PledgeRow[] = resource.pledges.map((p) => ({
    source: p.source,
    topic: p.topic,
    topicLabel: labelOf(p.topic, custom),
    sourceText: sourceText(p.source),
    targets: p.evidence.map((e) => ({ index: e.target, text: targetText(e.target), cue: e.cue, strength: e.strength ?? 1 })),
    possible: (p.possible ?? []).map((c) => ({ index: c.target, text: targetText(c.target), strength: c.strength })),
    status: p.status,
    verdict: [STATUS_WORDS[p.status], ...p.qualifiers].join(', '),
    qualifiers: p.qualifiers,
    confidence: p.confidence,
  }));
  // A clause is matched when a link holds it or a verdict cites it as evidence: "unmatched" must never list evidence.
  const linkedSource = new Set([...resource.links.flatMap((l) => l.source as readonly number[]), ...resource.pledges.filter((p) => p.evidence.length > 0).map((p) => p.source as number)]);
  const linkedTarget = new Set([...resource.links.flatMap((l) => l.target as readonly number[]), ...resource.pledges.flatMap((p) => p.evidence.map((e) => e.target as number))]);
  const unmatched = (doc: ResourceDocument, linked: ReadonlySet<number>) =>
    doc.clauses.filter((u) => u.kind === 'clause' && !linked.has(u.index)).map((u) => ({ index: u.index, text: u.text }));
  const counts = resource.summary.total;
  const source = reportDocument(resource.source, 'Source document');
  const target = reportDocument(resource.target, 'Target document');
  return {
    id: resource.id,
    createdAt: resource.createdAt,
    createdAtText: `${dateText(resource.createdAt.slice(0, 10))} ${resource.createdAt.slice(11, 16)} UTC`,
    source,
    target,
    counts,
    sentences: summarySentences(counts, source, target, pledges),
    pledges,
    newPledges: resource.newPledges.map((n) => ({ target: n.target, topicLabel: labelOf(n.topic, custom), text: targetText(n.target), cue: n.cue, confidence: n.confidence })),
    dropped: pledges.filter((p) => p.status === 'dropped'),
    pairs: resource.links.map((l) => ({
      source: l.source,
      target: l.target,
      sourceText: l.source.map(sourceText).join(' '),
      targetText: l.target.map(targetText).join(' '),
      score: l.score,
      relation: l.relation,
      diff: l.diff,
      // Results stored before links cited days have no such field.
      cites: (l.explanation.citations ?? []).map((d) => dateText(d) ?? d),
    })),
    unmatchedSource: unmatched(resource.source, linkedSource),
    unmatchedTarget: unmatched(resource.target, linkedTarget),
    methodology: methodology(resource),
  };
}

function reportDocument(doc: ResourceDocument, fallback: string): ReportDocument {
  return {
    title: doc.title ?? fallback,
    date: doc.date,
    dateText: dateText(doc.date),
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
): string[] {
  const made = counts.completed + counts.carried_forward + counts.dropped;
  const when = (d: ReportDocument) => (d.dateText ? ` ${/^\d/.test(d.dateText) ? 'on' : 'in'} ${d.dateText}` : '');
  const by = target.dateText ? ` by ${target.dateText}` : ` in “${target.title}”`;
  const sentences = [
    made === 0
      ? `No pledges were found in “${source.title}”.`
      : `Of ${plural(made, 'pledge', 'pledges')} made${when(source)}, ${counts.completed} ${counts.completed === 1 ? 'was' : 'were'} reported completed${by}, ${counts.carried_forward} carried forward and ${counts.dropped} dropped.`,
    `“${target.title}” makes ${plural(counts.new, 'new commitment', 'new commitments')} with no antecedent in “${source.title}”.`,
  ];
  const unsure = pledges.filter((p) => p.confidence < 0.55).length;
  if (unsure > 0) sentences.push(`${plural(unsure, 'verdict has', 'verdicts have')} a confidence below 0.55 and should be checked against the evidence.`);
  return sentences;
}

function methodology(resource: AlignmentResource): string[] {
  const o = resource.options;
  return [
    `Clauses: each document is cut into ${o.segmentation ?? 'clauses'} (sentences split further at semicolons, colons and list items); headings are aligned like clauses, while bylines, datelines and boilerplate are kept apart and never aligned.`,
    'Similarity: a linear model over TF-IDF cosine of stemmed words, WordNet synonym overlap, character-bigram Dice and a lexicon of EU justice-and-home-affairs aliases (Frontex, PNR, joint investigation teams …), fitted on the STS Benchmark training set.',
    `Alignment: candidates from an inverted index, rescored; links need a score of at least ${o.threshold ?? 0.3} or a shared lexicon concept; two clauses on one subject that name the same day (a later text citing the earlier one’s event by its date) score 0.2 more, and the next clause joins their link when it points back with “this …”; ${o.monotone ? 'links keep document order' : 'links may cross (pledges move around)'}; adjacent clauses join a link when the joined text matches better (splits and merges). A link scoring ${EQUIVALENT_AT} or more is “equivalent”, below “partial”.`,
    'Pledges: a source clause is a pledge when its main clause commits its subject to act — a future (“will”), a verb of commitment (“pledged to”, “agreed to”, “reaffirm our commitment to”), a task given (“the group is tasked to”), or reported speech of one (“said the government would”); English is read from its grammar (parts of speech and lemmas from wink-nlp), French, Dutch and German from cue words. Each pledge’s best-matching target clauses are weighed by how likely each continues it (similarity, shared rare words, and what the clause does); those clearing a level fitted on annotated pairs are evidence, weaker ones are shown as possible and decide nothing. Evidence reporting the act done makes the pledge completed; evidence committing again, carried forward; evidence abandoning it, dropped (abandoned); no evidence, dropped.',
    'Word diff: insertions and deletions between the linked texts, marked by colour and by underline (inserted) or strike-through (deleted), so it reads in black and white.',
  ];
}
