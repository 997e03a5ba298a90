/**
 * The measuring half of the segmentation benchmark. `run.ts` compiles src/
 * with tsc, transpiles this file with tsc's emitter, and runs it under plain
 * `node --expose-gc`: tsx's keep-names helper wraps every named inner
 * function, which would put its cost into the numbers we report.
 *
 * Usage: node segment.js <compiled text/index.js> <seeds dir> <report.json>
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type * as Text from '../src/text';
import { hostileCases, ordinaryCases, type BenchCase, type CaseGroup } from './cases';

export interface CaseResult {
  readonly name: string;
  readonly group: CaseGroup;
  readonly mode: Text.SegmentationMode;
  /** UTF-8 size of the input; MB/s is computed from it with 1 MB = 10^6 bytes. */
  readonly bytes: number;
  readonly chars: number;
  readonly runs: number;
  readonly warmupMs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly mbPerSec: number;
  readonly units: number;
  /** Highest process RSS seen right after a run: its result, plus earlier runs' garbage not yet collected. */
  readonly rssMb: number;
  /** True when the overall time budget, not the case's own speed, cut the number of runs. */
  readonly capped: boolean;
}

export interface WorkerReport {
  /** The compiled module that was measured, so the caller can check it is not the tsx-loaded source. */
  readonly measuredModule: string;
  readonly baselineRssMb: number;
  /** resourceUsage().maxRSS: the true peak, including moments between our samples. */
  readonly peakRssMb: number;
  readonly totalMs: number;
  /** Wall time and CPU time of the whole worker process, to tell its load apart from other processes'. */
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly cases: readonly CaseResult[];
}

const MODES: readonly Text.SegmentationMode[] = ['clauses', 'sentences', 'lines'];
/** Runs a case gets when it is not slow. */
const MIN_RUNS = 5;
/**
 * 45 cases x (warm-up + runs) must fit in a minute on 2 cores, so a case
 * slower than this per MB gets fewer than MIN_RUNS runs.
 */
const SLOW_MS_PER_MB = 120;
/** A median of three still shrugs off one GC pause or scheduler hiccup; fewer only when time runs out. */
const FLOOR_RUNS = 3;
/** Odd, so that the median is a run that happened rather than an average of two. */
const MAX_RUNS = 7;
/**
 * Leaves room for compiling (~5 s) inside the one-minute limit. It is shared
 * out by input size as the cases go, so on a slow or busy machine every case
 * loses runs a little instead of the last cases getting one run each.
 */
const WORKER_BUDGET_MS = 40_000;
/** Spent before the first case, outside the measuring budget; see warmUpJit. */
const JIT_WARMUP_MS = 1500;
const MB = 1_000_000;

const gc = (globalThis as { gc?: () => void }).gc;
const round = (n: number, digits: number): number => Number(n.toFixed(digits));
const rssMb = (): number => process.memoryUsage.rss() / 2 ** 20;

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The tsx helper must not have reached the measured code; fail loudly rather than print distorted numbers. */
function assertPlainCompiledJs(modulePath: string): void {
  const wrapped = /__name\(/;
  const dir = dirname(modulePath);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    if (wrapped.test(readFileSync(join(dir, file), 'utf8'))) throw new Error(`${file} carries the keep-names helper`);
  }
  if (wrapped.test(readFileSync(__filename, 'utf8'))) throw new Error('the worker itself carries the keep-names helper');
}

function timeOnce(segment: typeof Text.segment, text: string, mode: Text.SegmentationMode): { ms: number; units: number; rss: number } {
  const t0 = performance.now();
  const doc = segment(text, { mode });
  const ms = performance.now() - t0;
  return { ms, units: doc.units.length, rss: rssMb() };
}

/**
 * In a fresh process the first few 1 MB runs were up to 3x slower than later
 * ones (V8 tiering up, heap growing), more than one warm-up run per case
 * absorbs. Cycling the modes over ordinary text first gets that out of the way.
 */
function warmUpJit(segment: typeof Text.segment, text: string, ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) for (const mode of MODES) segment(text, { mode });
}

function measure(segment: typeof Text.segment, benchCase: BenchCase, text: string, mode: Text.SegmentationMode, deadline: number, share: number): CaseResult {
  const bytes = Buffer.byteLength(text, 'utf8');
  // Collect the previous case's garbage before its warm-up, not before every run: a forced full GC
  // shrinks the heap, and the run after it pays to regrow it (1 MB cases measured ~1.5x slower).
  // Timed runs thus see the steady state: each collects the garbage of the one before, as in a server.
  gc?.();
  const warm = timeOnce(segment, text, mode);
  const perRun = Math.max(warm.ms, 0.01);
  const wanted = Math.min(MAX_RUNS, Math.max(FLOOR_RUNS, Math.floor((MIN_RUNS * SLOW_MS_PER_MB * (bytes / MB)) / perRun)));
  // Twice the fair share: most cases finish well inside theirs, and the surplus only reaches later cases otherwise.
  const affordable = Math.max(1, Math.floor((2 * (deadline - performance.now()) * share) / perRun));
  const runs = Math.min(wanted, affordable);
  const times: number[] = [];
  let peak = warm.rss;
  for (let r = 0; r < runs; r += 1) {
    const run = timeOnce(segment, text, mode);
    // The segmenter is deterministic; a different count would mean the timings measure different work.
    if (run.units !== warm.units) throw new Error(`${benchCase.name}/${mode}: ${run.units} units, warm-up had ${warm.units}`);
    times.push(run.ms);
    peak = Math.max(peak, run.rss);
  }
  times.sort((a, b) => a - b);
  const med = median(times);
  return {
    name: benchCase.name,
    group: benchCase.group,
    mode,
    bytes,
    chars: text.length,
    runs,
    warmupMs: round(warm.ms, 2),
    medianMs: round(med, 2),
    minMs: round(times[0] as number, 2),
    maxMs: round(times[times.length - 1] as number, 2),
    mbPerSec: round(bytes / MB / (med / 1000), 2),
    units: warm.units,
    rssMb: round(peak, 1),
    capped: runs < wanted,
  };
}

function main(argv: readonly string[]): void {
  const [modulePath, seedsDir, outFile] = argv;
  if (!modulePath || !seedsDir || !outFile) throw new Error('usage: segment.js <text/index.js> <seeds dir> <report.json>');
  const measuredModule = require.resolve(modulePath);
  assertPlainCompiledJs(measuredModule);
  const { segment } = require(measuredModule) as typeof Text;
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  if (seeds.length === 0) throw new Error(`no seed documents in ${seedsDir}`);

  const all = [...ordinaryCases(seeds), ...hostileCases()];
  warmUpJit(segment, (all[0] as BenchCase).build().slice(0, 100_000), JIT_WARMUP_MS);
  gc?.();
  const baselineRssMb = round(rssMb(), 1);
  const start = performance.now();
  const deadline = start + WORKER_BUDGET_MS;
  const cases: CaseResult[] = [];
  let mbLeft = all.reduce((sum, c) => sum + c.mb * MODES.length, 0);
  for (const benchCase of all) {
    const text = benchCase.build();
    for (const mode of MODES) {
      cases.push(measure(segment, benchCase, text, mode, deadline, benchCase.mb / mbLeft));
      mbLeft -= benchCase.mb;
    }
  }
  const usage = process.resourceUsage();
  const report: WorkerReport = {
    measuredModule,
    baselineRssMb,
    peakRssMb: round(usage.maxRSS / 1024, 1),
    totalMs: round(performance.now() - start, 0),
    wallMs: round(performance.now(), 0),
    cpuMs: round((usage.userCPUTime + usage.systemCPUTime) / 1000, 0),
    cases,
  };
  writeFileSync(outFile, JSON.stringify(report));
}

if (require.main === module) main(process.argv.slice(2));
