/**
 * Every figure the README shows, formatted from the stored result files in
 * bench/results (nothing is measured here: the evals and benches that write those files
 * take minutes to hours). `npm run readme-figures` writes these blocks into the README
 * between `<!-- figures:NAME -->` and `<!-- /figures -->`; test/readme.test.ts fails when
 * the README holds anything else there, so a figure cannot go stale unseen.
 */
import { judged } from './quality';
import { LIMITS } from '../../src/limits';
import { fixed, pct, read, seconds, table, TARGETS } from './format';
import { agreement, type Eval, type PledgeRun, pledgeTable, reliability, similarity } from './quality';
import { type AlignBench, load, type RealBench, type SegmentBench, type Startup, STARTUP_WORDS, segmentation, speed, startup, startupTimes } from './speed';

export { RESULTS } from './format';

/** The one list of what is not met, from the same files, so the README cannot claim more than they show. */
function unmet(): string {
  const e = read<Eval>('eval.json');
  const generated = read<AlignBench>('align.json');
  const real = read<RealBench>('real.json');
  const lines: string[] = [];
  if (e && judged(e.deplainNoOptions) < TARGETS.deplainNoOptionsF1)
    lines.push(`DEplain-web with no options: cross-validated F1 ${fixed(judged(e.deplainNoOptions), 3)}, target ${TARGETS.deplainNoOptionsF1}.`);
  if (e && judged(e.deplainMonotone) < TARGETS.deplainMonotoneF1)
    lines.push(`DEplain-web in monotone: cross-validated F1 ${fixed(judged(e.deplainMonotone), 3)}, target ${TARGETS.deplainMonotoneF1}.`);
  for (const c of generated?.cases ?? []) {
    const t = c.n === 3_000 ? TARGETS.align3kMs : c.n === 10_000 ? TARGETS.align10kMs : undefined;
    if (t !== undefined && c.totalMs >= t)
      lines.push(
        `Alignment of ${c.n.toLocaleString('en')} × ${c.n.toLocaleString('en')} generated clauses: ${seconds(c.totalMs)} in the last recorded run (${generated!.date.slice(0, 10)}), target under ${seconds(t)}.`,
      );
  }
  const missing = [1_000, 3_000, 10_000, 20_000].filter((n) => !real?.cases.some((c) => c.n === n));
  if (missing.length > 0) lines.push(`Real-text speed at ${missing.map((n) => n.toLocaleString('en')).join(', ')} clauses a side: not measured yet.`);
  const at = (n: number) => real?.cases.find((c) => c.n === n);
  const [real10k, real20k] = [at(10_000), at(20_000)];
  if (real10k && real10k.totalMs > TARGETS.real10kMs)
    lines.push(
      `Real statements, 10,000 × 10,000 clauses, the whole comparison: ${seconds(real10k.totalMs)} (${real!.date.slice(0, 10)}), target ${seconds(TARGETS.real10kMs)}.`,
    );
  if (real20k && real20k.totalMs > TARGETS.real20kMs)
    lines.push(`Real statements, 20,000 × 20,000 clauses, the whole comparison: ${seconds(real20k.totalMs)}, target ${seconds(TARGETS.real20kMs)}.`);
  if (real20k && real20k.peakRssMb > TARGETS.real20kRssMb)
    lines.push(`Real statements, 20,000 × 20,000 clauses: peak RSS ${Math.round(real20k.peakRssMb)} MB, target ${TARGETS.real20kRssMb} MB.`);
  if (real10k && real20k && real20k.totalMs / real10k.totalMs > TARGETS.real20kOver10k)
    lines.push(`Real statements, time at 20,000 over time at 10,000: ${fixed(real20k.totalMs / real10k.totalMs)}, target ${TARGETS.real20kOver10k}.`);
  const seg = read<SegmentBench>('segment.json')?.cases.find((c) => c.mode === 'clauses' && /4 MB/u.test(c.name));
  if (seg && seg.mbPerSec < TARGETS.segmentMbPerSec)
    lines.push(`Segmentation of ordinary text in clauses mode (${seg.name}): ${seg.mbPerSec.toFixed(1)} MB/s, target ${TARGETS.segmentMbPerSec} MB/s.`);
  const pledges = read<{ dev: PledgeRun; heldOut: PledgeRun }>('pledges.json');
  for (const [set, run] of [
    ['dev', pledges?.dev],
    ['held-out', pledges?.heldOut],
  ] as const) {
    for (const p of run?.pairs ?? []) {
      const bar = p.pair === 'seed pair' ? TARGETS.seedQuality : TARGETS.pledgeQuality;
      const misses = [
        p.quality < bar ? `quality ${fixed(p.quality)} (target ${bar})` : '',
        p.preferred / p.pledges < TARGETS.preferredShare
          ? `preferred verdict on ${p.preferred} of ${p.pledges} (target ${pct(TARGETS.preferredShare, 1)})`
          : '',
        p.newGold > 0 && p.newFound / p.newGold < TARGETS.newFoundShare
          ? `new pledges found ${pct(p.newFound, p.newGold)} (target ${pct(TARGETS.newFoundShare, 1)})`
          : '',
      ].filter((m) => m !== '');
      if (misses.length > 0) lines.push(`Pledge verdicts, ${p.pair} (${set}): ${misses.join(', ')}.`);
    }
  }
  const started = read<Startup>('startup.json');
  if (!started) lines.push('Start-up times: not measured yet.');
  for (const [name, t] of Object.entries(started?.targets ?? {})) {
    const r = started!.results[name];
    const wall = r ? startupTimes(r).wall : undefined;
    if (wall && wall.median > t) lines.push(`Start-up, ${STARTUP_WORDS[name] ?? name}: ${Math.round(wall.median)} ms (median wall time), target ${t} ms.`);
  }
  return lines.length > 0 ? lines.map((l) => `- ${l}`).join('\n') : 'Every target with a stored measurement is met.';
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

export type BlockName =
  | 'pledges-dev'
  | 'pledges-held-out'
  | 'pledges-confidence'
  | 'agreement'
  | 'similarity'
  | 'speed'
  | 'startup'
  | 'segmentation'
  | 'load'
  | 'limits'
  | 'unmet';

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
    load: load(),
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
