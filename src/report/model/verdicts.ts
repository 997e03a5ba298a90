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

/** Qualifiers in plain words: a dropped pledge the target "negates" is one it abandons. */
export const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = { extended: 'extended', narrowed: 'narrowed', negated: 'abandoned' };

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
  /** Weaker candidates a reader may check; they decided nothing. */
  readonly possible: readonly CounterpartRow[];
  readonly status: PledgeStatus;
  /** "completed", "carried forward, extended", "dropped: abandoned", "dropped: not taken up". */
  readonly verdict: string;
  readonly qualifiers: readonly Qualifier[];
  readonly confidence: number;
  /** One sentence saying what in the target decided the verdict. */
  readonly reason: string;
}

export interface NewPledgeRow {
  readonly target: number;
  readonly topicLabel: string;
  readonly text: string;
  readonly cue: string;
  readonly confidence: number;
}

const quote = (s: string): string => `“${s}”`;
const ref = (side: 'S' | 'T', i: number): string => `${side}${i}`;

/** The words a verdict is shown with; a dropped pledge says whether it was abandoned or simply not taken up. */
export function verdictWords(status: PledgeStatus, qualifiers: readonly Qualifier[]): string {
  if (status === 'dropped') return qualifiers.includes('negated') ? 'dropped: abandoned' : 'dropped: not taken up';
  return [STATUS_WORDS[status], ...qualifiers.map((q) => QUALIFIER_WORDS[q])].join(', ');
}

/**
 * Why the verdict is what it is, from its evidence alone: which target clause
 * reports the act done, commits to it again or abandons it — or that none
 * continues it firmly enough, naming the closest weak candidate if any.
 *
 * @example
 * reasonOf(row) // 'T13 reports it done (“stationed”).'
 */
export function reasonOf(row: Pick<PledgeRow, 'status' | 'qualifiers' | 'targets' | 'possible'>): string {
  const cited = row.targets.map((t) => `${ref('T', t.index)}${t.cue && t.cue !== '(mentioned)' ? ` (${quote(t.cue)})` : ''}`).join(', ');
  const weak = row.possible.length > 0 ? ` The closest, ${row.possible.map((p) => ref('T', p.index)).join(' and ')}, ${row.possible.length === 1 ? 'is' : 'are'} too weak to count.` : '';
  if (row.status === 'dropped') {
    if (row.qualifiers.includes('negated')) return `The target abandons it: ${cited}.`;
    return `No clause of the target continues it firmly enough.${weak}`;
  }
  if (row.status === 'completed') return `The target reports it done: ${cited}.`;
  return `The target takes it up again: ${cited}.`;
}

const topicLabelOf = (labels: ReadonlyMap<string, string>) => (topic: string | null): string => (topic === null ? 'other' : (labels.get(topic) ?? topic));

/** Topic labels: the resource's own, then a request's watchlist; old results stored topic ids only. */
export function topicLabels(resource: AlignmentResource, watchlist: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  return new Map([...watchlist, ...(resource.options.topics ?? []).map((t) => [t.id, t.label] as const), ...Object.entries(resource.topics ?? {})]);
}

/** Every pledge as a row the reports print. */
export function pledgeRows(resource: AlignmentResource, labels: ReadonlyMap<string, string>): PledgeRow[] {
  const labelOf = topicLabelOf(labels);
  const text = (i: number): string => resource.target.clauses[i]?.text ?? '';
  return resource.pledges.map((p) => {
    const row = {
      source: p.source as number,
      topic: p.topic,
      topicLabel: labelOf(p.topic),
      sourceText: resource.source.clauses[p.source]?.text ?? '',
      // Results stored before evidence had a strength count every piece as firm.
      targets: p.evidence.map((e) => ({ index: e.target as number, text: text(e.target), cue: e.cue, strength: e.strength ?? 1 })),
      possible: (p.possible ?? []).map((c) => ({ index: c.target as number, text: text(c.target), cue: '', strength: c.strength })),
      status: p.status,
      verdict: verdictWords(p.status, p.qualifiers),
      qualifiers: p.qualifiers,
      confidence: p.confidence,
    };
    return { ...row, reason: reasonOf(row) };
  });
}

export function newPledgeRows(resource: AlignmentResource, labels: ReadonlyMap<string, string>): NewPledgeRow[] {
  const labelOf = topicLabelOf(labels);
  return resource.newPledges.map((n) => ({
    target: n.target as number,
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
 * the dropped list names the abandoned and the untaken apart, and new pledges
 * are said to have no firm counterpart (a weak one may exist, and is shown).
 */
export function captionsOf(pledges: readonly PledgeRow[], source: string, target: string): Captions {
  const dropped = pledges.filter((p) => p.status === 'dropped');
  const abandoned = dropped.filter((p) => p.qualifiers.includes('negated')).length;
  const untaken = dropped.length - abandoned;
  const parts = [
    ...(untaken > 0 ? [`${untaken} that “${target}” does not take up`] : []),
    ...(abandoned > 0 ? [`${abandoned} that it abandons`] : []),
  ];
  return {
    pledges: `Pledges of “${source}” and what “${target}” says of them`,
    newPledges: `Commitments in “${target}” that continue none of the pledges of “${source}”`,
    dropped: parts.length > 0 ? `Pledges of “${source}”: ${parts.join(', and ')}` : `Pledges of “${source}” that were dropped`,
    unmatched: 'Clauses that no link and no verdict connects to the other document',
  };
}
