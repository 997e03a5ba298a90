/**
 * `npm run bench:align`: alignment time per stage for 1k, 3k and 10k clauses
 * a side, on the compiled project, with naive all-pairs string-similarity
 * beside it where that takes at most 60 s.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'align-bench-'));
try {
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', join(tmp, 'src'), '--declaration', 'false', '--sourceMap', 'false'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  mkdirSync(join(tmp, 'bench'));
  // The worker and the seeded generator it imports, each transpiled beside the other.
  for (const name of ['align-worker', 'prng']) {
    const source = readFileSync(join(__dirname, `${name}.ts`), 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
    writeFileSync(join(tmp, 'bench', `${name}.js`), outputText);
  }
  const reportFile = join(tmp, 'report.json');
  // The compiled copy lives outside the project, so point it at the project's node_modules,
  // and put the word vectors, which tsc does not copy, beside the compiled similarity module.
  symlinkSync(join(ROOT, 'src', 'similarity', 'data', 'vectors-en.bin'), join(tmp, 'src', 'similarity', 'data', 'vectors-en.bin'));
  const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules') };
  const run = spawnSync(process.execPath, [join(tmp, 'bench', 'align-worker.js'), join(tmp, 'src'), reportFile], { cwd: ROOT, stdio: 'inherit', env });
  if (run.status !== 0) throw new Error(`alignment worker failed (exit ${run.status ?? run.signal})`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
    cases: Array<{
      n: number;
      sourceUnits: number;
      targetUnits: number;
      links: number;
      totalMs: number;
      stages: Record<string, number>;
      naiveMs: number | null;
      naiveEstimateMs: number;
    }>;
    peakRssMb: number;
  };
  const ms = (x: number | undefined): string => (x === undefined ? '-' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
  console.log(`Alignment, generated documents, compiled output, node ${process.version}; median of 3 runs per size\n`);
  console.log(
    ['clauses a side', 'segment', 'prepare', 'candidates', 'rescore', 'group', 'links', 'total', 'links found', 'naive all-pairs', 'naive / ours'].join(' | '),
  );
  for (const c of report.cases) {
    const naive = c.naiveMs ?? c.naiveEstimateMs;
    console.log(
      [
        `${c.n} × ${c.n}`,
        ms(c.stages.segment),
        ms(c.stages.prepare),
        ms(c.stages.candidates),
        ms(c.stages.rescore),
        ms(c.stages.group),
        ms(c.stages.links),
        ms(c.totalMs),
        String(c.links),
        c.naiveMs === null ? `not run (≈${ms(c.naiveEstimateMs)} at 17 µs a pair)` : ms(c.naiveMs),
        `${(naive / c.totalMs).toFixed(0)}×`,
      ].join(' | '),
    );
  }
  console.log(`\nPeak RSS: ${report.peakRssMb.toFixed(0)} MB`);
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench', 'results', 'align.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, ...report }, null, 2)}\n`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
