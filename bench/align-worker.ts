/**
 * Alignment benchmark worker: runs on the compiled project (path in argv[2]),
 * aligns generated documents of N clauses a side and reports stage times,
 * the naive all-pairs aligner beside it where that fits in the time cap,
 * and peak memory. Writes its report to argv[3].
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from './prng';

type Api = typeof import('../src');
const api = require(join(process.argv[2] as string, 'index.js')) as Api;
const stringSimilarity = require('string-similarity') as typeof import('string-similarity');

const NAIVE_CAP_MS = 60_000;
const RUNS = 3;
const NAIVE_US_PER_PAIR_GUESS = 17;

const NOUNS =
  'border control agency magistrate team inquiry record database evidence network prison minister police court report data system union council member state frontier check cooperation investigation terrorism financing firearm radicalisation exchange information service partner framework measure proposal regulation directive crisis centre officer unit detainee citizen area territory'.split(
    ' ',
  );
const VERBS =
  'reinforce support facilitate intensify develop adopt establish harmonise continue improve deploy consult strengthen share supply monitor review extend'.split(
    ' ',
  );
const ADJ = 'joint external national European systematic judicial operational cross-border digital rapid common new effective'.split(' ');

function clause(random: () => number, id: number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const words = [`To ${pick(VERBS)} the ${pick(ADJ)} ${pick(NOUNS)} of the ${pick(NOUNS)}`, `with the ${pick(ADJ)} ${pick(NOUNS)} ${id % 97}`];
  if (random() < 0.5) words.push(`and the ${pick(NOUNS)} ${pick(NOUNS)}`);
  return `${words.join(' ')}.`;
}

/** The target keeps most source clauses (reordered, some reworded), drops some and adds new ones. */
function documents(n: number): { source: string; target: string } {
  const random = prng(n);
  const source = Array.from({ length: n }, (_, i) => clause(random, i));
  const target = source.filter(() => random() > 0.15).map((c) => (random() < 0.3 ? c.replace('control', 'check').replace('border', 'frontier') : c));
  for (let i = 0; target.length < n; i += 1) target.push(clause(random, n + i));
  for (let i = target.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [target[i], target[j]] = [target[j] as string, target[i] as string];
  }
  return { source: source.join('\n'), target: target.join('\n') };
}

function naive(sources: readonly string[], targets: readonly string[]): number {
  let linked = 0;
  for (const s of sources) {
    let best = 0;
    for (const t of targets) best = Math.max(best, stringSimilarity.compareTwoStrings(s, t));
    if (best >= 0.5) linked += 1;
  }
  return linked;
}

const report: unknown[] = [];
api.alignTexts({ text: 'Warm up the WordNet index once.' }, { text: 'Warm up.' });
for (const n of [1_000, 3_000, 10_000]) {
  const { source, target } = documents(n);
  // Three runs, the median reported: one run on this 2-core machine varies by a third.
  const runs = Array.from({ length: RUNS }, () => {
    const stages: Record<string, number> = {};
    const started = performance.now();
    const a = api.segment(source, { mode: 'lines', language: 'en' });
    const b = api.segment(target, { mode: 'lines', language: 'en' });
    stages.segment = performance.now() - started;
    const links = api.alignDocuments(a, b, { language: 'en', onStage: (stage, ms) => (stages[stage] = ms) });
    return { a, b, links, stages, totalMs: performance.now() - started };
  }).sort((x, y) => x.totalMs - y.totalMs);
  const { a, b, links, stages, totalMs } = runs[Math.floor(RUNS / 2)]!;
  const pairs = a.units.length * b.units.length;
  let naiveMs: number | null = null;
  if ((pairs * NAIVE_US_PER_PAIR_GUESS) / 1000 <= NAIVE_CAP_MS) {
    const t = performance.now();
    naive(
      a.units.map((u) => u.text),
      b.units.map((u) => u.text),
    );
    naiveMs = performance.now() - t;
  }
  report.push({
    n,
    runs: RUNS,
    allTotalsMs: runs.map((r) => Math.round(r.totalMs)),
    sourceUnits: a.units.length,
    targetUnits: b.units.length,
    links: links.length,
    totalMs,
    stages,
    naiveMs,
    naiveEstimateMs: (pairs * NAIVE_US_PER_PAIR_GUESS) / 1000,
    rssMb: process.memoryUsage().rss / 1e6,
  });
}
writeFileSync(process.argv[3] as string, JSON.stringify({ cases: report, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
