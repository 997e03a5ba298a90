/** Ranks with ties averaged, 1-based. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0]);
  const result = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j += 1;
    for (let k = i; k <= j; k += 1) result[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return result;
}

export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** @example spearman([1, 2, 3], [10, 20, 30]) // 1 */
export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(ranks(x), ranks(y));
}

/** Ridge least squares: solves (XᵀX + λI) w = Xᵀy by Gaussian elimination; the first column is the bias (not penalised). */
export function ridge(rows: readonly (readonly number[])[], targets: readonly number[], lambda: number): number[] {
  const d = rows[0]!.length;
  const a = Array.from({ length: d }, () => new Array<number>(d + 1).fill(0));
  rows.forEach((row, n) => {
    for (let i = 0; i < d; i += 1) {
      for (let j = 0; j < d; j += 1) a[i]![j]! += row[i]! * row[j]!;
      a[i]![d]! += row[i]! * targets[n]!;
    }
  });
  for (let i = 1; i < d; i += 1) a[i]![i]! += lambda;
  return solveAugmented(a);
}

/** Solves the linear system held as an augmented matrix [A | b] (changed in place) by Gauss–Jordan elimination with partial pivoting. */
export function solveAugmented(a: number[][]): number[] {
  const d = a.length;
  for (let col = 0; col < d; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < d; r += 1) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let r = 0; r < d; r += 1) {
      if (r === col) continue;
      const factor = a[r]![col]! / a[col]![col]!;
      for (let c = col; c <= d; c += 1) a[r]![c]! -= factor * a[col]![c]!;
    }
  }
  return a.map((row, i) => row[d]! / row[i]!);
}
