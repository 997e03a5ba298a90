import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Word vectors in the compact binary form `scripts/build-vectors.ts` writes:
 * a header, the words (UTF-8, one a line), each word's unigram probability
 * (float32, for SIF weights), each vector's scale (float32) and the vectors
 * quantised to int8, then the corpus's common direction (float32 × dims).
 * Reading it is one file read and a Map of words — tens of milliseconds,
 * where parsing the vectors as JSON took 9–13 s.
 */
export interface WordVectors {
  readonly name: string;
  readonly dims: number;
  readonly size: number;
  /** The word's row, or −1. Words are lower-case. */
  row(word: string): number;
  /** Unigram probability of the row's word in the corpus its weights came from. */
  probability(row: number): number;
  /** Adds `weight` × the row's vector into `into`. */
  addTo(into: Float32Array, row: number, weight: number): void;
  /** The common direction of sentence vectors (unit length, or all zeros): SIF removes it. */
  readonly common: Float32Array;
}

const MAGIC = 0x31564343; // "CCV1", little-endian

/**
 * @example
 * const vectors = readVectors(readFileSync('src/similarity/data/vectors.bin'));
 * vectors.row('border') >= 0
 */
export function readVectors(buffer: Uint8Array, name = 'vectors'): WordVectors {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error(`${name}: not a word-vector file`);
  const size = view.getUint32(4, true);
  const dims = view.getUint32(8, true);
  const wordBytes = view.getUint32(12, true);
  let offset = 16;
  const words = new TextDecoder().decode(buffer.subarray(offset, offset + wordBytes)).split('\n');
  if (words.length !== size) throw new Error(`${name}: ${words.length} words for ${size} vectors`);
  offset += align4(wordBytes);
  // Copied into aligned arrays: a Buffer from readFileSync may start anywhere in its pool.
  const floats = (count: number): Float32Array => {
    const out = new Float32Array(count);
    for (let i = 0; i < count; i += 1) out[i] = view.getFloat32(offset + 4 * i, true);
    offset += 4 * count;
    return out;
  };
  const probabilities = floats(size);
  const scales = floats(size);
  const values = new Int8Array(buffer.buffer, buffer.byteOffset + offset, size * dims).slice();
  offset += align4(size * dims);
  const common = floats(dims);
  const rows = new Map<string, number>();
  words.forEach((word, i) => {
    rows.set(word, i);
  });
  return {
    name,
    dims,
    size,
    common,
    row: (word) => rows.get(word) ?? -1,
    probability: (row) => probabilities[row]!,
    addTo(into, row, weight) {
      const w = weight * scales[row]!;
      const from = row * dims;
      // Four dimensions a step: each is still its own sum, rounded to single precision as before, in fewer loop turns.
      let d = 0;
      for (; d + 4 <= dims; d += 4) {
        into[d] = into[d]! + w * values[from + d]!;
        into[d + 1] = into[d + 1]! + w * values[from + d + 1]!;
        into[d + 2] = into[d + 2]! + w * values[from + d + 2]!;
        into[d + 3] = into[d + 3]! + w * values[from + d + 3]!;
      }
      for (; d < dims; d += 1) into[d] = into[d]! + w * values[from + d]!;
    },
  };
}

/**
 * Writes vectors in the form `readVectors` reads. Each vector is stored
 * scaled to unit length, as int8: cosine is all the scorer asks of them.
 *
 * @example
 * writeVectors(['border', 'frontier'], [0.001, 0.0001], [v1, v2], new Float32Array(100))
 */
export function writeVectors(
  words: readonly string[],
  probabilities: ArrayLike<number>,
  vectors: readonly ArrayLike<number>[],
  common: ArrayLike<number>,
): Uint8Array {
  const dims = common.length;
  const wordBytes = new TextEncoder().encode(words.join('\n'));
  const size = words.length;
  const total = 16 + align4(wordBytes.length) + 8 * size + align4(size * dims) + 4 * dims;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, size, true);
  view.setUint32(8, dims, true);
  view.setUint32(12, wordBytes.length, true);
  out.set(wordBytes, 16);
  let offset = 16 + align4(wordBytes.length);
  for (let i = 0; i < size; i += 1) view.setFloat32(offset + 4 * i, probabilities[i]!, true);
  offset += 4 * size;
  const scalesAt = offset;
  offset += 4 * size;
  vectors.forEach((vector, i) => {
    let norm = 0;
    let max = 0;
    for (let d = 0; d < dims; d += 1) norm += vector[d]! * vector[d]!;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d += 1) max = Math.max(max, Math.abs(vector[d]! / norm));
    const scale = max / 127 || 1;
    view.setFloat32(scalesAt + 4 * i, scale, true);
    for (let d = 0; d < dims; d += 1) view.setInt8(offset + i * dims + d, Math.round(vector[d]! / norm / scale));
  });
  offset += align4(size * dims);
  for (let d = 0; d < dims; d += 1) view.setFloat32(offset + 4 * d, common[d]!, true);
  return out;
}

const align4 = (n: number): number => (n + 3) & ~3;

/** The shipped vectors: English, learned from or chosen for the kind of text the service reads (see the README). */
export const VECTORS_FILE = 'vectors-en.bin';

let shared: WordVectors | null | undefined;

/**
 * The process-wide English vectors, read on first use — in a worker, when the
 * first alignment runs there, never at start-up. `undefined` when the file is
 * absent (a checkout without it still works, on the other signals).
 */
export function sharedVectors(): WordVectors | undefined {
  if (shared === undefined) {
    const file = vectorsFile();
    shared = file ? readVectors(readFileSync(file), VECTORS_FILE) : null;
  }
  return shared ?? undefined;
}

/** Whether this thread has read the shared vectors: the server's own thread never should (they load in workers). */
export const vectorsLoaded = (): boolean => shared !== undefined;

let configuredFile: string | undefined;

/** Where to read the vectors from instead of the shipped file (VECTORS_FILE, through the configuration); before the first alignment. */
export function useVectorsFile(path: string | undefined): void {
  configuredFile = path;
}

/** The configured file; else beside this module in the sources; from dist/ (compiled), the same file in src/. */
function vectorsFile(): string | undefined {
  const candidates = [configuredFile, join(__dirname, 'data', VECTORS_FILE), join(__dirname, '..', '..', 'src', 'similarity', 'data', VECTORS_FILE)];
  return candidates.find((f): f is string => f !== undefined && f !== '' && existsSync(f));
}
