import { asSource, asTarget, type Link } from '../align/types';
import type { Language, Unit } from '../text';
import { CUES } from './cues';
import { readClause } from './read';
import { DEFAULT_TOPICS, topicFinder, type Topic } from './topics';
import type {
  Evidence,
  NewPledge,
  PledgeReport,
  PledgeSummary,
  PledgeVerdict,
  Qualifier,
  Reading,
  SummaryKey,
} from './types';

export interface PledgeDocument {
  readonly units: readonly Unit[];
  readonly language: Language;
  /** The document's date (ISO or any text with its year); a target clause naming a year up to the source's ("We decided in 2016 to …") recalls a pledge rather than making one. */
  readonly date?: string;
}

export interface PledgeInput {
  readonly source: PledgeDocument;
  readonly target: PledgeDocument;
  /** The alignment's links, with unit `index` values as `alignDocuments` gives them. */
  readonly links: readonly Link[];
  /** Extra watchlist topics; they come before the defaults. */
  readonly topics?: readonly Topic[];
}

/** A link scoring this much or more is firm evidence on its own; below, confidence falls with the score. */
const FIRM_LINK = 0.6;
/** A target clause on the pledge's watchlist topic counts as evidence even unlinked, as much as a link of this score. */
const SAME_TOPIC = 0.4;

interface Counterpart {
  readonly target: number;
  readonly score: number;
  readonly reading: Reading;
}

/**
 * Says what became of each pledge of the source in the target, and which
 * target pledges are new. A source clause is a pledge when it commits to act;
 * its verdict comes from the target clauses it is linked to: one reporting it
 * done makes it `completed`, one committing to it again `carried_forward`,
 * one abandoning it `dropped` with `negated`, none at all `dropped`.
 *
 * @example
 * const { pledges, newPledges, summary } = assessPledges({ source, target, links });
 * pledges[0] // { source: 10, topic: 'liaison-magistrate', status: 'completed', evidence: [{ target: 13, cue: 'stationing' }], … }
 */
export function assessPledges(input: PledgeInput): PledgeReport {
  const topics = [...(input.topics ?? []), ...DEFAULT_TOPICS];
  const findTopic = topicFinder(topics, input.source.language);
  const findTargetTopic = input.target.language === input.source.language ? findTopic : topicFinder(topics, input.target.language);
  const sourceReadings = readAll(input.source.units, input.source.language);
  const targetReadings = readAll(input.target.units, input.target.language);
  const targetByIndex = new Map(input.target.units.map((u) => [u.index, u]));
  const targetTopic = new Map(input.target.units.filter((u) => u.kind === 'clause').map((u) => [u.index, findTargetTopic.topicOf(withLead(u))]));
  const topicsInTarget = new Set(targetTopic.values());
  const sourceYear = Number(/(?<!\p{N})\p{N}{4}(?!\p{N})/u.exec(input.source.date ?? '')?.[0]) || undefined;
  const pledges: PledgeVerdict[] = [];
  const linkedToPledge = new Set<number>();
  for (const unit of input.source.units) {
    const reading = sourceReadings.get(unit.index);
    if (reading?.mood !== 'commitment') continue;
    const linked = counterpartsOf(unit.index, input.links, targetReadings);
    const topic = findTopic.topicOf(withLead(unit)) ?? linked.map((c) => targetTopic.get(c.target)).find((t) => t != null) ?? null;
    const counterparts = topic === null ? linked : onTopic(linked, topic, targetTopic, targetReadings);
    counterparts.forEach((c) => linkedToPledge.add(c.target));
    pledges.push({
      source: asSource(unit.index),
      topic,
      cue: reading.cue ?? '',
      ...verdict(reading, counterparts, targetByIndex, input.target.language, topic !== null && topicsInTarget.has(topic)),
    });
  }
  const newPledges: NewPledge[] = [];
  for (const unit of input.target.units) {
    const reading = targetReadings.get(unit.index);
    if (reading?.mood !== 'commitment' || reading.negated || linkedToPledge.has(unit.index)) continue;
    // A list's lead ("France and Belgium have resolved:") commits only through its items, which are listed themselves.
    if (/:\s*$/u.test(unit.text)) continue;
    if (sourceYear !== undefined && recalls(withLead(unit), sourceYear)) continue;
    const confidence = reading.fromLead ? 0.7 : 0.85;
    newPledges.push({ target: asTarget(unit.index), topic: targetTopic.get(unit.index) ?? null, confidence, cue: reading.cue ?? '' });
  }
  return { pledges, newPledges, summary: summarise(pledges, newPledges) };
}

function readAll(units: readonly Unit[], language: Language): Map<number, Reading> {
  const readings = new Map<number, Reading>();
  for (const unit of units) if (unit.kind === 'clause') readings.set(unit.index, readClause(unit, language));
  return readings;
}

/** "We decided in 2016 to …", read in 2018 against a 2016 source: a pledge of the source's time, recalled, not a new one. */
function recalls(text: string, sourceYear: number): boolean {
  return [...text.matchAll(/(?<!\p{N})(?:19|20)\p{N}{2}(?!\p{N})/gu)].some((m) => Number(m[0]) <= sourceYear);
}

/**
 * With a watchlist topic, the pledge's counterparts are its linked clauses
 * that are not about another topic, and every target clause on its topic:
 * a link to the wrong subject is noise, a clause naming the subject is evidence.
 */
function onTopic(
  linked: readonly Counterpart[],
  topic: string,
  targetTopic: ReadonlyMap<number, string | null>,
  readings: ReadonlyMap<number, Reading>,
): Counterpart[] {
  const kept = linked.filter((c) => (targetTopic.get(c.target) ?? topic) === topic);
  const seen = new Set(kept.map((c) => c.target));
  for (const [target, t] of targetTopic) {
    const reading = readings.get(target);
    if (t === topic && !seen.has(target) && reading) kept.push({ target, score: SAME_TOPIC, reading });
  }
  return kept.sort((a, b) => b.score - a.score || a.target - b.target);
}

const withLead = (unit: Unit): string => (unit.lead ? `${unit.lead} ${unit.text}` : unit.text);

/** The target clauses linked to one source clause, strongest link first, each with its best link score. */
function counterpartsOf(source: number, links: readonly Link[], readings: ReadonlyMap<number, Reading>): Counterpart[] {
  const best = new Map<number, number>();
  for (const link of links) {
    if (!link.source.some((s) => s === source)) continue;
    for (const t of link.target) best.set(t, Math.max(best.get(t) ?? 0, link.score));
  }
  const out: Counterpart[] = [];
  for (const [target, score] of best) {
    const reading = readings.get(target);
    if (reading) out.push({ target, score, reading });
  }
  return out.sort((a, b) => b.score - a.score || a.target - b.target);
}

type Decided = Pick<PledgeVerdict, 'status' | 'qualifiers' | 'confidence' | 'evidence'>;

function verdict(
  pledge: Reading,
  counterparts: readonly Counterpart[],
  targets: ReadonlyMap<number, Unit>,
  language: Language,
  topicInTarget: boolean,
): Decided {
  if (counterparts.length === 0) {
    // Nothing linked: firmer when nothing in the target even names the pledge's topic.
    return { status: 'dropped', qualifiers: [], confidence: topicInTarget ? 0.5 : 0.75, evidence: [] };
  }
  const abandoned = counterparts.filter((c) => c.reading.negated !== pledge.negated);
  const done = counterparts.filter((c) => c.reading.mood === 'completion' && c.reading.negated === pledge.negated);
  const again = counterparts.filter((c) => c.reading.mood === 'commitment' && c.reading.negated === pledge.negated);
  const evidence = (cs: readonly Counterpart[]): Evidence[] => cs.map((c) => ({ target: asTarget(c.target), cue: c.reading.cue ?? '' }));
  const cues = CUES[language];
  const extended = again.some((c) => cues.extension.test(targets.get(c.target)!.text));
  const narrowed = again.some((c) => cues.narrowing.test(targets.get(c.target)!.text));
  const qualifiers = (...extra: Qualifier[]): Qualifier[] => [
    ...(extended ? (['extended'] as const) : []),
    ...(narrowed && !extended ? (['narrowed'] as const) : []),
    ...extra,
  ];
  const strength = (cs: readonly Counterpart[]): number => Math.min(1, Math.max(...cs.map((c) => c.score)) / FIRM_LINK);
  // An inherited cue ("have taken concrete measures, including: …") is good evidence, but one step removed.
  const inherited = (cs: readonly Counterpart[]): number => (cs.every((c) => c.reading.fromLead) ? 0.1 : 0);
  if (abandoned.length > 0 && (abandoned[0]!.score >= (done[0]?.score ?? 0) && abandoned[0]!.score >= (again[0]?.score ?? 0))) {
    return { status: 'dropped', qualifiers: ['negated'], confidence: clamp(0.45 + 0.4 * strength(abandoned)), evidence: evidence(abandoned) };
  }
  if (done.length > 0) {
    // Reported done and promised again: both readings hold, and the confidence says so.
    const twoWays = again.length > 0 && !extended ? 0.2 : 0;
    return {
      status: 'completed',
      qualifiers: qualifiers(),
      confidence: clamp(0.5 + 0.4 * strength(done) - inherited(done) - twoWays),
      evidence: [...evidence(done), ...evidence(again)],
    };
  }
  if (again.length > 0) {
    return { status: 'carried_forward', qualifiers: qualifiers(), confidence: clamp(0.5 + 0.4 * strength(again) - inherited(again)), evidence: evidence(again) };
  }
  // Linked only to statements: the subject is still there, but nothing is promised or reported of it.
  return { status: 'carried_forward', qualifiers: [], confidence: clamp(0.2 + 0.2 * strength(counterparts)), evidence: evidence(counterparts.slice(0, 1)).map((e) => ({ ...e, cue: '(mentioned)' })) };
}

const clamp = (x: number): number => Math.round(Math.min(0.95, Math.max(0.05, x)) * 100) / 100;

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
