/**
 * Every figure the README shows, formatted from the stored result files in
 * bench/results (nothing is measured here: the evals and benches that write those files
 * take minutes to hours). `npm run readme-figures` writes these blocks into the README
 * between `<!-- figures:NAME -->` and `<!-- /figures -->`; test/readme.test.ts fails when
 * the README holds anything else there, so a figure cannot go stale unseen.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../../src/limits';

export const RESULTS = join(__dirname, '..', '..', 'bench', 'results');

/** The targets the project was asked to meet; each block says plainly whether its figure meets them. */
export const TARGETS = { deplainNoOptionsF1: 0.68, deplainMonotoneF1: 0.7, align3kMs: 1_000, align10kMs: 3_000 } as const;

interface PledgePair {
  pair: string;
  pledges: number;
  found: number;
  acceptable: number;
  counterpart: number;
  quality: number;
  newGold: number;
  newFound: number;
  falsePledges: number;
  falseNew: number;
}
interface PledgeRun {
  date: string;
  pairs: PledgePair[];
  reliability: Array<{ band: string; verdicts: number; acceptable: number }>;
}
interface Agreement {
  date: string;
  pairs: Array<{ pair: string; both: number; onlyA: number; onlyB: number; pledgeF1: number; same: number; compatible: number; of: number; kappa: number; evidenceShared: number; evidenceOf: number; newF1: number }>;
}

const read = <T>(file: string): T | undefined => (existsSync(join(RESULTS, file)) ? (JSON.parse(readFileSync(join(RESULTS, file), 'utf8')) as T) : undefined);
const pct = (x: number, of: number): string => (of === 0 ? '—' : `${Math.round((100 * x) / of)} %`);
const fixed = (x: number, digits = 2): string => x.toFixed(digits);
const seconds = (ms: number): string => (ms >= 100_000 ? `${Math.round(ms / 1000).toLocaleString('en')} s` : `${(ms / 1000).toFixed(2)} s`);
const row = (cells: ReadonlyArray<string | number>): string => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const sum = <T>(items: readonly T[], of: (t: T) => number): number => items.reduce((n, t) => n + of(t), 0);

function pledgeTable(run: PledgeRun, label: string): string {
  const all = run.pairs;
  const rows = all.map((p) => [p.pair, p.pledges, `${p.found} (${pct(p.found, p.pledges)})`, `${p.acceptable} (${pct(p.acceptable, p.found)})`, p.counterpart, fixed(p.quality), `${p.newFound} / ${p.newGold}`, p.falsePledges, p.falseNew]);
  const total = ['**all**', sum(all, (p) => p.pledges), `${sum(all, (p) => p.found)} (${pct(sum(all, (p) => p.found), sum(all, (p) => p.pledges))})`, `${sum(all, (p) => p.acceptable)} (${pct(sum(all, (p) => p.acceptable), sum(all, (p) => p.found))})`, sum(all, (p) => p.counterpart), '', `${sum(all, (p) => p.newFound)} / ${sum(all, (p) => p.newGold)}`, sum(all, (p) => p.falsePledges), sum(all, (p) => p.falseNew)];
  return `${label}, measured ${run.date} (\`npx tsx scripts/pledge-eval.ts\`, stored in bench/results/pledges.json):\n\n${table(
    ['pair', 'gold pledges', 'found', 'verdict acceptable', 'right counterpart', 'quality', 'new pledges found / gold', 'false pledges', 'false new'],
    [...rows, total],
  )}`;
}

function reliability(dev: PledgeRun, held: PledgeRun): string {
  const bands = dev.reliability.map((b) => b.band);
  const of = (run: PledgeRun, band: string) => run.reliability.find((b) => b.band === band);
  return `How far the confidence can be trusted (share of verdicts acceptable to the gold, by the confidence the service gave):\n\n${table(
    ['confidence', 'dev (in-sample)', 'held-out'],
    bands.map((band) => {
      const [d, h] = [of(dev, band), of(held, band)];
      return [band, d ? `${pct(d.acceptable, d.verdicts)} of ${d.verdicts}` : '—', h ? `${pct(h.acceptable, h.verdicts)} of ${h.verdicts}` : '—'];
    }),
  )}`;
}

function agreement(): string {
  const stored = read<Agreement>('agreement.json');
  if (!stored) return 'Not measured yet: run `npm run readme-figures` where ../shared/corpora is present.';
  return `Two annotators marked each pair independently (A and B); measured ${stored.date} (\`npx tsx scripts/gold-agree.ts\`, stored in bench/results/agreement.json):\n\n${table(
    ['pair', 'pledges named by both (only A / only B)', 'pledge F1', 'same verdict', 'compatible verdict', 'κ (verdict)', 'shared evidence', 'new pledges F1'],
    stored.pairs.map((p) => [p.pair, `${p.both} (${p.onlyA} / ${p.onlyB})`, fixed(p.pledgeF1), pct(p.same, p.of), pct(p.compatible, p.of), fixed(p.kappa), pct(p.evidenceShared, p.evidenceOf), fixed(p.newF1)]),
  )}`;
}

interface Eval {
  date: string;
  seed: { precision: number; recall: number; pledges: number; pledgesLinked: number; pledgesTopRight: number };
  stsbCv: { pooled: number; perFold: Record<string, number>; meanOfFolds: number };
  stsbDev: { spearman: number };
  deplainNoOptions: { precision: number; recall: number; f1: number; monotoneDocs: number };
  deplainMonotone: { precision: number; recall: number; f1: number; threshold: number };
  communiques: Array<{ pair: string; pledges: number; linked: number; top: number }>;
}

function similarity(): string {
  const e = read<Eval>('eval.json');
  if (!e) return 'Not measured yet: `npm run eval` writes bench/results/eval.json.';
  const met = (f1: number, target: number) => (f1 >= target ? `met (target ${target})` : `**not met** (target ${target})`);
  const folds = Object.entries(e.stsbCv.perFold).map(([name, v]) => `${name} ${v.toFixed(1)}`).join(', ');
  const c = e.communiques;
  return `Measured ${e.date} by \`npm run eval\` (stored in bench/results/eval.json):\n\n${table(
    ['data', 'result', 'target'],
    [
      ['STS-B train + dev, cross-validated with folds by source', `Spearman×100 **${e.stsbCv.pooled.toFixed(1)}** pooled (${folds}; mean of folds ${e.stsbCv.meanOfFolds.toFixed(1)})`, '—'],
      ['STS-B dev, fitted on train alone', `Spearman×100 ${e.stsbDev.spearman.toFixed(1)}`, '—'],
      ['DEplain-web dev, no options', `P ${fixed(e.deplainNoOptions.precision, 3)}, R ${fixed(e.deplainNoOptions.recall, 3)}, **F1 ${fixed(e.deplainNoOptions.f1, 3)}** (monotone chosen for ${e.deplainNoOptions.monotoneDocs} documents)`, met(e.deplainNoOptions.f1, TARGETS.deplainNoOptionsF1)],
      [`DEplain-web dev, monotone (threshold ${e.deplainMonotone.threshold})`, `P ${fixed(e.deplainMonotone.precision, 3)}, R ${fixed(e.deplainMonotone.recall, 3)}, **F1 ${fixed(e.deplainMonotone.f1, 3)}**`, met(e.deplainMonotone.f1, TARGETS.deplainMonotoneF1)],
      ['dev communiqué pairs: a gold evidence clause among a pledge’s links / as its top link', `${sum(c, (p) => p.linked)} / ${sum(c, (p) => p.pledges)} and ${sum(c, (p) => p.top)} / ${sum(c, (p) => p.pledges)}`, '—'],
      ['seed pair, own gold', `${e.seed.pledgesLinked} of ${e.seed.pledges} pledges linked to a gold counterpart, ${e.seed.pledgesTopRight} by their top link; clause pairs P ${(100 * e.seed.precision).toFixed(1)} %, R ${(100 * e.seed.recall).toFixed(1)} %`, '—'],
    ],
  )}`;
}

interface RealBench {
  date: string;
  machine: string;
  cases: Array<{ n: number; megabytes: number[]; totalMs: number; allTotalsMs: number[]; links: number; pledges: number; newPledges: number; naive: { estimateMs: number }; peakRssMb: number; stages: Record<string, number> }>;
}
interface AlignBench {
  date: string;
  node: string;
  cases: Array<{ n: number; totalMs: number; allTotalsMs: number[]; naiveMs: number | null; naiveEstimateMs: number; rssMb: number }>;
}

function speed(): string {
  const real = read<RealBench>('real.json');
  const generated = read<AlignBench>('align.json');
  const parts: string[] = [];
  if (real) {
    const sizes = [1_000, 3_000, 10_000, 20_000];
    parts.push(
      `Real statements (White House briefings, 2021 against 2022), the whole comparison with verdicts, \`npm run bench:real\`, ${real.date}, ${real.machine}:\n\n${table(
        ['clauses a side', 'MB (source, target)', 'total (median; all runs)', 'slowest stage', 'links / pledges / new', 'peak RSS', 'naive all-pairs, estimated'],
        sizes.map((n) => {
          const c = real.cases.find((x) => x.n === n);
          if (!c) return [n.toLocaleString('en'), '—', 'not measured yet', '—', '—', '—', '—'];
          const [stage, ms] = Object.entries(c.stages).sort((a, b) => b[1] - a[1])[0]!;
          return [n.toLocaleString('en'), c.megabytes.map((m) => m.toFixed(2)).join(', '), `**${seconds(c.totalMs)}**; ${c.allTotalsMs.map((m) => seconds(m)).join(', ')}`, `${stage} ${seconds(ms)}`, `${c.links} / ${c.pledges} / ${c.newPledges}`, `${Math.round(c.peakRssMb)} MB`, seconds(c.naive.estimateMs)];
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
          return [c.n.toLocaleString('en'), `**${seconds(c.totalMs)}**; ${c.allTotalsMs.map((m) => seconds(m)).join(', ')}`, verdict, `${Math.round(c.rssMb)} MB`, c.naiveMs === null ? `≈${seconds(c.naiveEstimateMs)} (not run)` : seconds(c.naiveMs)];
        }),
      )}`,
    );
  }
  return parts.length > 0 ? parts.join('\n\n') : 'Not measured yet.';
}

/** As bench/startup.ts (issue 17) writes it. */
interface Startup {
  date: string;
  machine: { cpus: number; model: string; node: string; loadAverage?: { before: number; after: number } };
  runs: number;
  targets: Record<string, number>;
  results: Record<string, { min: number; median: number; max: number }>;
}
const STARTUP_WORDS: Readonly<Record<string, string>> = {
  coreImport: 'import the text and align modules (in-process)',
  indexImport: 'import the package root (in-process)',
  cliSegment: '`cli segment` on a seed, the whole process',
  bareNode: '`node -e 0`, the floor under the process figures',
  serverReady: 'server: spawn to its first 200 on /healthz',
};

/** Written by `bench/startup.ts` (bench/results/startup.json); until it exists the README says so. */
function startup(): string {
  const s = read<Startup>('startup.json');
  if (!s) return 'Not measured yet (bench/results/startup.json does not exist).';
  // A busy machine inflates every start-up figure: its load average is part of the figure.
  const load = s.machine.loadAverage ? ` (load average ${s.machine.loadAverage.before.toFixed(1)} on ${s.machine.cpus} cores)` : '';
  return `Measured ${s.date.slice(0, 10)}, ${s.machine.cpus} × ${s.machine.model}, Node ${s.machine.node.replace(/^v/, '')}${load}, ${s.runs} runs each:\n\n${table(
    ['what', 'median', 'min–max', 'target'],
    Object.entries(s.results).map(([name, r]) => {
      const t = s.targets[name];
      const verdict = t === undefined ? '—' : r.median <= t ? `≤ ${t} ms: met` : `≤ ${t} ms: **not met**`;
      return [STARTUP_WORDS[name] ?? name, `${Math.round(r.median)} ms`, `${Math.round(r.min)}–${Math.round(r.max)} ms`, verdict];
    }),
  )}`;
}

/** The one list of what is not met, from the same files, so the README cannot claim more than they show. */
function unmet(): string {
  const e = read<Eval>('eval.json');
  const generated = read<AlignBench>('align.json');
  const real = read<RealBench>('real.json');
  const lines: string[] = [];
  if (e && e.deplainNoOptions.f1 < TARGETS.deplainNoOptionsF1) lines.push(`DEplain-web with no options: F1 ${fixed(e.deplainNoOptions.f1, 3)}, target ${TARGETS.deplainNoOptionsF1}.`);
  if (e && e.deplainMonotone.f1 < TARGETS.deplainMonotoneF1) lines.push(`DEplain-web in monotone: F1 ${fixed(e.deplainMonotone.f1, 3)}, target ${TARGETS.deplainMonotoneF1}.`);
  for (const c of generated?.cases ?? []) {
    const t = c.n === 3_000 ? TARGETS.align3kMs : c.n === 10_000 ? TARGETS.align10kMs : undefined;
    if (t !== undefined && c.totalMs >= t) lines.push(`Alignment of ${c.n.toLocaleString('en')} × ${c.n.toLocaleString('en')} generated clauses: ${seconds(c.totalMs)} in the last recorded run (${generated!.date.slice(0, 10)}), target under ${seconds(t)}.`);
  }
  const missing = [1_000, 3_000, 10_000, 20_000].filter((n) => !real?.cases.some((c) => c.n === n));
  if (missing.length > 0) lines.push(`Real-text speed at ${missing.map((n) => n.toLocaleString('en')).join(', ')} clauses a side: not measured yet.`);
  const started = read<Startup>('startup.json');
  if (!started) lines.push('Start-up times: not measured yet.');
  for (const [name, t] of Object.entries(started?.targets ?? {})) {
    const r = started!.results[name];
    if (r && r.median > t) lines.push(`Start-up, ${STARTUP_WORDS[name] ?? name}: ${Math.round(r.median)} ms (median), target ${t} ms.`);
  }
  return lines.length > 0 ? lines.map((l) => `- ${l}`).join('\n') : 'Every target with a stored measurement is met.';
}

interface SegmentBench {
  date: string;
  cpus: number;
  cpuModel: string;
  node: string;
  peakRssMb: number;
  cases: Array<{ name: string; mode: string; mbPerSec: number; medianMs: number }>;
}

/** Segmentation throughput, one row per input and a column per mode. */
function segmentation(): string {
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

const UNIT_WORDS: Readonly<Record<string, (n: number) => string>> = {
  bytes: (n) => (n >= 1_000_000 ? `${n / 1_000_000} MB` : `${n / 1_000} kB`),
  ms: (n) => `${n / 1_000} s`,
};

/** The limits as src/limits.ts sets them: the table the server enforces, not a copy of it. */
function limits(): string {
  return table(
    ['variable', 'default', 'what'],
    Object.values(LIMITS).map((l) => [`\`${l.env}\``, UNIT_WORDS[l.unit]?.(l.default) ?? `${l.default.toLocaleString('en')} ${l.unit}`, l.what]),
  );
}

export type BlockName = 'pledges-dev' | 'pledges-held-out' | 'pledges-confidence' | 'agreement' | 'similarity' | 'speed' | 'startup' | 'segmentation' | 'limits' | 'unmet';

/** Each block the README carries, by name. */
export function figureBlocks(): Readonly<Record<BlockName, string>> {
  const pledges = read<{ dev: PledgeRun; heldOut: PledgeRun }>('pledges.json');
  return {
    'pledges-dev': pledges ? pledgeTable(pledges.dev, '**Dev pairs (in-sample: the reader and the evidence model were tuned on them)**') : 'Not measured yet.',
    'pledges-held-out': pledges ? pledgeTable(pledges.heldOut, '**Held-out pairs (never tuned on; run once)**') : 'Not measured yet.',
    'pledges-confidence': pledges ? reliability(pledges.dev, pledges.heldOut) : 'Not measured yet.',
    agreement: agreement(),
    similarity: similarity(),
    speed: speed(),
    startup: startup(),
    segmentation: segmentation(),
    limits: limits(),
    unmet: unmet(),
  };
}

// An empty block is the two markers on adjacent lines; the body, when there is one, ends at the first closing marker.
const BLOCK = /<!-- figures:([\w-]+) -->\n(?:[\s\S]*?\n)??<!-- \/figures -->/g;

/** The README with each marked block replaced by its figures; a block the README names but the script lacks is an error. */
export function withFigures(readme: string, blocks: Readonly<Record<BlockName, string>> = figureBlocks()): string {
  return readme.replace(BLOCK, (_all, name: string) => {
    const body = (blocks as Readonly<Record<string, string>>)[name];
    if (body === undefined) throw new Error(`README has a figures block "${name}" that scripts/readme/figures.ts does not make`);
    return `<!-- figures:${name} -->\n${body}\n<!-- /figures -->`;
  });
}

/** The names of the blocks a README carries. */
export const blockNames = (readme: string): string[] => [...readme.matchAll(BLOCK)].map((m) => m[1]!);
