/**
 * `npx tsx scripts/gold-merge.ts PAIR`: the first draft of a reconciled gold
 * from the two independent annotations. Where they agree it is settled; where
 * they differ, the draft keeps both readings and lists the point under
 * `disputes` for an adjudicator, who decides each one by reading the texts
 * and then deletes the list. Writes corpora/communiques/PAIR.gold.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGold, overlaps, quotesIn, spansOf, type GoldFile, type GoldPledge, type Span } from './gold/format';

const pair = process.argv[2];
if (!pair) throw new Error('usage: gold-merge PAIR');
const DIR = join(__dirname, '..', 'corpora', 'communiques');
const a = loadGold(join(DIR, 'annotations', `${pair}.A.json`));
const b = loadGold(join(DIR, 'annotations', `${pair}.B.json`));
const spanMap = (text: string, gold: GoldFile, side: 'source' | 'target'): Map<string, Span> => {
  const quotes = quotesIn(gold, side);
  const spans = spansOf(text, quotes);
  return new Map(quotes.map((q, i) => [q, spans[i]!]));
};
const [sa, sb] = [spanMap(a.sourceText, a.gold, 'source'), spanMap(a.sourceText, b.gold, 'source')];
const [ta, tb] = [spanMap(a.targetText, a.gold, 'target'), spanMap(a.targetText, b.gold, 'target')];

const disputes: string[] = [];
const pledges: GoldPledge[] = [];
const eitherWay: string[] = [];
const usedB = new Set<string>();
const unionEvidence = (x: readonly string[], y: readonly string[]): string[] => [...x, ...y.filter((e) => !x.some((f) => overlaps(ta.get(f)!, tb.get(e)!)))];
for (const p of a.gold.pledges) {
  const span = sa.get(p.quote)!;
  const q = b.gold.pledges.find((x) => !usedB.has(x.quote) && overlaps(span, sb.get(x.quote)!));
  if (q) {
    usedB.add(q.quote);
    const alsoAcceptable = [...new Set([...p.alsoAcceptable, ...q.alsoAcceptable, ...(q.status !== p.status ? [q.status] : [])])].filter((s) => s !== p.status);
    if (q.status !== p.status) disputes.push(`status of "${p.quote}": A ${p.status}, B ${q.status} (draft keeps A's, B's as also acceptable)`);
    pledges.push({ ...p, alsoAcceptable, evidence: unionEvidence(p.evidence, q.evidence), why: p.why === q.why ? p.why : `A: ${p.why} / B: ${q.why}` });
  } else if (b.gold.pledgesEitherWay.some((e) => overlaps(span, sb.get(e)!))) {
    eitherWay.push(p.quote);
  } else {
    disputes.push(`pledge only in A: "${p.quote}" (draft keeps it)`);
    pledges.push(p);
  }
}
for (const q of b.gold.pledges.filter((x) => !usedB.has(x.quote))) {
  const span = sb.get(q.quote)!;
  if (a.gold.pledgesEitherWay.some((e) => overlaps(span, sa.get(e)!))) eitherWay.push(q.quote);
  else if (!a.gold.pledges.some((p) => overlaps(span, sa.get(p.quote)!))) {
    disputes.push(`pledge only in B: "${q.quote}" (draft keeps it)`);
    pledges.push(q);
  }
}
for (const e of [...a.gold.pledgesEitherWay, ...b.gold.pledgesEitherWay]) {
  const span = (sa.get(e) ?? sb.get(e))!;
  const covered = [...pledges.map((p) => p.quote), ...eitherWay].some((x) => overlaps(span, (sa.get(x) ?? sb.get(x))!));
  if (!covered) eitherWay.push(e);
}
const newPledges: string[] = [];
const newEitherWay: string[] = [];
const tspan = (q: string): Span => (ta.get(q) ?? tb.get(q))!;
const inB = (q: string, list: readonly string[]): boolean => list.some((x) => overlaps(tspan(q), tb.get(x)!));
const inA = (q: string, list: readonly string[]): boolean => list.some((x) => overlaps(tspan(q), ta.get(x)!));
const evidenceB = b.gold.pledges.flatMap((p) => p.evidence);
const evidenceA = a.gold.pledges.flatMap((p) => p.evidence);
for (const q of a.gold.newPledges) {
  if (inB(q, b.gold.newPledges)) newPledges.push(q);
  else if (inB(q, b.gold.newEitherWay)) newEitherWay.push(q);
  else {
    disputes.push(`new pledge only in A: "${q}"${inB(q, evidenceB) ? ' (B uses it as evidence)' : ''} (draft keeps it as new either way)`);
    newEitherWay.push(q);
  }
}
for (const q of b.gold.newPledges.filter((x) => !inA(x, a.gold.newPledges))) {
  if (inA(q, a.gold.newEitherWay)) newEitherWay.push(q);
  else {
    disputes.push(`new pledge only in B: "${q}"${inA(q, evidenceA) ? ' (A uses it as evidence)' : ''} (draft keeps it as new either way)`);
    newEitherWay.push(q);
  }
}
for (const q of [...a.gold.newEitherWay, ...b.gold.newEitherWay]) {
  if (![...newPledges, ...newEitherWay].some((x) => overlaps(tspan(q), tspan(x)))) newEitherWay.push(q);
}
const gold = {
  pair,
  annotator: 'reconciled from A and B',
  source: a.gold.source,
  target: a.gold.target,
  disputes,
  pledges,
  pledgesEitherWay: eitherWay,
  newPledges,
  newEitherWay,
};
writeFileSync(join(DIR, `${pair}.gold.json`), `${JSON.stringify(gold, null, 2)}\n`);
console.log(
  `${pair}: ${pledges.length} pledges, ${eitherWay.length} either way, ${newPledges.length} new, ${newEitherWay.length} new either way; ${disputes.length} disputes`,
);
for (const d of disputes) console.log(`  - ${d}`);
