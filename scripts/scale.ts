/**
 * `npx tsx scripts/scale.ts`: where the English thresholds would sit on the
 * character model's own scale. Over the candidate pairs of the dev communiqué
 * pairs, each English threshold keeps some share of the candidates; the
 * character score that keeps the same share is its counterpart. It sets the
 * confident threshold (the order decision's evidence). It once set the free
 * one too (0.2, from the English 0.3), until German re-compositions made from
 * DEplain-web showed what that costs (scripts/deplain-recompose.ts).
 */
import { join } from 'node:path';
import { DEFAULT_THRESHOLDS } from '../src/align/align';
import { alignSegmented, segmentInput } from '../src/align/documents';
import { CONFIDENT_SCORE } from '../src/align/order';
import { CHARACTER_MODEL, createSimilarity } from '../src/similarity/model';
import { DEV_PAIRS } from './communiques';
import { loadGold } from './gold/format';

export function scaleCounterparts(): Array<{ name: string; english: number; share: number; characters: number }> {
  const english: number[] = [];
  const characters: number[] = [];
  for (const pair of DEV_PAIRS) {
    const { gold, sourceText, targetText } = loadGold(join(__dirname, '..', 'corpora', 'communiques', `${pair}.gold.json`));
    const source = segmentInput({ text: sourceText, date: gold.source.date }, {});
    const target = segmentInput({ text: targetText, date: gold.target.date }, {});
    let pairs: ReadonlyArray<{ source: number; target: number; score: number }> = [];
    alignSegmented(source, target, { onCandidates: (found) => (pairs = found) });
    const sim = createSimilarity(
      [...source.units, ...target.units].map((u) => u.text),
      { language: 'en', model: CHARACTER_MODEL },
    );
    const prepared = (units: typeof source.units) => new Map(units.map((u) => [u.index, sim.prepare(u.text)]));
    const [a, b] = [prepared(source.units), prepared(target.units)];
    for (const p of pairs) {
      english.push(p.score);
      characters.push(sim.score(a.get(p.source)!, b.get(p.target)!));
    }
  }
  const sorted = [...characters].sort((x, y) => y - x);
  return Object.entries({ free: DEFAULT_THRESHOLDS.free, confident: CONFIDENT_SCORE, monotone: DEFAULT_THRESHOLDS.monotone }).map(([name, threshold]) => {
    const share = english.filter((s) => s >= threshold).length / english.length;
    return { name, english: threshold, share, characters: sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]! };
  });
}

if (require.main === module) {
  for (const row of scaleCounterparts())
    console.log(
      `${row.name}: English ${row.english} keeps ${(100 * row.share).toFixed(1)} % of the candidates; characters ${row.characters.toFixed(3)} keep as many`,
    );
}
