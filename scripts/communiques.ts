/**
 * Counterpart accuracy on the DEV communiqué pairs: for each gold pledge with
 * gold evidence, is a gold evidence clause among the target clauses its
 * source clause is linked to, and is it the top link? The held-out pairs are
 * never read here.
 *
 *   npx tsx scripts/communiques.ts [OPTIONS-JSON]
 */
import { join } from 'node:path';
import { alignSegmented, segmentInput } from '../src/align/documents';
import type { AlignTextsOptions } from '../src/align/documents';
import type { Link } from '../src/align/types';
import type { Unit } from '../src/text';
import { loadGold, quotesIn, spansOf, type Span } from './gold/format';
import { COMMUNIQUE_PAIRS } from './gold/pairs';

/** The team's dev pairs, as `scripts/gold/pairs.ts` gives their roles; the held-out ones are never listed. */
export const DEV_PAIRS: readonly string[] = COMMUNIQUE_PAIRS.filter((p) => p.role === 'dev').map((p) => p.pair);

export interface CounterpartScore {
  readonly pair: string;
  /** Gold pledges that have gold evidence. */
  readonly pledges: number;
  /** …whose source clause links to a gold evidence clause, and whose best-scoring link does. */
  readonly linked: number;
  readonly top: number;
  readonly mode: string;
  readonly misses: string[];
}

const overlaps = (unit: Unit, span: Span): boolean => unit.start < span.end && unit.end > span.start;

export function counterparts(pair: string, options: AlignTextsOptions = {}): CounterpartScore {
  const { gold, sourceText, targetText } = loadGold(join(__dirname, '..', 'corpora', 'communiques', `${pair}.gold.json`));
  const sourceQuotes = quotesIn(gold, 'source');
  const targetQuotes = quotesIn(gold, 'target');
  const sourceSpans = new Map(sourceQuotes.map((q, i) => [q, spansOf(sourceText, sourceQuotes)[i]!]));
  const targetSpans = new Map(targetQuotes.map((q, i) => [q, spansOf(targetText, targetQuotes)[i]!]));
  const source = segmentInput({ text: sourceText, date: gold.source.date }, options);
  const target = segmentInput({ text: targetText, date: gold.target.date }, options);
  const alignment = alignSegmented(source, target, options);
  const byIndex = (units: readonly Unit[]) => new Map(units.map((u) => [u.index, u]));
  const sourceUnits = byIndex(source.units);
  const targetUnits = byIndex(target.units);
  let pledges = 0;
  let linked = 0;
  let top = 0;
  const misses: string[] = [];
  for (const pledge of gold.pledges) {
    if (pledge.evidence.length === 0) continue;
    pledges += 1;
    const span = sourceSpans.get(pledge.quote)!;
    const evidence = pledge.evidence.map((e) => targetSpans.get(e)!);
    const hits = (link: Link): boolean => link.target.some((t) => evidence.some((e) => overlaps(targetUnits.get(t)!, e)));
    const links = alignment.links.filter((l) => l.source.some((s) => overlaps(sourceUnits.get(s)!, span))).sort((a, b) => b.score - a.score);
    if (links.some(hits)) linked += 1;
    else misses.push(pledge.quote.slice(0, 60));
    if (links[0] && hits(links[0])) top += 1;
  }
  return { pair, pledges, linked, top, mode: alignment.order.mode, misses };
}

if (require.main === module) {
  const options = JSON.parse(process.argv[2] ?? '{}') as AlignTextsOptions;
  let total = { pledges: 0, linked: 0, top: 0 };
  for (const pair of DEV_PAIRS) {
    const r = counterparts(pair, options);
    total = { pledges: total.pledges + r.pledges, linked: total.linked + r.linked, top: total.top + r.top };
    console.log(`${pair}: ${r.linked}/${r.pledges} linked, ${r.top}/${r.pledges} top (${r.mode})`);
    if (process.env.SHOW_MISSES) for (const m of r.misses) console.log(`  missed: ${m}`);
  }
  console.log(`all: ${total.linked}/${total.pledges} linked, ${total.top}/${total.pledges} top`);
}
