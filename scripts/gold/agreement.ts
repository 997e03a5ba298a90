/**
 * Agreement between two independent annotations of one communiqué pair:
 * which source clauses are pledges, what became of each, their evidence, and
 * which target clauses are new pledges. Clauses are matched by overlapping
 * spans, so two annotators who quoted different words of one clause agree.
 */
import { readdirSync } from 'node:fs';
import { overlaps, quotesIn, spansOf, type GoldFile, type LoadedGold, type Span, type Status } from './format';

export interface Agreement {
  readonly pair: string;
  /** Pledges of A and B matched to each other, and those only one of them named (an either-way on the other side is neutral). */
  readonly pledges: { readonly both: number; readonly onlyA: number; readonly onlyB: number; readonly f1: number };
  /** On pledges both named: the same preferred status; each one's status acceptable to the other; Cohen's kappa on the preferred status. */
  readonly status: { readonly same: number; readonly compatible: number; readonly of: number; readonly kappa: number };
  /** On pledges both called completed or carried forward: at least one evidence clause in common. */
  readonly evidence: { readonly shared: number; readonly of: number };
  readonly newPledges: { readonly both: number; readonly onlyA: number; readonly onlyB: number; readonly f1: number };
}

interface Located<T> {
  readonly item: T;
  readonly span: Span;
}

/** Each quote's span, cut at the next quote of the same annotator in the same document. */
function spanner(text: string, all: readonly string[]): (q: string) => Span {
  const spans = new Map(all.map((q, i) => [q, spansOf(text, all)[i]!] as const));
  return (q) => spans.get(q)!;
}

const locate = <T>(span: (q: string) => Span, items: readonly T[], quoteOf: (t: T) => string): Located<T>[] =>
  items.map((item) => ({ item, span: span(quoteOf(item)) }));

function matchSets<T, U>(a: readonly Located<T>[], b: readonly Located<U>[], neutralA: readonly Span[], neutralB: readonly Span[]) {
  const pairs: Array<[T, U]> = [];
  const usedB = new Set<number>();
  let onlyA = 0;
  for (const x of a) {
    const j = b.findIndex((y, k) => !usedB.has(k) && overlaps(x.span, y.span));
    if (j >= 0) {
      usedB.add(j);
      pairs.push([x.item, b[j]!.item]);
    } else if (!neutralB.some((s) => overlaps(s, x.span))) onlyA += 1;
  }
  const onlyB = b.filter((y, k) => !usedB.has(k) && !neutralA.some((s) => overlaps(s, y.span))).length;
  const both = pairs.length;
  // Two annotators who both find none agree: F1 is 1 there, not 0 (it had read 0.00 for two pairs without new pledges).
  const f1 = both + onlyA + onlyB === 0 ? 1 : both === 0 ? 0 : (2 * both) / (2 * both + onlyA + onlyB);
  return { pairs, both, onlyA, onlyB, f1 };
}

/** Cohen's kappa over two label sequences. */
export function kappa(a: readonly string[], b: readonly string[]): number {
  const n = a.length;
  if (n === 0) return 0;
  const labels = [...new Set([...a, ...b])];
  const observed = a.filter((x, i) => x === b[i]).length / n;
  const expected = labels.reduce((sum, l) => sum + (a.filter((x) => x === l).length / n) * (b.filter((x) => x === l).length / n), 0);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

export function agreement(a: LoadedGold, b: LoadedGold): Agreement {
  const ga: GoldFile = a.gold;
  const gb: GoldFile = b.gold;
  const [srcA, srcB] = [spanner(a.sourceText, quotesIn(ga, 'source')), spanner(a.sourceText, quotesIn(gb, 'source'))];
  const [tgtA, tgtB] = [spanner(a.targetText, quotesIn(ga, 'target')), spanner(a.targetText, quotesIn(gb, 'target'))];
  const pa = locate(srcA, ga.pledges, (p) => p.quote);
  const pb = locate(srcB, gb.pledges, (p) => p.quote);
  const eitherA = ga.pledgesEitherWay.map(srcA);
  const eitherB = gb.pledgesEitherWay.map(srcB);
  const pledges = matchSets(pa, pb, eitherA, eitherB);
  const statusA: Status[] = [];
  const statusB: Status[] = [];
  let compatible = 0;
  let evidenceOf = 0;
  let evidenceShared = 0;
  for (const [x, y] of pledges.pairs) {
    statusA.push(x.status);
    statusB.push(y.status);
    if ([y.status, ...y.alsoAcceptable].includes(x.status) && [x.status, ...x.alsoAcceptable].includes(y.status)) compatible += 1;
    if (x.status !== 'dropped' && y.status !== 'dropped') {
      evidenceOf += 1;
      const ex = x.evidence.map(tgtA);
      const ey = y.evidence.map(tgtB);
      if (ex.some((s) => ey.some((t) => overlaps(s, t)))) evidenceShared += 1;
    }
  }
  const na = locate(tgtA, ga.newPledges, (q) => q);
  const nb = locate(tgtB, gb.newPledges, (q) => q);
  const newPledges = matchSets(na, nb, ga.newEitherWay.map(tgtA), gb.newEitherWay.map(tgtB));
  return {
    pair: ga.pair,
    pledges: { both: pledges.both, onlyA: pledges.onlyA, onlyB: pledges.onlyB, f1: pledges.f1 },
    status: { same: statusA.filter((s, i) => s === statusB[i]).length, compatible, of: statusA.length, kappa: kappa(statusA, statusB) },
    evidence: { shared: evidenceShared, of: evidenceOf },
    newPledges: { both: newPledges.both, onlyA: newPledges.onlyA, onlyB: newPledges.onlyB, f1: newPledges.f1 },
  };
}

/** The pairs annotated twice in `dir` (PAIR.A.json and PAIR.B.json), sorted. */
export function annotatedPairs(dir: string): string[] {
  const names = readdirSync(dir).filter((f) => /\.[AB]\.json$/u.test(f));
  return [...new Set(names.map((f) => f.replace(/\.[AB]\.json$/u, '')))].sort();
}
