/**
 * Scores the product's pledge verdicts against a gold: the measure the pledge
 * issue reports (for each gold pledge: found, verdict acceptable, right
 * counterpart; their mean is the pledge quality), the preferred verdict, new
 * pledges found, and clauses wrongly taken for pledges.
 */
import type { Comparison } from '../../src/pledges';
import type { Unit } from '../../src/text';
import { overlaps, quotesIn, spansOf, type GoldFile, type Span } from './format';

export interface PairScore {
  readonly pair: string;
  readonly pledges: number;
  readonly found: number;
  readonly acceptable: number;
  readonly counterpart: number;
  /** Mean over gold pledges of (found + acceptable + counterpart) / 3. */
  readonly quality: number;
  readonly preferred: number;
  readonly newGold: number;
  readonly newFound: number;
  /** The gold's new pledges the product neither lists as new nor cites as evidence. */
  readonly newMissed: readonly string[];
  /** Product pledges in no gold pledge or either-way clause. */
  readonly falsePledges: readonly string[];
  /** Product new pledges in no gold new pledge, either-way, or pledge evidence clause. */
  readonly falseNew: readonly string[];
  readonly misses: readonly string[];
  /** Each found gold pledge's confidence and whether its verdict was acceptable: the reliability table's rows. */
  readonly judged: ReadonlyArray<{ readonly confidence: number; readonly acceptable: boolean }>;
}

/** A loaded gold in the communiqué format, with its two texts. */
export interface GoldPair {
  readonly gold: GoldFile;
  readonly sourceText: string;
  readonly targetText: string;
}

export function scorePair({ gold, sourceText, targetText }: GoldPair, result: Comparison): PairScore {
  const sourceQuotes = quotesIn(gold, 'source');
  const targetQuotes = quotesIn(gold, 'target');
  const sspan = new Map(sourceQuotes.map((q, i) => [q, spansOf(sourceText, sourceQuotes)[i]!]));
  const tspan = new Map(targetQuotes.map((q, i) => [q, spansOf(targetText, targetQuotes)[i]!]));
  const sourceUnits = new Map(result.source.clauses.map((u) => [u.index, u]));
  const targetUnits = new Map(result.target.clauses.map((u) => [u.index, u]));
  const unitSpan = (u: Unit): Span => ({ start: u.start, end: u.end });
  let found = 0;
  let acceptable = 0;
  let counterpart = 0;
  let preferred = 0;
  const misses: string[] = [];
  const judged: Array<{ confidence: number; acceptable: boolean }> = [];
  /** Gold evidence clauses the product cites for the pledge the gold cites them for. */
  const citedAsGold: Span[] = [];
  for (const p of gold.pledges) {
    const span = sspan.get(p.quote)!;
    // A product unit holding two gold pledges (a sentence the gold splits and the product does not) finds both, with one verdict.
    const verdict = result.pledges.find((v) => overlaps(span, unitSpan(sourceUnits.get(v.source)!)));
    if (!verdict) {
      misses.push(`not found: "${p.quote}"`);
      continue;
    }
    found += 1;
    const ok = [p.status, ...p.alsoAcceptable].includes(verdict.status);
    if (ok) acceptable += 1;
    judged.push({ confidence: verdict.confidence, acceptable: ok });
    if (verdict.status === p.status) preferred += 1;
    const evidence = verdict.evidence.map((e) => unitSpan(targetUnits.get(e.target)!));
    const goldEvidence = p.evidence.map((q) => tspan.get(q)!);
    for (const g of goldEvidence) if (evidence.some((e) => overlaps(e, g))) citedAsGold.push(g);
    const right =
      p.status === 'dropped'
        ? evidence.length === 0 || evidence.some((e) => goldEvidence.some((g) => overlaps(e, g)))
        : evidence.some((e) => goldEvidence.some((g) => overlaps(e, g)));
    if (right) counterpart += 1;
    if (!ok || !right)
      misses.push(
        `${ok ? '' : `verdict ${verdict.status} (gold ${p.status}${p.alsoAcceptable.length ? `/${p.alsoAcceptable.join('/')}` : ''}) `}${right ? '' : 'counterpart wrong '}: "${p.quote.slice(0, 70)}"`,
      );
  }
  const pledgeLike = [...gold.pledges.map((p) => sspan.get(p.quote)!), ...gold.pledgesEitherWay.map((q) => sspan.get(q)!)];
  const falsePledges = result.pledges
    .map((v) => sourceUnits.get(v.source)!)
    .filter((u) => !pledgeLike.some((s) => overlaps(s, unitSpan(u))))
    .map((u) => u.text.slice(0, 90));
  const newSpans = gold.newPledges.map((q) => tspan.get(q)!);
  // A clause the gold lists as new and also cites as a pledge's evidence (a new commitment that carries an old one on)
  // counts as found in either role: a report shows a target clause as new or as evidence, never both.
  const isFound = (s: Span): boolean =>
    result.newPledges.some((n) => overlaps(s, unitSpan(targetUnits.get(n.target)!))) || citedAsGold.some((g) => overlaps(g, s));
  const newFound = newSpans.filter(isFound).length;
  const newMissed = gold.newPledges.filter((_, i) => !isFound(newSpans[i]!)).map((q) => q.slice(0, 90));
  const newLike = [...newSpans, ...gold.newEitherWay.map((q) => tspan.get(q)!), ...gold.pledges.flatMap((p) => p.evidence.map((q) => tspan.get(q)!))];
  const falseNew = result.newPledges
    .map((n) => targetUnits.get(n.target)!)
    .filter((u) => !newLike.some((s) => overlaps(s, unitSpan(u))))
    .map((u) => u.text.slice(0, 90));
  const n = gold.pledges.length;
  return {
    pair: gold.pair,
    pledges: n,
    found,
    acceptable,
    counterpart,
    quality: n === 0 ? 1 : (found + acceptable + counterpart) / (3 * n),
    preferred,
    newGold: newSpans.length,
    newFound,
    newMissed,
    falsePledges,
    falseNew,
    misses,
    judged,
  };
}
