import type { PairScorer } from '../align';
import { asSource, asTarget, type Link } from '../align/types';
import type { Language, Unit } from '../text';
import { CUES } from './cues';
import { NEGATION } from './grammar/clause';
import { calibrated, DEFAULT_EVIDENCE_MODEL, weighCandidates, type Candidate, type CandidatePair, type EvidenceModel } from './evidence';
import { isClause, onlyThroughItems, pledgesOf, readDocument, undertakes, type PledgeDocument } from './document-reading';
import { recallingCounterparts, recalls, reportsEarlier, withLead, yearOf } from './recall';
import { retrieveByTerms, termIndex } from './retrieval';
import { sectionHeadings } from './sections';
import { topicIndex } from './topic-similarity';
import { assignTopics } from './topics';
import type { Topic } from './topics';
import type { Evidence, NewPledge, PledgeReport, PledgeSummary, PledgeVerdict, Qualifier, Reading, SummaryKey } from './types';

export type { PledgeDocument };

export interface PledgeInput {
  readonly source: PledgeDocument;
  readonly target: PledgeDocument;
  /** The alignment's links, with unit `index` values as `alignDocuments` gives them. */
  readonly links: readonly Link[];
  /** The alignment's rescored candidate pairs; without them, only the links are weighed. */
  readonly candidates?: readonly CandidatePair[];
  /**
   * The alignment's prepared clauses: scores further pairs (found by rare shared words or topic) and gives each clause's terms;
   * without it those pairs score 0 and terms are analysed here.
   */
  readonly scorer?: PairScorer;
  /** Extra watchlist topics; they come before the defaults. */
  readonly topics?: readonly Topic[];
  /** The evidence model; the fitted default unless a fitting script tries another. */
  readonly evidenceModel?: EvidenceModel;
  /** Called with each stage's duration: how the benchmark sees where time goes. */
  readonly onStage?: (stage: PledgeStage, ms: number) => void;
}

export const PLEDGE_STAGES = ['read', 'evidence', 'verdicts'] as const;
export type PledgeStage = (typeof PLEDGE_STAGES)[number];

function stageClock(onStage: PledgeInput['onStage']): (stage: PledgeStage) => void {
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    onStage?.(stage, now - last);
    last = now;
  };
}

/** At most this many clauses are cited as evidence, and this many as possible, for one pledge: the answer stays linear in the input. */
export const MAX_EVIDENCE = 3;
export const MAX_POSSIBLE = 2;
/**
 * A report of the act done decides "completed" only when it is about as
 * strong a counterpart as the best renewal: a weaker past-tense clause must
 * not turn "we recommit to …" into a completion.
 */
const COMPLETION_MARGIN = 0.1;

interface Weighed extends Candidate {
  readonly reading: Reading;
  /** The clause recalls a commitment of the source's year ("We decided in 2016 to …") and this pledge is its likeliest. */
  readonly recalled: boolean;
}

/**
 * Says what became of each pledge of the source in the target, and which
 * target pledges are new. A source clause is a pledge when it commits to act.
 * Its verdict comes from its firm counterparts — target clauses whose
 * probability of continuing it clears the model's level: one reporting the act
 * done makes it `completed`, one committing to it again `carried_forward`,
 * one abandoning it `dropped` with `negated`; with none, it is `dropped`, and
 * weaker candidates are listed as possible only.
 */
export function assessPledges(input: PledgeInput): PledgeReport {
  const model = input.evidenceModel ?? DEFAULT_EVIDENCE_MODEL;
  const clock = stageClock(input.onStage);
  const { pledgeUnits, sourceReadings, targetReadings, weighed, taggers } = weighPledges(input, model, clock);
  const targets = new Map(input.target.units.map((u) => [u.index, u]));
  const sourceYear = yearOf(input.source.date);
  const recalledBy = recallingCounterparts(weighed, targets, targetReadings, sourceYear);
  const verdicts = pledgeUnits.map((unit) => {
    const reading = sourceReadings.get(unit.index)!;
    const candidates = (weighed.get(unit.index) ?? []).map(
      (c): Weighed => ({ ...c, reading: targetReadings.get(c.target)!, recalled: recalledBy.get(c.target) === unit.index }),
    );
    const cues = CUES[input.source.language];
    const text = withLead(unit);
    const meets = cues.meeting.test(text);
    // Going on with no end: a verb of going on, in the pledge's cue ("will continue", "committed to continue") or its
    // words ("and intend to continue to uphold"), never the adjective ("to ensure continued support"), and what goes on
    // is not brought to an end ("continue to develop the database").
    const standing = (goesOn(unit, reading, cues) || cues.continuing.test(text)) && !cues.continuingToEnd.test(text);
    return { unit, ...verdictOf(reading, candidates, { model, targets, language: input.target.language, meets, standing }), cue: reading.cue ?? '' };
  });
  const evidenced = new Set(verdicts.flatMap((v) => v.evidence.map((e) => e.target as number)));
  const newUnits = input.target.units.filter((unit) => {
    const reading = targetReadings.get(unit.index);
    if (
      !reading ||
      !undertakes(reading) ||
      (reading.negated && !refrains(reading)) ||
      evidenced.has(unit.index) ||
      onlyThroughItems(unit.text) ||
      reportsEarlier(reading, unit, input.target.date)
    )
      return false;
    return sourceYear === undefined || !recalls(withLead(unit), sourceYear);
  });
  const topics = assignTopics({
    source: { units: pledgeUnits, language: input.source.language, tagger: taggers.source },
    target: { units: newUnits, language: input.target.language, tagger: taggers.target },
    topics: input.topics ?? [],
    allClauses: input.source.units.filter(isClause).length + input.target.units.filter(isClause).length,
  });
  const pledges: PledgeVerdict[] = verdicts.map(({ unit, ...v }) => ({ source: asSource(unit.index), topic: topics.source.get(unit.index) ?? null, ...v }));
  const newPledges: NewPledge[] = newUnits.map((unit) => {
    const reading = targetReadings.get(unit.index)!;
    const confidence = reading.fromLead || reading.launch ? 0.7 : 0.85;
    return { target: asTarget(unit.index), topic: topics.target.get(unit.index) ?? null, confidence, cue: reading.cue ?? '' };
  });
  const report = { pledges, newPledges, topics: Object.fromEntries(topics.labels), summary: summarise(pledges, newPledges) };
  clock('verdicts');
  return report;
}

/** The pledges of the source, every clause's reading, and each pledge's candidates weighed: what the verdicts (and the evidence model's fitting) start from. */
export function weighPledges(input: PledgeInput, model: EvidenceModel = DEFAULT_EVIDENCE_MODEL, clock: (stage: PledgeStage) => void = () => {}) {
  const source = readDocument(input.source, 'source');
  const sourceReadings = source.readings;
  const pledgeUnits = pledgesOf(input.source, sourceReadings);
  // Read after the source has let go of its tokens: the two documents' tokens are never all held at once.
  const target = readDocument(input.target, 'target');
  const targetReadings = target.readings;
  const taggers = { source: source.tagger, target: target.tagger };
  clock('read');
  const pledges = new Set(pledgeUnits.map((u) => u.index));
  const terms = termIndex(
    input.source.units.filter(isClause),
    input.target.units.filter(isClause),
    { source: input.source.language, target: input.target.language },
    input.scorer?.terms,
    sectionHeadings(input.target.units),
    pledges,
  );
  const topics = topicIndex(terms, pledges);
  const known = [...(input.candidates ?? []), ...linkPairs(input.links)];
  // A pair the aligner scored already (its own score, the one the scorer gives) needs no second scoring: each retrieved
  // pair is scored once. A pair only inside a grown link carries the group's score, so it is scored on its own too.
  const scored = new Map<number, Set<number>>();
  const seen = (p: { source: number; target: number }): boolean => {
    const targets = scored.get(p.source) ?? scored.set(p.source, new Set()).get(p.source)!;
    if (targets.has(p.target)) return true;
    targets.add(p.target);
    return false;
  };
  for (const p of input.candidates ?? []) seen(p);
  const retrieved: CandidatePair[] = [];
  for (const p of [...retrieveByTerms(pledges, terms), ...topics.retrieve()]) {
    if (seen(p)) continue;
    retrieved.push({ ...p, score: input.scorer?.score(p.source, p.target) ?? 0 });
  }
  const weighed = weighCandidates(pledges, {
    candidates: [...known, ...retrieved],
    topic: topics.similarity,
    links: linkMap(input.links),
    terms,
    targetMood: (t) => targetReadings.get(t)?.mood,
    model,
  });
  clock('evidence');
  return { pledgeUnits, sourceReadings, targetReadings, weighed, taggers };
}

/** The clause's own verb is one of going on: its cue, with the word after it ("will continue", "committed to continue"). */
const goesOn = (unit: Unit, reading: Reading, cues: { readonly continuing: RegExp }): boolean => cues.continuing.test(cueWithNextWord(unit, reading));

/** The reading's cue and the word after it, where it stands (in the clause, or in its list's lead). */
function cueWithNextWord(unit: Unit, reading: Reading): string {
  const text = reading.fromLead ? (unit.lead ?? '') : unit.text;
  const at = reading.cue ? text.indexOf(reading.cue) : -1;
  if (at < 0) return reading.cue ?? '';
  const end = at + reading.cue!.length;
  return text.slice(at, end) + (/^[\s,]*\p{L}+/u.exec(text.slice(end))?.[0] ?? '');
}

function linkMap(links: readonly Link[]): Map<number, Set<number>> {
  const map = new Map<number, Set<number>>();
  for (const link of links) for (const s of link.source) for (const t of link.target) (map.get(s) ?? map.set(s, new Set()).get(s)!).add(t);
  return map;
}

/** A link's pairs are candidates too: a split or merge grown by the aligner may pair clauses no short-list held. */
function linkPairs(links: readonly Link[]): CandidatePair[] {
  return links.flatMap((link) => link.source.flatMap((s) => link.target.map((t) => ({ source: s as number, target: t as number, score: link.score }))));
}

type Decided = Pick<PledgeVerdict, 'status' | 'qualifiers' | 'confidence' | 'evidence' | 'possible'>;

/** What every verdict of one comparison reads beside the pledge and its candidates. */
interface VerdictContext {
  readonly model: EvidenceModel;
  readonly targets: ReadonlyMap<number, Unit>;
  /** The target's language, whose cues tell a meeting or progress from a report of something done. */
  readonly language: Language;
  /** The pledge is to meet, convene or hold a summit. */
  readonly meets: boolean;
  /** The pledge is to go on doing something ("continue to uphold …"): it has no end point, so no act reported completes it. */
  readonly standing: boolean;
}

/** The verdict, with its confidence read off the model's calibration: how often such a verdict was right on annotated pairs. */
function verdictOf(pledge: Reading, candidates: readonly Weighed[], context: VerdictContext): Decided {
  const decided = rawVerdict(pledge, candidates, context);
  return { ...decided, confidence: clamp(calibrated(context.model.calibration?.[decided.status], decided.confidence)) };
}

function rawVerdict(pledge: Reading, candidates: readonly Weighed[], { model, targets, language, meets, standing }: VerdictContext): Decided {
  const firm = candidates.filter((c) => c.probability >= model.firm || c.recalled);
  const possible = candidates
    .filter((c) => c.probability < model.firm && !c.recalled && c.probability >= model.possible)
    .slice(0, MAX_POSSIBLE)
    .map((c) => ({ target: asTarget(c.target), strength: round(c.probability) }));
  const best = candidates[0]?.probability ?? 0;
  if (firm.length === 0)
    return { status: 'dropped', qualifiers: [], confidence: clamp(1 - Math.max(best, ...firm.map((c) => c.probability))), evidence: [], possible };
  const top = Math.max(...firm.map((c) => c.probability));
  const cited = (cs: readonly Weighed[]): Evidence[] =>
    cs.slice(0, MAX_EVIDENCE).map((c) => ({ target: asTarget(c.target), cue: c.reading.cue ?? '(mentioned)', strength: round(c.probability) }));
  const byStrength = [...firm].sort((a, b) => b.probability - a.probability);
  const abandoned = byStrength.filter((c) => c.reading.negated !== pledge.negated);
  if (abandoned[0] && abandoned[0].probability === top) {
    return { status: 'dropped', qualifiers: ['negated'], confidence: clamp(top), evidence: cited(abandoned), possible };
  }
  const kept = byStrength.filter((c) => c.reading.negated === pledge.negated);
  const cues = CUES[language];
  // A report that a meeting took place ("the ministers met today") completes a pledge to meet, and no other: meeting is
  // not doing what was called for. For any other pledge it only mentions the subject again.
  // Progress reported ("have deepened our cooperation") is work going on: it carries the pledge forward, it does not complete it.
  const doneHere = (c: Weighed): boolean =>
    c.reading.mood === 'completion' && (meets || !cues.meeting.test(c.reading.cue ?? '')) && !cues.progress.test(c.reading.cue ?? '');
  const done = kept.filter(doneHere);
  const again = kept.filter((c) => c.reading.mood === 'commitment');
  const mentioned = kept.filter((c) => c.reading.mood === 'statement' || (c.reading.mood === 'completion' && !doneHere(c)));
  const textOf = (c: Weighed): string => targets.get(c.target)?.text ?? '';
  const extended = again.some((c) => cues.extension.test(textOf(c)));
  const narrowed = !extended && again.some((c) => cues.narrowing.test(textOf(c)));
  const qualifiers: Qualifier[] = [...(extended ? (['extended'] as const) : []), ...(narrowed ? (['narrowed'] as const) : [])];
  const bestAgain = again[0]?.probability ?? 0;
  // "will continue exploring …": the strongest renewal says the act goes on, so a report of something done must be at
  // least as strong a counterpart to make it finished; the margin is only for a renewal that leaves it open.
  const renewal = again[0] && targets.get(again[0].target);
  const ongoing = renewal !== undefined && goesOn(renewal, again[0]!.reading, cues);
  if (!standing && done[0] && done[0].probability >= bestAgain - (ongoing ? 0 : COMPLETION_MARGIN)) {
    // Reported done and promised again: both readings hold, and the confidence says so.
    const twoWays = bestAgain > 0 && !extended ? 0.15 : 0;
    return { status: 'completed', qualifiers, confidence: clamp(done[0].probability - twoWays), evidence: cited([...done, ...again]), possible };
  }
  // Renewed, or only mentioned again: the subject is still there, nothing reports it done. Every firm counterpart is cited,
  // the renewals first: a reader checks the verdict against all of them.
  const weaker = again.length > 0 ? 0 : 0.15;
  return {
    status: 'carried_forward',
    qualifiers,
    confidence: clamp((again[0] ?? mentioned[0] ?? done[0])!.probability - weaker),
    evidence: cited([...again, ...mentioned, ...done]),
    possible,
  };
}

const round = (x: number): number => Math.round(x * 100) / 100;
const clamp = (x: number): number => round(Math.min(0.95, Math.max(0.05, x)));

/**
 * A commitment to refrain ("we will never recognize …", "will not allow …") is a pledge like any other; a negation of
 * giving up ("no longer", "abandoned", "withdrawn") speaks of an earlier pledge, so only the former may be a new one.
 */
const refrains = (reading: { readonly negation: string | null }): boolean => NEGATION.has(reading.negation?.toLowerCase() ?? '');

function summarise(pledges: readonly PledgeVerdict[], newPledges: readonly NewPledge[]): PledgeSummary {
  const empty = (): Record<SummaryKey, number> => ({ completed: 0, carried_forward: 0, dropped: 0, new: 0 });
  const total = empty();
  const byTopic: Record<string, Record<SummaryKey, number>> = {};
  const count = (key: SummaryKey, topic: string | null): void => {
    total[key] += 1;
    (byTopic[topic ?? 'other'] ??= empty())[key] += 1;
  };
  for (const p of pledges) count(p.status, p.topic);
  for (const p of newPledges) count('new', p.topic);
  return { total, byTopic };
}
