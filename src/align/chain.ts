/**
 * The heaviest subset of pairs that is increasing in both coordinates: what
 * survives when links must keep document order. O(n log n) with a Fenwick
 * tree of prefix maxima over target positions.
 *
 * @example
 * heaviestChain([{ s: 0, t: 1, w: 1 }, { s: 1, t: 0, w: 2 }, { s: 2, t: 2, w: 1 }]) // the last two
 */
export function heaviestChain<P extends { readonly s: number; readonly t: number; readonly w: number }>(pairs: readonly P[]): P[] {
  if (pairs.length === 0) return [];
  const sorted = [...pairs].sort((a, b) => a.s - b.s || b.t - a.t);
  // reduce, not Math.max(...): spreading a six-figure pair list as arguments overflows the stack.
  const size = sorted.reduce((max, p) => Math.max(max, p.t), 0) + 2;
  const best = new Float64Array(size + 1);
  const at = new Int32Array(size + 1).fill(-1);
  const total = new Float64Array(sorted.length);
  const previous = new Int32Array(sorted.length).fill(-1);
  const query = (t: number): [number, number] => {
    let value = 0;
    let index = -1;
    for (let i = t; i > 0; i -= i & -i) if (best[i]! > value) [value, index] = [best[i]!, at[i]!];
    return [value, index];
  };
  const update = (t: number, value: number, index: number): void => {
    for (let i = t; i <= size; i += i & -i) if (value > best[i]!) [best[i], at[i]] = [value, index];
  };
  // Pairs of one source are visited with targets descending, so two pairs of one source never chain.
  let group: Array<[number, number, number]> = [];
  const flush = (): void => {
    for (const [t, value, index] of group) update(t, value, index);
    group = [];
  };
  sorted.forEach((pair, i) => {
    if (i > 0 && sorted[i - 1]!.s !== pair.s) flush();
    const [value, index] = query(pair.t); // strictly smaller targets: Fenwick position t+1 holds target t
    total[i] = value + pair.w;
    previous[i] = index;
    group.push([pair.t + 1, total[i]!, i]);
  });
  flush();
  let end = 0;
  for (let i = 1; i < sorted.length; i += 1) if (total[i]! > total[end]!) end = i;
  const chain: P[] = [];
  for (let i = end; i >= 0; i = previous[i]!) chain.push(sorted[i]!);
  return chain.reverse();
}
