/**
 * The verdicts as people read them: each pledge's verdict in plain words, the
 * sentence that says why, its evidence and its weaker candidates — all read
 * from the one verdict model in the resource, so every report says the same.
 */
import type { PledgeStatus, Qualifier } from '../../pledges';
import type { AlignmentResource } from '../../resource';

/** Verdicts in words, for people: "carried forward", never `carried_forward`. */
export const STATUS_WORDS: Readonly<Record<PledgeStatus | 'new', string>> = {
  completed: 'completed',
  carried_forward: 'carried forward',
  dropped: 'dropped',
  new: 'new',
};

/** Qualifiers in plain words, as they follow a verdict: a pledge the later text "negates" is one it abandons. */
export const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  extended: 'and widened',
  narrowed: 'but narrowed',
  negated: '— the later text abandons it',
};

/** A dropped pledge with no evidence at all: silence, which is not the same as abandoning it. */
const NOT_TAKEN_UP = '— the later text does not take it up';

/**
 * Below this confidence a verdict is flagged for the reader to check against
 * its evidence. The summary, the HTML and the PDF all draw the line here, so
 * the number of verdicts the summary asks to check is the number flagged.
 */
export const LOW_CONFIDENCE = 0.55;

/** Whether a verdict's confidence is low enough to ask the reader to check it. */
export const needsCheck = (confidence: number): boolean => confidence < LOW_CONFIDENCE;

export interface CounterpartRow {
  readonly index: number;
  readonly text: string;
  /** The words of that clause that decided the verdict; empty for a possible counterpart. */
  readonly cue: string;
  /** 0–1: how likely the clause continues the pledge. */
  readonly strength: number;
}

export interface PledgeRow {
  readonly source: number;
  readonly topic: string | null;
  readonly topicLabel: string;
  readonly sourceText: string;
  readonly targets: readonly CounterpartRow[];
  /**
   * Weaker candidates a reader may check; they decided nothing. The verdict's
   * own, then any clause the aligner linked to the pledge without it being
   * evidence, so every link the side by side shows for a pledge is named here.
   */
  readonly possible: readonly CounterpartRow[];
  readonly status: PledgeStatus;
  /** "completed", "carried forward and widened", "dropped — the later text abandons it", "dropped — the later text does not take it up". */
  readonly verdict: string;
  readonly qualifiers: readonly Qualifier[];
  readonly confidence: number;
  /** One sentence saying what in the target decided the verdict. */
  readonly reason: string;
}

export interface NewPledgeRow {
  readonly target: number;
  /** Source pledges it resembles too weakly to continue them (linked, or a weak candidate of theirs): named, so "new" is never silently contradicted. */
  readonly resembles: readonly number[];
  readonly topicLabel: string;
  readonly text: string;
  readonly cue: string;
  readonly confidence: number;
}

const quote = (s: string): string => `“${s}”`;
const ref = (side: 'S' | 'T', i: number): string => `${side}${i}`;

/**
 * The words a verdict is shown with, in plain English: a dropped pledge says
 * whether the later text abandons it or simply does not take it up.
 *
 * @example
 * verdictWords('carried_forward', ['extended']) // 'carried forward and widened'
 */
export function verdictWords(status: PledgeStatus, qualifiers: readonly Qualifier[]): string {
  const said = qualifiers.map((q) => QUALIFIER_WORDS[q]);
  if (status === 'dropped' && !qualifiers.includes('negated')) said.push(NOT_TAKEN_UP);
  return [STATUS_WORDS[status], ...said].join(' ');
}

/**
 * Why the verdict is what it is, from its evidence alone: which target clause
 * reports the act done, commits to it again or abandons it — or that none
 * continues it firmly enough, naming the closest weak candidate if any.
 *
 * @example
 * reasonOf(row) // 'Reported done in T13 (“have taken”).'
 */
export function reasonOf(row: Pick<PledgeRow, 'status' | 'qualifiers' | 'targets' | 'possible'>): string {
  const cited = row.targets.map((t) => `${ref('T', t.index)}${t.cue && t.cue !== '(mentioned)' ? ` (${quote(t.cue)})` : ''}`).join(', ');
  const weak =
    row.possible.length > 0
      ? ` The closest, ${row.possible.map((p) => ref('T', p.index)).join(' and ')}, ${row.possible.length === 1 ? 'is' : 'are'} too weak to count.`
      : '';
  if (row.status === 'dropped') {
    if (row.qualifiers.includes('negated')) return `Abandoned in ${cited}.`;
    return `No clause of the later text continues it firmly enough.${weak}`;
  }
  if (row.status === 'completed') return `Reported done in ${cited}.`;
  return `Committed to again in ${cited}.`;
}

const topicLabelOf =
  (labels: ReadonlyMap<string, string>) =>
  (topic: string | null): string =>
    topic === null ? 'other' : (labels.get(topic) ?? topic);

/** Topic labels: the resource's own, then a request's watchlist; old results stored topic ids only. */
export function topicLabels(resource: AlignmentResource, watchlist: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  return new Map([...watchlist, ...(resource.options.topics ?? []).map((t) => [t.id, t.label] as const), ...Object.entries(resource.topics ?? {})]);
}

/** The best link score between each source unit and each target unit it is linked to. */
function linkScores(resource: AlignmentResource): Map<number, Map<number, number>> {
  const scores = new Map<number, Map<number, number>>();
  for (const link of resource.links) {
    for (const s of link.source) {
      const row = scores.get(s) ?? new Map<number, number>();
      for (const t of link.target) row.set(t, Math.max(row.get(t) ?? 0, link.score));
      scores.set(s, row);
    }
  }
  return scores;
}

/** Every pledge as a row the reports print. */
export function pledgeRows(resource: AlignmentResource, labels: ReadonlyMap<string, string>): PledgeRow[] {
  const labelOf = topicLabelOf(labels);
  const text = (i: number): string => resource.target.clauses[i]?.text ?? '';
  const linked = linkScores(resource);
  return resource.pledges.map((p) => {
    const own = (p.possible ?? []).map((c) => ({ index: c.target as number, text: text(c.target), cue: '', strength: c.strength }));
    const taken = new Set([...p.evidence.map((e) => e.target as number), ...own.map((c) => c.index)]);
    // A clause only the aligner linked has no likelihood of its own; its link score stands in.
    const aligned = [...(linked.get(p.source) ?? [])]
      .filter(([t]) => !taken.has(t))
      .map(([t, score]) => ({ index: t, text: text(t), cue: '', strength: score }));
    const row = {
      source: p.source as number,
      topic: p.topic,
      topicLabel: labelOf(p.topic),
      sourceText: resource.source.clauses[p.source]?.text ?? '',
      // Results stored before evidence had a strength count every piece as firm.
      targets: p.evidence.map((e) => ({ index: e.target as number, text: text(e.target), cue: e.cue, strength: e.strength ?? 1 })),
      possible: [...own, ...aligned],
      status: p.status,
      verdict: verdictWords(p.status, p.qualifiers),
      qualifiers: p.qualifiers,
      confidence: p.confidence,
    };
    return { ...row, reason: reasonOf(row) };
  });
}

export function newPledgeRows(resource: AlignmentResource, labels: ReadonlyMap<string, string>, pledges: readonly PledgeRow[]): NewPledgeRow[] {
  const labelOf = topicLabelOf(labels);
  return resource.newPledges.map((n) => ({
    target: n.target as number,
    resembles: pledges.filter((p) => p.possible.some((c) => c.index === n.target)).map((p) => p.source),
    topicLabel: labelOf(n.topic),
    text: resource.target.clauses[n.target]?.text ?? '',
    cue: n.cue,
    confidence: n.confidence,
  }));
}

export interface Captions {
  readonly pledges: string;
  readonly newPledges: string;
  readonly dropped: string;
  readonly unmatched: string;
}

/**
 * Captions written from what the rows hold, so each is true of its table:
 * the dropped list names the abandoned and the untaken apart and says when a
 * weak resemblance is shown beside an untaken one; new pledges that resemble
 * a pledge too weakly to continue it are counted in their caption.
 */
export function captionsOf(pledges: readonly PledgeRow[], newPledges: readonly NewPledgeRow[], source: string, target: string): Captions {
  const dropped = pledges.filter((p) => p.status === 'dropped');
  const abandoned = dropped.filter((p) => p.qualifiers.includes('negated')).length;
  const untaken = dropped.filter((p) => !p.qualifiers.includes('negated'));
  const echoed = untaken.filter((p) => p.possible.length > 0).length;
  const near =
    echoed === 0
      ? ''
      : ` (${echoed === untaken.length ? (echoed === 1 ? 'it has' : 'each has') : `${echoed} of them have`} a clause that comes close, too weakly to count)`;
  const parts = [
    ...(untaken.length > 0 ? [`${untaken.length} that “${target}” does not take up${near}`] : []),
    ...(abandoned > 0 ? [`${abandoned} that it abandons`] : []),
  ];
  const resembling = newPledges.filter((n) => n.resembles.length > 0).length;
  return {
    pledges: `Pledges of “${source}” and what “${target}” says of them`,
    newPledges: `Commitments in “${target}” that continue none of the pledges of “${source}”${
      resembling > 0
        ? `; ${resembling === 1 ? 'one of them resembles' : `${resembling} of them resemble`} a pledge too weakly to continue it (named beside it)`
        : ''
    }`,
    dropped: parts.length > 0 ? `Pledges of “${source}”: ${parts.join(', and ')}` : `Pledges of “${source}” that were dropped`,
    unmatched: 'Clauses with no counterpart in the other document, not even a weak one',
  };
}
