/**
 * Skip-gram with negative sampling (Mikolov et al. 2013), as word2vec's C
 * code does it — frequent-word subsampling, a random window, a unigram^0.75
 * noise table, a learning rate falling linearly — in plain TypeScript, so the
 * build needs no native tool. Seeded: the same corpus gives the same vectors.
 */
import { prng } from '../bench/prng';

export interface SkipGramOptions {
  readonly dims: number;
  readonly window: number;
  readonly negatives: number;
  readonly epochs: number;
  readonly minCount: number;
  readonly maxWords: number;
  readonly subsample: number;
  readonly rate: number;
}

export const SKIPGRAM_DEFAULTS: SkipGramOptions = {
  dims: 100,
  window: 5,
  negatives: 5,
  epochs: 3,
  minCount: 5,
  maxWords: 60_000,
  subsample: 1e-4,
  rate: 0.025,
};

export function trainSkipGram(
  sentences: readonly string[][],
  options: SkipGramOptions = SKIPGRAM_DEFAULTS,
): { words: string[]; counts: number[]; vectors: Float32Array; dims: number } {
  const { dims, window, negatives, epochs, subsample } = options;
  const counted = new Map<string, number>();
  for (const s of sentences) for (const w of s) counted.set(w, (counted.get(w) ?? 0) + 1);
  const vocab = [...counted]
    .filter(([, c]) => c >= options.minCount)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, options.maxWords);
  const words = vocab.map(([w]) => w);
  const counts = vocab.map(([, c]) => c);
  const ids = new Map(words.map((w, i) => [w, i]));
  const total = counts.reduce((s, c) => s + c, 0);
  const corpus = sentences.map((s) => Int32Array.from(s.map((w) => ids.get(w) ?? -1).filter((i) => i >= 0)));
  const keep = Float64Array.from(counts, (c) => {
    const f = c / total;
    return Math.min(1, (Math.sqrt(f / subsample) + 1) * (subsample / f));
  });
  // The noise distribution: unigram counts to the power 0.75, as a lookup table.
  const TABLE = 5_000_000;
  const table = new Int32Array(TABLE);
  const powered = counts.map((c) => c ** 0.75);
  const mass = powered.reduce((s, p) => s + p, 0);
  for (let i = 0, at = 0, cumulative = powered[0]! / mass; at < TABLE; at += 1) {
    table[at] = i;
    if (at / TABLE > cumulative && i < words.length - 1) cumulative += powered[++i]! / mass;
  }
  const random = prng(20_240_101);
  const input = new Float32Array(words.length * dims).map(() => (random() - 0.5) / dims);
  const output = new Float32Array(words.length * dims);
  const gradient = new Float32Array(dims);
  const steps = epochs * corpus.reduce((s, c) => s + c.length, 0);
  let done = 0;
  const started = Date.now();
  const kept = new Int32Array(1024);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (const sentence of corpus) {
      let n = 0;
      for (let i = 0; i < sentence.length && n < kept.length; i += 1) if (random() < keep[sentence[i]!]!) kept[n++] = sentence[i]!;
      done += sentence.length;
      const rate = Math.max(options.rate * 1e-4, options.rate * (1 - done / steps));
      for (let i = 0; i < n; i += 1) {
        const reach = 1 + Math.floor(random() * window);
        for (let j = Math.max(0, i - reach); j <= Math.min(n - 1, i + reach); j += 1) {
          if (j === i) continue;
          const from = kept[j]! * dims;
          gradient.fill(0);
          for (let k = 0; k <= negatives; k += 1) {
            const target = k === 0 ? kept[i]! : table[Math.floor(random() * TABLE)]!;
            if (k > 0 && target === kept[i]) continue;
            const to = target * dims;
            let dot = 0;
            for (let d = 0; d < dims; d += 1) dot += input[from + d]! * output[to + d]!;
            const g = ((k === 0 ? 1 : 0) - 1 / (1 + Math.exp(-Math.max(-6, Math.min(6, dot))))) * rate;
            for (let d = 0; d < dims; d += 1) {
              gradient[d] = gradient[d]! + g * output[to + d]!;
              output[to + d] = output[to + d]! + g * input[from + d]!;
            }
          }
          for (let d = 0; d < dims; d += 1) input[from + d] = input[from + d]! + gradient[d]!;
        }
      }
    }
    console.error(`skip-gram epoch ${epoch + 1}/${epochs}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return { words, counts, vectors: input, dims };
}
