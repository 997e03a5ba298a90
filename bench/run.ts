/**
 * Segmentation throughput benchmark: `npm run bench`.
 *
 * This file only orchestrates. tsx (which runs it) wraps named inner functions
 * in a keep-names helper that distorts timings, so the code under test is
 * compiled with `tsc -p tsconfig.build.json` into a temporary directory, and
 * the measuring worker (bench/segment.ts) runs on that output in a child
 * `node` process. Every number printed here is read from that worker's report.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import ts from 'typescript';
import type { CaseResult, WorkerReport } from './segment';

const ROOT = resolve(__dirname, '..');
const RESULTS = join(ROOT, 'bench', 'results', 'segment.json');
const WORKER_SOURCES = ['segment.ts', 'cases.ts'];

/** Compiles src/ exactly as `npm run build` would, minus the outputs a benchmark never reads. */
function compileProject(outDir: string): void {
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const args = ['-p', 'tsconfig.build.json', '--outDir', outDir, '--declaration', 'false', '--sourceMap', 'false'];
  execFileSync(process.execPath, [tsc, ...args], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Fingerprint of the measured sources (src/text, not the rest of src/ that
 * other work may be changing), so a result can be tied to an uncommitted tree.
 */
function hashSources(dir = join(ROOT, 'src', 'text')): string {
  const hash = createHash('sha256');
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else
        hash
          .update(`${full.slice(dir.length)}\0`)
          .update(readFileSync(full))
          .update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The worker only imports types from src/, so tsc's single-file emitter is
 * enough; a project build would refuse bench/ files outside rootDir `src`.
 */
function transpileWorker(outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  // Same language level as the code under test, so the worker's loop is compiled like src/.
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.build.json'), (f) => ts.sys.readFile(f));
  const { target } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options;
  for (const file of WORKER_SOURCES) {
    const source = readFileSync(join(__dirname, file), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: target ?? ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    writeFileSync(join(outDir, file.replace(/\.ts$/, '.js')), outputText);
  }
  return join(outDir, 'segment.js');
}

function runWorker(worker: string, textModule: string, reportFile: string): WorkerReport {
  const result = spawnSync(process.execPath, ['--expose-gc', worker, textModule, join(ROOT, 'seeds'), reportFile], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`benchmark worker failed (exit ${result.status ?? result.signal})`);
  return JSON.parse(readFileSync(reportFile, 'utf8')) as WorkerReport;
}

/** CPU time all cores spent busy since boot, in ms. */
function busyCpuMs(): number {
  return cpus().reduce((sum, { times }) => sum + times.user + times.nice + times.sys + times.irq, 0);
}

function git(args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function table(cases: readonly CaseResult[]): string {
  const header = ['group', 'case', 'mode', 'MB', 'runs', 'median ms', 'MB/s', 'units', 'RSS MB'];
  const rows = cases.map((c, k) => {
    // The case name is printed once per case, so the eye can follow its three modes.
    const first = k === 0 || cases[k - 1]?.name !== c.name;
    return [
      first ? c.group : '',
      first ? c.name : '',
      c.mode,
      (c.bytes / 1e6).toFixed(2),
      `${c.runs}${c.capped ? '*' : ''}`,
      c.medianMs.toFixed(1),
      c.mbPerSec.toFixed(2),
      String(c.units),
      c.rssMb.toFixed(0),
    ];
  });
  const numeric = [false, false, false, true, true, true, true, true, true];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map((r, k) => (k > 0 && r[0] !== '' ? `\n${line(r)}` : line(r)))].join('\n');
}

function summary(report: WorkerReport): string {
  const ordinary = report.cases.filter((c) => c.group === 'ordinary' && c.mode === 'clauses');
  const hostile = report.cases.filter((c) => c.group === 'hostile');
  const slowest = hostile.reduce((a, b) => (b.medianMs / b.bytes > a.medianMs / a.bytes ? b : a));
  const perMb = (slowest.medianMs * 1e6) / slowest.bytes;
  const ord = ordinary.map((c) => `${c.mbPerSec.toFixed(2)} MB/s (${(c.bytes / 1e6).toFixed(1)} MB)`).join(', ');
  return `Summary: ordinary text, clauses mode: ${ord}; slowest hostile case: ${slowest.name} [${slowest.mode}] ${perMb.toFixed(0)} ms for 1 MB.`;
}

function main(): void {
  const started = Date.now();
  const tmp = mkdtempSync(join(tmpdir(), 'segment-bench-'));
  try {
    const srcHash = hashSources();
    compileProject(join(tmp, 'src'));
    // An edit landing mid-compile would give a build that matches no state of src/text.
    if (hashSources() !== srcHash) throw new Error('src/text changed while it was being compiled; run the benchmark again');
    const textModule = join(tmp, 'src', 'text', 'index.js');
    const worker = transpileWorker(join(tmp, 'bench'));
    const busyBefore = busyCpuMs();
    const report = runWorker(worker, textModule, join(tmp, 'report.json'));
    // Other processes competing for the cores slow every case; measure them so a bad run can be recognised.
    const otherCores = Math.max(0, busyCpuMs() - busyBefore - report.cpuMs) / report.wallMs;
    // The worker resolves the module itself; check it measured the compiled copy and not src/*.ts.
    if (!report.measuredModule.startsWith(tmp + sep) || !report.measuredModule.endsWith('.js')) {
      throw new Error(`worker measured ${report.measuredModule}, not the compiled output in ${tmp}`);
    }

    const machine = cpus();
    const commit = git(['rev-parse', '--short=12', 'HEAD']) ?? 'no git';
    const srcDirty = (git(['status', '--porcelain', '--', 'src/text']) ?? '') !== '';
    process.stdout.write(
      `Segmentation throughput: node ${process.version}, ${machine.length} CPUs (${machine[0]?.model ?? 'unknown'}), ` +
        `commit ${commit}${srcDirty ? ` + uncommitted src/text (hash ${srcHash})` : ''}\n` +
        `Compiled output, median of warm runs, 1 MB = 10^6 bytes UTF-8, language auto-detected\n\n`,
    );
    process.stdout.write(`${table(report.cases)}\n\n`);
    if (report.cases.some((c) => c.capped)) process.stdout.write('* fewer runs than planned: the overall time budget ran out\n');
    if (otherCores >= 0.25) {
      process.stdout.write(`Warning: other processes kept ${otherCores.toFixed(2)} of ${cpus().length} cores busy meanwhile; these numbers are pessimistic\n`);
    }
    process.stdout.write(
      `Peak RSS (worker, resourceUsage().maxRSS): ${report.peakRssMb.toFixed(0)} MB; ` +
        `baseline ${report.baselineRssMb.toFixed(0)} MB; measuring took ${(report.totalMs / 1000).toFixed(1)} s, ` +
        `everything ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    process.stdout.write(`${summary(report)}\n`);

    const results = {
      benchmark: 'segment',
      date: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: machine.length,
      cpuModel: machine[0]?.model ?? 'unknown',
      otherProcessesCores: Number(otherCores.toFixed(2)),
      // Results of an uncommitted src/ are not reproducible from the commit alone; say so.
      git: { commit: git(['rev-parse', 'HEAD']) ?? null, srcTextDirty: srcDirty, srcTextHash: srcHash },
      method: {
        measured: 'tsc -p tsconfig.build.json output, in a child node --expose-gc process',
        statistic: 'median of timed runs after one warm-up; gc() before each warm-up, none between timed runs',
        mbDefinition: '10^6 bytes of UTF-8 input',
        language: 'auto-detected (segment() default)',
      },
      baselineRssMb: report.baselineRssMb,
      peakRssMb: report.peakRssMb,
      measureMs: report.totalMs,
      summary: summary(report),
      cases: report.cases,
    };
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`Results written to ${RESULTS.slice(ROOT.length + 1)}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
