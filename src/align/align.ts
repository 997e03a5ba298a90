import type { Unit } from '../text';
import type { Lexicon } from '../similarity/lexicon';
import { createSimilarity, modelFor, type LinearModel, type Similarity } from '../similarity/model';
import type { Language } from '../text';
import { shortlist } from './candidates';
import { fillAnchoredGaps, sandwichedGroups, type Group } from './anchored';
import { growGroups } from './grow';
import { attachToLinks, recheckGroups, stretchGroups, type StretchSettings } from './stretches';
import { heaviestChain } from './chain';
import { citationIndex, continueCitations, sharesSubject, type Citation } from './citations';
import { wordDiff } from './diff';
import { joinedScorer, type JoinedScorer } from './joined';
import { decideOrder, greedyOneToOne, type OrderDecision } from './order';
import { asSource, asTarget, type AlignOptions, type Link } from './types';

export interface AlignableDocument {
  readonly units: readonly Unit[];
  /** The document's date (ISO, or any text with its year): what the dates it names without a year are read against. */
  readonly date?: string;
  /** Its language, when it differs from the context's (which stems and scores both sides). */
  readonly language?: Language;
}

export const ALIGN_STAGES = ['prepare', 'candidates', 'rescore', 'group', 'links'] as const;
export type AlignStage = (typeof ALIGN_STAGES)[number];

export interface AlignContext extends AlignOptions {
  readonly language: Language;
  readonly lexicon?: Lexicon;
  /** The similarity model, by default the language's (modelFor): a script choosing among models passes its candidates. */
  readonly model?: LinearModel;
  /** Called with each stage's duration: how the benchmark sees where time goes. */
  readonly onStage?: (stage: AlignStage, ms: number) => void;
  /**
   * Receives every rescored candidate pair (unit indices), for stages that weigh more than the chosen links, and a
   * scorer for further pairs of aligned units (the same model and prepared clauses; 0 for a unit not aligned).
   */
  readonly onCandidates?: (pairs: ReadonlyArray<{ source: number; target: number; score: number; concept: boolean }>, scorer: PairScorer) => void;
}

/**
 * What a later stage may ask of the alignment's prepared clauses, by unit
 * index, without preparing them again: the score of a further pair, and each
 * clause's content terms (folded stems and lexicon concepts).
 */
export interface PairScorer {
  score(source: number, target: number): number;
  terms(side: 'source' | 'target', unit: number): readonly string[] | undefined;
}

/**
 * Lowest link score by mode, for the English models (the character model of
 * other languages has its own: see CHARACTER_MODEL). Free: cross-genre
 * paraphrase scores low (a news report against a communiqué). Monotone: the
 * chain and the gap rules add links by position, so a link of its own needs
 * more of the words; 0.6 is what DEplain-web dev preferred with the word model.
 */
export const DEFAULT_THRESHOLDS = { free: 0.3, monotone: 0.6 } as const;
const DEFAULT_CANDIDATES = 4;
/** Score at and above which a link is `equivalent` rather than `partial`. */
export const EQUIVALENT_AT = 0.75;
/**
 * In monotone mode a pair anchored between two links may score this much
 * below the threshold, and a sandwiched passage needs only SANDWICH_SCORE.
 * Chosen on DEplain-web dev (F1 0.652 → 0.664; 0.10–0.20 and 0.05–0.30 gave 0.659–0.664).
 */
const ANCHORED_RELIEF = 0.15;
const SANDWICH_SCORE = 0.2;

/** Only clauses and headings are aligned: boilerplate and meta say nothing either document pledges. */
const alignable = (unit: Unit): boolean => unit.kind === 'clause' || unit.kind === 'heading';

/**
 * Aligns the clauses of two segmented documents: candidates from an inverted
 * index, rescoring of the short-list, one-to-one links by descending score
 * (or the heaviest order-keeping chain when `monotone`), then splits and
 * merges grown from each link over adjacent clauses.
 *
 * @example
 * const links = alignDocuments(segment(a), segment(b), { language: 'en' });
 * links[0] // { source: [16], target: [20], score: 0.62, relation: 'partial', explanation, diff }
 */
export function alignDocuments(source: AlignableDocument, target: AlignableDocument, context: AlignContext): Link[] {
  return alignWithOrder(source, target, context).links;
}

/**
 * `alignDocuments`, with the mode it ran in and why: `order` "auto" (the
 * default) looks at the confident links before choosing (see order.ts).
 *
 * @example
 * alignWithOrder(a, b, { language: 'en' }).order // { mode: 'monotone', reason: '29 of 30 confident links …' }
 */
export function alignWithOrder(source: AlignableDocument, target: AlignableDocument, context: AlignContext): { links: Link[]; order: OrderDecision } {
  const requested = context.order ?? (context.monotone === undefined ? 'auto' : context.monotone ? 'monotone' : 'free');
  // A model on another scale (the character model of other languages than English) brings its own thresholds.
  const model = context.model ?? modelFor(context.language);
  const defaults = model.thresholds ?? DEFAULT_THRESHOLDS;
  const thresholds = {
    free: context.threshold ?? defaults.free,
    monotone: context.threshold ?? defaults.monotone,
    ...(model.thresholds ? { confident: model.thresholds.confident } : {}),
  };
  const sources = source.units.filter(alignable);
  const targets = target.units.filter(alignable);
  const orderReading = {
    ...(model.unknownOrder ? { unknownOrder: model.unknownOrder } : {}),
    ...(model.inOrderShare !== undefined ? { inOrderShare: model.inOrderShare } : {}),
    sizes: { source: sources.length, target: targets.length },
  };
  if (sources.length === 0 || targets.length === 0) return { links: [], order: decideOrder(requested, [], thresholds, orderReading) };
  const clock = stageClock(context.onStage);
  const sim = createSimilarity(
    [...sources, ...targets].map((u) => u.text),
    {
      language: context.language,
      model,
      ...(context.lexicon ? { lexicon: context.lexicon } : {}),
    },
  );
  const cited = new Map<number, Citation>();
  const joined = joinedScorer(sim, sources, targets, cited);
  for (const [key, citation] of citationIndex(source, sources, target, targets)) {
    if (sharesSubject(joined.prepared('source', [citation.s]), joined.prepared('target', [citation.t]))) cited.set(key, citation);
  }
  clock('prepare');
  const scored = scoreCandidates(sources, targets, joined, context.candidates ?? DEFAULT_CANDIDATES, cited, clock);
  const order = decideOrder(requested, scored.pairs, thresholds, orderReading);
  const { threshold } = order;
  const monotone = order.mode === 'monotone';
  // Two clauses naming the same lexicon concept (Frontex, PNR, a liaison magistrate) are about the same subject:
  // that alone qualifies them as a partial link, however differently they are worded.
  // A pair that is neither clause's best match would only steal a piece of a split from its group.
  const headingOk = headingRule(sources, targets, joined);
  const pairs = scored.pairs.filter(
    (p) =>
      (p.w >= threshold || p.concept) && (scored.bestForSource.get(p.s)?.unit === p.t || scored.bestForTarget.get(p.t)?.unit === p.s) && headingOk(p.s, p.t),
  );
  if (context.onCandidates) {
    const local = { source: new Map(sources.map((u, i) => [u.index, i])), target: new Map(targets.map((u, i) => [u.index, i])) };
    context.onCandidates(
      scored.pairs.map((p) => ({ source: sources[p.s]!.index, target: targets[p.t]!.index, score: p.w, concept: p.concept })),
      {
        score: (s, t) => {
          const [a, b] = [local.source.get(s), local.target.get(t)];
          return a === undefined || b === undefined ? 0 : joined.scorePair(a, b);
        },
        terms: (side, unit) => {
          const at = local[side].get(unit);
          return at === undefined ? undefined : joined.prepared(side, [at]).terms;
        },
      },
    );
  }
  clock('rescore');
  const chosen = monotone ? fillAnchoredGaps(heaviestChain(pairs), scored.pairs, threshold - ANCHORED_RELIEF) : greedyOneToOne(pairs);
  const groups = chosen.map((p): Group => ({ source: [p.s], target: [p.t], score: p.w }));
  const languages = { source: source.language ?? context.language, target: target.language ?? context.language };
  for (const group of continueCitations(groups, cited, sources, targets, languages)) group.score = joined.score(group.source, group.target);
  growGroups(groups, joined, sources, targets, model.growth);
  if (monotone) groups.push(...sandwichedGroups(groups, joined.score, SANDWICH_SCORE));
  if (monotone && model.stretches) readPassages(groups, sources, targets, joined, model.stretches);
  // Out of order, one clause may continue in two places ("develop PNR" → "PNR in force", "a railway PNR"): a source
  // clause whose best match went to another in the one-to-one pass keeps it as a link of its own. Not every clause
  // that best matches it: with the word vectors, a new commitment of the later text often best matches some loosely
  // related pledge (0.3–0.4), and was taken for its continuation (measured on the seed and dev communiqués, see the
  // README). Never for headings: a title loosely matches a dozen clauses and keeps its one best link.
  if (!monotone) {
    const extra = pairs.filter((p) => sources[p.s]!.kind !== 'heading' && targets[p.t]!.kind !== 'heading' && scored.bestForSource.get(p.s)?.unit === p.t);
    groups.push(...extraLinks(extra, groups, targets.length));
  }
  clock('group');
  const links = groups
    .sort((a, b) => a.source[0]! - b.source[0]!)
    .map((group) => toLink(group, sources, targets, sim, joined, joined.citedDays(group.source, group.target)));
  clock('links');
  return { links, order };
}

/**
 * A heading or headline names a whole subject and loosely matches a dozen
 * clauses; the best of those weak matches is not its counterpart ("France,
 * Belgium step up security cooperation" is not "reinforcing judicial
 * co-operation"). It may link to a heading, to the other document's lede
 * (its first clause, which tells the same story), or to a clause that says
 * most of what it says.
 */
const HEADING_COVERAGE = 0.6;

function headingRule(sources: readonly Unit[], targets: readonly Unit[], joined: JoinedScorer): (s: number, t: number) => boolean {
  const ledeOf = (units: readonly Unit[]): number => units.findIndex((u) => u.kind === 'clause');
  const lede = { source: ledeOf(sources), target: ledeOf(targets) };
  return (s, t) => {
    const sHeading = sources[s]!.kind === 'heading';
    const tHeading = targets[t]!.kind === 'heading';
    if (sHeading === tHeading) return true;
    if (sHeading ? t === lede.target : s === lede.source) return true;
    const heading = sHeading ? joined.prepared('source', [s]) : joined.prepared('target', [t]);
    const other = sHeading ? joined.prepared('target', [t]) : joined.prepared('source', [s]);
    return joined.coverage(heading, other) >= HEADING_COVERAGE;
  };
}

function stageClock(onStage: AlignContext['onStage']): (stage: AlignStage) => void {
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    onStage?.(stage, now - last);
    last = now;
  };
}

interface ScoredCandidates {
  /** `concept`: both clauses name the same lexicon concept, which qualifies the pair whatever its score. */
  readonly pairs: ReadonlyArray<{ s: number; t: number; w: number; concept: boolean }>;
  /** For each clause, the other side's clause it matches best, with that score. */
  readonly bestForSource: ReadonlyMap<number, { unit: number; w: number }>;
  readonly bestForTarget: ReadonlyMap<number, { unit: number; w: number }>;
}

/** Short-lists in both directions (a split target must find its source too), each pair rescored once. */
function scoreCandidates(
  sources: readonly Unit[],
  targets: readonly Unit[],
  joined: JoinedScorer,
  k: number,
  cited: ReadonlyMap<number, unknown>,
  clock: (stage: AlignStage) => void,
): ScoredCandidates {
  const a = sources.map((_, s) => joined.prepared('source', [s]));
  const b = targets.map((_, t) => joined.prepared('target', [t]));
  // An integer per pair, not a string: there are tens of thousands of candidate pairs in a large document.
  const keys = new Set<number>();
  const found: number[] = [];
  const add = (s: number, t: number): void => {
    const key = s * targets.length + t;
    if (keys.has(key)) return;
    keys.add(key);
    found.push(s, t);
  };
  // A citation is found by its date, not its words: the inverted index need not have short-listed it.
  for (const key of cited.keys()) add(Math.floor(key / targets.length), key % targets.length);
  for (const c of shortlist(a, b, k)) add(c.source, c.target);
  for (const c of shortlist(b, a, k)) add(c.target, c.source);
  clock('candidates');
  const pairs: Array<{ s: number; t: number; w: number; concept: boolean }> = [];
  for (let i = 0; i < found.length; i += 2) {
    const s = found[i]!;
    const t = found[i + 1]!;
    pairs.push({ s, t, w: joined.scorePair(s, t), concept: joined.sharedConcept(s, t) });
  }
  const bestForSource = new Map<number, { unit: number; w: number }>();
  const bestForTarget = new Map<number, { unit: number; w: number }>();
  for (const p of pairs) {
    if ((bestForSource.get(p.s)?.w ?? -1) < p.w) bestForSource.set(p.s, { unit: p.t, w: p.w });
    if ((bestForTarget.get(p.t)?.w ?? -1) < p.w) bestForTarget.set(p.t, { unit: p.s, w: p.w });
  }
  return { pairs, bestForSource, bestForTarget };
}

/**
 * What is left unlinked between two links, read as one passage rewritten (see stretchGroups), scored as joined texts;
 * first, with `recheck`, the weak links that passage places elsewhere are dropped (see recheckGroups) and their clauses
 * read with it. Replaces `groups`' contents.
 */
function readPassages(groups: Group[], sources: readonly Unit[], targets: readonly Unit[], joined: JoinedScorer, settings: StretchSettings): void {
  const units = { source: sources, target: targets };
  const scorer = {
    score: (s: number, t: number) => joined.scorePair(s, t),
    covered: (t: number, s: number) => joined.coverage(joined.prepared('target', [t]), joined.prepared('source', [s])),
  };
  const freeOf = (linked: readonly Group[]) => {
    const used = { source: new Set(linked.flatMap((g) => g.source)), target: new Set(linked.flatMap((g) => g.target)) };
    return (side: 'source' | 'target', i: number): boolean => !used[side].has(i) && units[side][i]!.kind !== 'heading';
  };
  const passage = (around: readonly Group[]) => ({ sourceCount: sources.length, targetCount: targets.length, free: freeOf(around), scorer, settings });
  const kept = settings.recheck ? recheckGroups(groups, passage(groups), settings.recheck) : [...groups];
  const { added, extended } = attachToLinks(kept, stretchGroups(kept, passage(kept)));
  for (const group of [...added, ...extended]) group.score = joined.score(group.source, group.target);
  groups.splice(0, groups.length, ...kept, ...added);
}

function extraLinks(pairs: ReadonlyArray<{ s: number; t: number; w: number }>, groups: readonly Group[], targetCount: number): Group[] {
  const covered = new Set<number>();
  for (const g of groups) for (const s of g.source) for (const t of g.target) covered.add(s * targetCount + t);
  return pairs.filter((p) => !covered.has(p.s * targetCount + p.t)).map((p) => ({ source: [p.s], target: [p.t], score: p.w }));
}

function toLink(group: Group, sources: readonly Unit[], targets: readonly Unit[], sim: Similarity, joined: JoinedScorer, citations: readonly string[]): Link {
  const a = joined.prepared('source', group.source);
  const b = joined.prepared('target', group.target);
  return {
    source: group.source.map((s) => asSource(sources[s]!.index)),
    target: group.target.map((t) => asTarget(targets[t]!.index)),
    score: Math.round(group.score * 1000) / 1000,
    relation: group.score >= EQUIVALENT_AT ? 'equivalent' : 'partial',
    explanation: { ...sim.explain(a, b), citations },
    diff: wordDiff(a.text, b.text),
  };
}
