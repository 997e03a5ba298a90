/** What every README figure block is made with: the stored results, and the table and number formats. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const RESULTS = join(__dirname, '..', '..', 'bench', 'results');

/** The targets the project was asked to meet; each block says plainly whether its figure meets them. */
export const TARGETS = {
  deplainNoOptionsF1: 0.68,
  deplainMonotoneF1: 0.7,
  align3kMs: 1_000,
  align10kMs: 3_000,
  // Real statements, the whole comparison with verdicts (issue 16).
  real10kMs: 2_500,
  real20kMs: 4_000,
  real20kRssMb: 1_024,
  real20kOver10k: 2.2,
  segmentMbPerSec: 20,
  // Pledge verdicts on every dev and held-out pair (issue 12); the seed pair has a higher bar.
  pledgeQuality: 0.85,
  seedQuality: 0.9,
  preferredShare: 0.7,
  newFoundShare: 0.8,
} as const;

export const read = <T>(file: string): T | undefined =>
  existsSync(join(RESULTS, file)) ? (JSON.parse(readFileSync(join(RESULTS, file), 'utf8')) as T) : undefined;
export const pct = (x: number, of: number): string => (of === 0 ? '—' : `${Math.round((100 * x) / of)} %`);
export const fixed = (x: number, digits = 2): string => x.toFixed(digits);
export const seconds = (ms: number): string => (ms >= 100_000 ? `${Math.round(ms / 1000).toLocaleString('en')} s` : `${(ms / 1000).toFixed(2)} s`);
export const row = (cells: ReadonlyArray<string | number>): string => `| ${cells.join(' | ')} |`;
export const table = (head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
export const sum = <T>(items: readonly T[], of: (t: T) => number): number => items.reduce((n, t) => n + of(t), 0);
