/** The speed blocks: real-text and generated alignment, start-up, segmentation. */
import { read, seconds, table, TARGETS } from './format';

export interface RealBench {
  date: string;
  machine: string;
  cases: Array<{
    n: number;
    megabytes: number[];
    totalMs: number;
    allTotalsMs: number[];
    links: number;
    pledges: number;
    newPledges: number;
    naive: { estimateMs: number };
    peakRssMb: number;
    stages: Record<string, number>;
  }>;
}
export interface AlignBench {
  date: string;
  node: string;
  cases: Array<{ n: number; totalMs: number; allTotalsMs: number[]; naiveMs: number | null; naiveEstimateMs: number; rssMb: number }>;
}

export function speed(): string {
  const real = read<RealBench>('real.json');
  const generated = read<AlignBench>('align.json');
  const parts: string[] = [];
  if (real) {
    const sizes = [1_000, 3_000, 10_000, 20_000];
    parts.push(
      `Real statements (White House briefings, 2021 against 2022), the whole comparison with verdicts, \`npm run bench:real\`, ${real.date}, ${real.machine}:\n\n${table(
        [
          'clauses a side',
          'MB (source, target)',
          'total (median; all runs)',
          'slowest stage',
          'links / pledges / new',
          'peak RSS',
          'naive all-pairs, estimated',
        ],
        sizes.map((n) => {
          const c = real.cases.find((x) => x.n === n);
          if (!c) return [n.toLocaleString('en'), '—', 'not measured yet', '—', '—', '—', '—'];
          const [stage, ms] = Object.entries(c.stages).sort((a, b) => b[1] - a[1])[0]!;
          return [
            n.toLocaleString('en'),
            c.megabytes.map((m) => m.toFixed(2)).join(', '),
            `**${seconds(c.totalMs)}**; ${c.allTotalsMs.map((m) => seconds(m)).join(', ')}`,
            `${stage} ${seconds(ms)}`,
            `${c.links} / ${c.pledges} / ${c.newPledges}`,
            `${Math.round(c.peakRssMb)} MB`,
            seconds(c.naive.estimateMs),
          ];
        }),
      )}`,
    );
  }
  if (generated) {
    const target = (n: number) => (n === 3_000 ? TARGETS.align3kMs : n === 10_000 ? TARGETS.align10kMs : undefined);
    parts.push(
      `Generated documents (\`npm run bench:align\`: alignment only), ${generated.date.slice(0, 10)}, Node ${generated.node.replace(/^v/, '')}:\n\n${table(
        ['clauses a side', 'total (median; all runs)', 'target', 'peak RSS', 'naive all-pairs'],
        generated.cases.map((c) => {
          const t = target(c.n);
          const verdict = t === undefined ? '—' : c.totalMs < t ? `under ${seconds(t)}: met` : `under ${seconds(t)}: **not met**`;
          return [
            c.n.toLocaleString('en'),
            `**${seconds(c.totalMs)}**; ${c.allTotalsMs.map((m) => seconds(m)).join(', ')}`,
            verdict,
            `${Math.round(c.rssMb)} MB`,
            c.naiveMs === null ? `≈${seconds(c.naiveEstimateMs)} (not run)` : seconds(c.naiveMs),
          ];
        }),
      )}`,
    );
  }
  return parts.length > 0 ? parts.join('\n\n') : 'Not measured yet.';
}

/** As bench/startup.ts (issue 17) writes it. */
interface Spread {
  min: number;
  median: number;
  max: number;
}

/** A start-up figure's wall and CPU times, whichever shape the file has. */
export const startupTimes = (r: Startup['results'][string]): { wall: Spread; cpu?: Spread } => ('wall' in r ? r : { wall: r });

export interface Startup {
  date: string;
  machine: { cpus: number; model: string; node: string; loadAverage?: { before: number; after: number } };
  runs: number;
  targets: Record<string, number>;
  /** Wall time, with the process's CPU time beside it where measured (earlier files held the wall figures alone). */
  results: Record<string, Spread | { wall: Spread; cpu?: Spread }>;
}
export const STARTUP_WORDS: Readonly<Record<string, string>> = {
  coreImport: 'import the text and align modules (in-process)',
  indexImport: 'import the package root (in-process)',
  cliSegment: '`cli segment` on a seed, the whole process',
  bareNode: '`node -e 0`, the floor under the process figures',
  serverReady: 'server: spawn to its first 200 on /healthz',
};

/** Written by `bench/startup.ts` (bench/results/startup.json); until it exists the README says so. */
export function startup(): string {
  const s = read<Startup>('startup.json');
  if (!s) return 'Not measured yet (bench/results/startup.json does not exist).';
  // A busy machine inflates every start-up figure: its load average is part of the figure.
  const load = s.machine.loadAverage ? ` (load average ${s.machine.loadAverage.before.toFixed(1)} on ${s.machine.cpus} cores)` : '';
  return `Measured ${s.date.slice(0, 10)}, ${s.machine.cpus} × ${s.machine.model}, Node ${s.machine.node.replace(/^v/, '')}${load}, ${s.runs} runs each:\n\n${table(
    ['what', 'wall time, median', 'wall time, min–max', 'CPU time, median', 'target (wall time)'],
    Object.entries(s.results).map(([name, r]) => {
      const { wall, cpu } = startupTimes(r);
      const t = s.targets[name];
      const verdict = t === undefined ? '—' : wall.median <= t ? `≤ ${t} ms: met` : `≤ ${t} ms: **not met**`;
      return [
        STARTUP_WORDS[name] ?? name,
        `${Math.round(wall.median)} ms`,
        `${Math.round(wall.min)}–${Math.round(wall.max)} ms`,
        cpu ? `${Math.round(cpu.median)} ms` : '—',
        verdict,
      ];
    }),
  )}`;
}

export interface SegmentBench {
  date: string;
  cpus: number;
  cpuModel: string;
  node: string;
  peakRssMb: number;
  cases: Array<{ name: string; mode: string; mbPerSec: number; medianMs: number }>;
}

/** Segmentation throughput, one row per input and a column per mode. */
export function segmentation(): string {
  const s = read<SegmentBench>('segment.json');
  if (!s) return 'Not measured yet: `npm run bench:segment` writes bench/results/segment.json.';
  const names = [...new Set(s.cases.map((c) => c.name))];
  const cell = (name: string, mode: string) => {
    const c = s.cases.find((x) => x.name === name && x.mode === mode);
    return c ? `${c.mbPerSec.toFixed(1)} MB/s (${Math.round(c.medianMs)} ms)` : '—';
  };
  return `\`npm run bench:segment\`, ${s.date.slice(0, 10)}, ${s.cpus} × ${s.cpuModel}, Node ${s.node.replace(/^v/, '')}; peak RSS ${Math.round(s.peakRssMb)} MB:\n\n${table(
    ['input', 'clauses', 'sentences', 'lines'],
    names.map((name) => [name, cell(name, 'clauses'), cell(name, 'sentences'), cell(name, 'lines')]),
  )}`;
}

interface LoadRun {
  date: string;
  machine: { cpus: number; model: string; node: string };
  rounds: number;
  seconds: number;
  scenarios: string[];
  rows: Array<{ round: number; scenario: string; rps: number; p50: number; p99: number; errors: number; rssMb: number }>;
  errors: number;
  flat: boolean;
}

/** `npm run load` (bench/load.ts): the real server on loopback, several rounds per scenario. */
export function load(): string {
  const l = read<LoadRun>('load.json');
  if (!l) return 'Not measured yet: `npm run load` writes bench/results/load.json.';
  const span = (xs: number[]) => `${Math.min(...xs)}–${Math.max(...xs)}`;
  const rows = l.scenarios.map((name) => {
    const mine = l.rows.filter((r) => r.scenario === name);
    return [
      name,
      span(mine.map((r) => r.rps)),
      span(mine.map((r) => r.p50)),
      span(mine.map((r) => r.p99)),
      mine.reduce((n, r) => n + r.errors, 0),
      mine.map((r) => r.rssMb).join(', '),
    ];
  });
  return `\`npm run load\`, ${l.date.slice(0, 10)}, ${l.machine.cpus} × ${l.machine.model}, Node ${l.machine.node.replace(/^v/, '')}; ${l.rounds} rounds of ${l.seconds} s per scenario:\n\n${table(
    ['scenario', 'req/s (min–max over rounds)', 'p50 ms', 'p99 ms', 'errors', 'server RSS MB after each round'],
    rows,
  )}\n\n${l.errors === 0 ? 'No errors' : `${l.errors} errors`}; server RSS ${l.flat ? 'flat' : '**growing**'} over the rounds.`;
}
