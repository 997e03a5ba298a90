/**
 * `npm run bench:real`: the whole comparison with verdicts on real statements
 * (2021 against 2022, ../shared/corpora/wh-briefings) at 1k, 3k, 10k and 20k
 * clauses a side, stage by stage, with peak RSS, on the compiled project, one
 * size per child process; the naive all-pairs aligner's time extrapolated from
 * a timed sample beside it. Writes bench/results/real.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '..');
const CORPORA = resolve(process.env.CORPORA_DIR ?? join(ROOT, '..', 'shared', 'corpora'));
/**
 * Sizes and runs per size: three runs give a median on this noisy 2-core machine. Every size gets the same three: a
 * process's first comparison of large documents pays once for compiling, filling the per-word caches and growing the
 * heap (about 15 % at 10k), and a 20k figure from one such run set against a 10k median of warmed runs overstated
 * the 20k/10k ratio.
 */
const CASES = [
  { n: 1_000, runs: 3 },
  { n: 3_000, runs: 3 },
  { n: 10_000, runs: 3 },
  { n: 20_000, runs: 3 },
] as const;
/** BENCH_SIZES=1000,3000 runs only those sizes (for a quick look; the README table is the full run). */
const SIZES = process.env.BENCH_SIZES?.split(',').map(Number);
const STAGES = ['segment', 'prepare', 'candidates', 'rescore', 'group', 'links', 'read', 'evidence', 'verdicts'] as const;

interface CaseReport {
  n: number;
  megabytes: number[];
  clauses: number[];
  stages: Record<string, number>;
  totalMs: number;
  allTotalsMs: number[];
  links: number;
  pledges: number;
  newPledges: number;
  naive: { sampledPairs: number; usPerPair: number; estimateMs: number };
  peakRssMb: number;
}

if (!existsSync(join(CORPORA, 'wh-briefings', 'documents.jsonl.gz'))) {
  console.log(`Real-text benchmark skipped: no corpus at ${CORPORA} (set CORPORA_DIR).`);
  process.exit(0);
}

const tmp = mkdtempSync(join(tmpdir(), 'real-bench-'));
try {
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const dist = join(tmp, 'src');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', dist, '--declaration', 'false', '--sourceMap', 'false'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const source = readFileSync(join(__dirname, 'real-worker.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  mkdirSync(join(tmp, 'bench'));
  writeFileSync(join(tmp, 'bench', 'real-worker.js'), outputText);
  // The compiled copy lives outside the project: point it at the project's node_modules, and put beside it the vectors tsc does not copy.
  symlinkSync(join(ROOT, 'src', 'similarity', 'data', 'vectors-en.bin'), join(dist, 'similarity', 'data', 'vectors-en.bin'));
  const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules') };
  const reports: CaseReport[] = [];
  for (const { n, runs } of CASES.filter((c) => !SIZES || SIZES.includes(c.n))) {
    const file = join(tmp, `real-${n}.json`);
    // --expose-gc: each run starts from a collected heap, so its time and the peak RSS are one comparison's, not the last one's garbage too.
    const run = spawnSync(process.execPath, ['--expose-gc', join(tmp, 'bench', 'real-worker.js'), dist, String(n), ROOT, CORPORA, String(runs), file], {
      cwd: ROOT,
      stdio: 'inherit',
      env,
    });
    if (run.status !== 0) throw new Error(`real-text worker failed at ${n} (exit ${run.status ?? run.signal})`);
    reports.push(JSON.parse(readFileSync(file, 'utf8')) as CaseReport);
  }
  const ms = (x: number | undefined): string => (x === undefined ? '–' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, node ${process.version}`;
  const date = new Date().toISOString().slice(0, 10);
  console.log(`\nFull comparison with verdicts, real statements (2021 against 2022), compiled output; ${machine}; ${date}\n`);
  console.log(`| clauses a side | MB a side | ${STAGES.join(' | ')} | total | runs | peak RSS | naive all-pairs (extrapolated) |`);
  console.log(`|${'---|'.repeat(STAGES.length + 6)}`);
  for (const r of reports) {
    const mb = Math.max(...r.megabytes).toFixed(2);
    const naive = `≈ ${ms(r.naive.estimateMs)} (${r.naive.usPerPair.toFixed(1)} µs a pair × ${r.clauses[0]} × ${r.clauses[1]}; ${(r.naive.estimateMs / r.totalMs).toFixed(0)}×)`;
    console.log(
      `| ${r.clauses.join(' × ')} | ${mb} | ${STAGES.map((s) => ms(r.stages[s])).join(' | ')} | **${ms(r.totalMs)}** | ${r.allTotalsMs.map(ms).join(', ')} | ${r.peakRssMb.toFixed(0)} MB | ${naive} |`,
    );
  }
  const [ten, twenty] = [reports.find((r) => r.n === 10_000), reports.find((r) => r.n === 20_000)];
  if (ten && twenty) console.log(`\n20k / 10k time ratio: ${(twenty.totalMs / ten.totalMs).toFixed(2)} (linear would be about 2)`);
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', 'real.json'), `${JSON.stringify({ date, machine, cases: reports }, null, 2)}\n`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
