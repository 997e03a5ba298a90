/**
 * `npx tsx scripts/evidence-recall.ts`: where the pledge stage loses a gold counterpart, on the seed pair and the DEV
 * communiqué pairs (never the held-out ones). For each gold pledge the product finds whose gold names a counterpart: is
 * a gold evidence clause among the candidates weighed at all, is it the most probable, does it clear the model's
 * level? And the two costs of a lower level: pledges the gold calls dropped that get a firm candidate, and gold new
 * pledges that are some pledge's firm candidate (a clause cited as evidence is no new pledge). In-sample: the model
 * was fitted on these pairs.
 */
import { segmentInput } from '../src/align';
import { alignForPledges } from '../src/pledges/compare';
import { DEFAULT_EVIDENCE_MODEL } from '../src/pledges/evidence';
import { weighPledges } from '../src/pledges/verdicts';
import type { Unit } from '../src/text';
import { overlaps, quotesIn, spansOf } from './gold/format';
import { communiquePairs, seedPair } from './gold/pairs';

const { firm } = DEFAULT_EVIDENCE_MODEL;
// Each line's count, and how many of those are list items (a clause under a lead that ends in a colon): an item states
// its action and leaves its subject to the lead, so its counterpart is the harder to find.
const counts = new Map<string, { all: number; items: number }>();
const count = (key: string, item = false): void => {
  const c = counts.get(key) ?? { all: 0, items: 0 };
  counts.set(key, { all: c.all + 1, items: c.items + (item ? 1 : 0) });
};

for (const pair of [seedPair(), ...communiquePairs(['dev'])]) {
  const { gold } = pair;
  const source = segmentInput({ text: pair.sourceText, date: gold.source.date });
  const target = segmentInput({ text: pair.targetText, date: gold.target.date });
  const { input } = alignForPledges(source, target);
  const { weighed, pledgeUnits } = weighPledges(input);
  const sq = quotesIn(gold, 'source');
  const ss = spansOf(pair.sourceText, sq);
  const tq = quotesIn(gold, 'target');
  const ts = spansOf(pair.targetText, tq);
  const targetUnit = new Map<number, Unit>(target.units.map((u) => [u.index, u]));
  for (const g of gold.pledges) {
    const unit = pledgeUnits.find((u) => overlaps(ss[sq.indexOf(g.quote)]!, u));
    if (!unit) continue;
    const item = unit.lead !== undefined;
    const weighedHere = [...(weighed.get(unit.index) ?? [])].sort((a, b) => b.probability - a.probability);
    const top = weighedHere[0];
    const topFirm = top !== undefined && top.probability >= firm ? 'firm' : 'weak';
    if (g.status === 'dropped' || g.evidence.length === 0) {
      count(`gold dropped: most probable candidate ${topFirm}`, item);
      continue;
    }
    const evidence = g.evidence.map((q) => ts[tq.indexOf(q)]!);
    const isGold = (t: number): boolean => evidence.some((e) => overlaps(e, targetUnit.get(t)!));
    const goldFirm = weighedHere.some((c) => isGold(c.target) && c.probability >= firm) ? 'firm' : 'weak';
    if (!weighedHere.some((c) => isGold(c.target))) count(`gold counterpart not weighed; most probable ${topFirm}`, item);
    else if (isGold(top!.target)) count(`gold counterpart most probable, ${topFirm}`, item);
    else count(`gold counterpart weighed, not most probable (${goldFirm}); most probable ${topFirm}`, item);
  }
  const firmTargets = new Set([...weighed.values()].flat().flatMap((c) => (c.probability >= firm ? [c.target] : [])));
  for (const q of gold.newPledges) {
    const span = ts[tq.indexOf(q)]!;
    if (target.units.some((u) => firmTargets.has(u.index) && overlaps(span, u))) count('gold new pledge: a firm candidate of some pledge');
  }
}
console.log(' all  items');
for (const [key, n] of [...counts].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(`${String(n.all).padStart(4)}  ${String(n.items).padStart(5)}  ${key}`);
