/**
 * `npm run bench:startup`: how fast each entry point starts, on the compiled
 * project (tsx's loader would time itself, not the code). Three figures, each
 * over RUNS fresh processes after one warm-up: importing the text and
 * alignment core (timed inside the process, so node's own start is left out),
 * `cli segment` on a seed (the whole process, as a user waits for it), and the
 * server from spawn to its first 200 on /healthz. Wall time is what a user
 * waits, but on a shared machine it mostly measures the neighbours; the CPU
 * time the process itself used is beside it, steadier. Writes
 * bench/results/startup.json for the README.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const RUNS = Math.max(5, Number(process.env.STARTUP_RUNS ?? 7));
const SEED = 'seeds/000_3d6fc5ffe27e3c96.txt';
/** The targets of issue 17, in milliseconds. */
const TARGETS = { coreImport: 100, cliSegment: 300, serverReady: 1500 } as const;

interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

const spread = (values: readonly number[]): Spread => {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (x: number): number => Math.round(x * 10) / 10;
  return { min: round(sorted[0]!), median: round(sorted[Math.floor(sorted.length / 2)]!), max: round(sorted.at(-1)!) };
};

interface Sample {
  readonly wall: number;
  readonly cpu?: number;
}

/** One warm-up (disk cache), then RUNS counted. */
async function measure(run: () => Sample | Promise<Sample>): Promise<{ wall: Spread; cpu?: Spread }> {
  await run();
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i += 1) samples.push(await run());
  const cpu = samples.flatMap((s) => (s.cpu === undefined ? [] : [s.cpu]));
  return { wall: spread(samples.map((s) => s.wall)), ...(cpu.length > 0 ? { cpu: spread(cpu) } : {}) };
}

const since = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** Milliseconds to require `modules` in a fresh process, as that process measures it. */
function importMs(dist: string, modules: readonly string[]): Sample {
  const requires = modules.map((m) => `require(${JSON.stringify(join(dist, m))});`).join('');
  const script = `const t = process.hrtime.bigint(), c = process.cpuUsage(); ${requires} const u = process.cpuUsage(c);
    process.stdout.write(JSON.stringify({ wall: Number(process.hrtime.bigint() - t) / 1e6, cpu: (u.user + u.system) / 1000 }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as Sample;
}

/** A whole process: wall time from spawn to exit, and the CPU time it used (written at exit by a preloaded hook). */
function processMs(args: readonly string[], dir: string): Sample {
  const cpuFile = join(dir, 'cpu.txt');
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--require', join(dir, 'cpu-at-exit.js'), ...args], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CPU_FILE: cpuFile },
  });
  const wall = since(start);
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status ?? run.signal}`);
  return { wall, cpu: Number(readFileSync(cpuFile, 'utf8')) };
}

/** Spawn to the first 200 on /healthz; the port is read from the server's own "listening" log line. */
async function serverReadyMs(dir: string, dataDir: string): Promise<number> {
  const start = process.hrtime.bigint();
  const server = spawn(process.execPath, [join(dir, 'dist', 'server.js')], {
    cwd: dir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', API_KEYS: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => server.once('exit', () => done()));
  try {
    const port = await new Promise<number>((found, fail) => {
      let buffered = '';
      server.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        const match = /"msg":"listening"/u.test(buffered) && /"port":(\d+)/u.exec(buffered);
        if (match) found(Number(match[1]));
      });
      server.once('exit', (code) => fail(new Error(`the server exited (${code}) before listening`)));
    });
    for (;;) {
      const answer = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      if (answer?.status === 200) return since(start);
      await new Promise((wait) => setTimeout(wait, 5));
    }
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'startup-bench-'));
  try {
    const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
    const build = ['-p', 'tsconfig.build.json', '--outDir', join(dir, 'dist'), '--declaration', 'false', '--sourceMap', 'false'];
    execFileSync(process.execPath, [tsc, ...build], { cwd: ROOT, stdio: 'inherit' });
    // A checkout's layout after `npm run build`: the compiled code finds its packages, seeds and word vectors where it looks.
    for (const name of ['node_modules', 'seeds', 'src']) symlinkSync(join(ROOT, name), join(dir, name));
    const atExit = `process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeFileSync(process.env.CPU_FILE, String((u.user + u.system) / 1000)); });`;
    writeFileSync(join(dir, 'cpu-at-exit.js'), atExit);
    const dist = join(dir, 'dist');
    const load = { before: loadavg()[0]!, after: 0 };
    const results = {
      coreImport: await measure(() => importMs(dist, ['text', 'align'])),
      indexImport: await measure(() => importMs(dist, ['index'])),
      cliSegment: await measure(() => processMs([join(dist, 'cli.js'), 'segment', SEED], dir)),
      bareNode: await measure(() => processMs(['-e', '0'], dir)),
      serverReady: await measure(async () => ({ wall: await serverReadyMs(dir, join(dir, 'data')) })),
    };
    load.after = loadavg()[0]!;
    const cpu = cpus();
    const report = {
      date: new Date().toISOString(),
      machine: { cpus: cpu.length, model: cpu[0]?.model ?? 'unknown', node: process.version, platform: platform(), loadAverage: load },
      runs: RUNS,
      unit: 'ms',
      seed: SEED,
      targets: TARGETS,
      results,
      met: Object.fromEntries(Object.entries(TARGETS).map(([name, ms]) => [name, results[name as keyof typeof TARGETS].wall.median <= ms])),
    };
    console.log(`Start-up, compiled, node ${process.version}, ${cpu.length} × ${report.machine.model}, load ${load.before.toFixed(1)}; ${RUNS} runs each`);
    console.log(`${''.padEnd(58)} wall ms (min / median / max)     cpu ms (min / median / max)`);
    const what: Record<keyof typeof results, string> = {
      coreImport: 'import text + align (in-process)',
      indexImport: 'import the package root (in-process)',
      cliSegment: `node dist/cli.js segment ${SEED}`,
      bareNode: 'node -e 0 (the floor under the two above)',
      serverReady: 'server: spawn → 200 on /healthz',
    };
    const show = (s: Spread | undefined): string => (s ? `${s.min} / ${s.median} / ${s.max}` : '-').padEnd(32);
    for (const [name, s] of Object.entries(results)) {
      const target = TARGETS[name as keyof typeof TARGETS];
      console.log(`${what[name as keyof typeof results].padEnd(58)} ${show(s.wall)} ${show(s.cpu)}${target ? ` target ≤ ${target} wall` : ''}`);
    }
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench', 'results', 'startup.json'), `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
