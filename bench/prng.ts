/**
 * A deterministic PRNG (mulberry32): small, seeded, good enough to generate
 * documents and sample training windows, so every run sees the same numbers.
 *
 * @example
 * const random = prng(42); random() // a number in [0, 1), the same every time
 */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ (t + t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
