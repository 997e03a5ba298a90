/**
 * Real-text benchmark worker: runs on the compiled project (argv[2]), builds
 * two documents of about N clauses (argv[3]) from the White House statements
 * of 2021 and of 2022 (the shared corpus, argv[5]), and times the whole
 * comparison with verdicts stage by stage, `runs` times (argv[6]), after one
 * warm-up on the seed pair (the project root, argv[4], holds it). One size per
 * process, so peak RSS is this size's. Writes its report to argv[7].
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

type Api = typeof import('../src');
const [dist, size, root, corpora, runCount, reportFile] = process.argv.slice(2) as [string, string, string, string, string, string];
const api = require(join(dist, 'index.js')) as Api;
const stringSimilarity = require('string-similarity') as typeof import('string-similarity');

const N = Number(size);
const RUNS = Number(runCount);
/** Pairs of the naive aligner actually timed; the rest is extrapolated from their rate. */
const NAIVE_SAMPLE = 200;

interface Statement {
  readonly date: string;
  readonly text: string;
}

const clausesOf = (text: string): number => api.segment(text, { language: 'en' }).units.filter((u) => u.kind === 'clause').length;

/**
 * A year's statements in corpus order, up to about `n` clauses each: what an analyst comparing a year's output would
 * paste. The corpus is read inside, so that its 40 MB are garbage before the timing starts: a service holds only the
 * two documents, and the peak RSS is theirs.
 */
function years(n: number): { source: string; target: string } {
  const statements = gunzipSync(readFileSync(join(corpora, 'wh-briefings', 'documents.jsonl.gz')))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Statement);
  const yearOf = (year: string): string => {
    let text = '';
    let clauses = 0;
    for (const s of statements) {
      if (!s.date.startsWith(year)) continue;
      const more = clausesOf(s.text);
      if (clauses + more > n) break;
      text += `${s.text}\n\n`;
      clauses += more;
    }
    return text;
  };
  return { source: yearOf('2021'), target: yearOf('2022') };
}

const seeds = join(root, 'seeds');
const warm = (): void => {
  const files = ['004_8624e175269ec137.txt', '000_3d6fc5ffe27e3c96.txt'].map((f) => readFileSync(join(seeds, f), 'utf8'));
  api.compareTexts({ text: files[0]!, date: '2016-02-02' }, { text: files[1]!, date: '2018-01-15' });
};

const { source, target } = years(N);
warm();

// The tagger keeps recently tagged texts; each run must tag as a first comparison of these texts would.
const { forgetTagged } = require(join(dist, 'pledges', 'grammar', 'tagger.js')) as typeof import('../src/pledges/grammar/tagger');

const runs = Array.from({ length: RUNS }, () => {
  forgetTagged();
  (globalThis as { gc?: () => void }).gc?.();
  const stages: Record<string, number> = {};
  const started = performance.now();
  const a = api.segmentInput({ text: source, date: '2021-12-31', language: 'en' });
  const b = api.segmentInput({ text: target, date: '2022-12-31', language: 'en' });
  stages.segment = performance.now() - started;
  const result = api.compareSegmented(a, b, { onStage: (stage, ms) => (stages[stage] = ms) });
  const totalMs = performance.now() - started;
  return {
    stages,
    totalMs,
    units: [a.units.length, b.units.length],
    clauses: [a, b].map((d) => d.units.filter((u) => u.kind === 'clause').length),
    links: result.links.length,
    pledges: result.pledges.length,
    newPledges: result.newPledges.length,
  };
}).sort((x, y) => x.totalMs - y.totalMs);
const median = runs[Math.floor(RUNS / 2)]!;

// The naive aligner (string-similarity on every pair) on a sample of real clauses, its rate extrapolated to all pairs.
const sample = (text: string): string[] =>
  api
    .segment(text, { language: 'en' })
    .units.filter((u) => u.kind === 'clause')
    .slice(0, NAIVE_SAMPLE)
    .map((u) => u.text);
const [xs, ys] = [sample(source), sample(target)];
const naiveStarted = performance.now();
for (const x of xs) for (const y of ys) stringSimilarity.compareTwoStrings(x, y);
const usPerPair = ((performance.now() - naiveStarted) * 1000) / (xs.length * ys.length);
const naiveEstimateMs = (usPerPair * median.clauses[0]! * median.clauses[1]!) / 1000;

writeFileSync(
  reportFile,
  JSON.stringify({
    n: N,
    megabytes: [source, target].map((t) => Buffer.byteLength(t) / 1e6),
    ...median,
    allTotalsMs: runs.map((r) => Math.round(r.totalMs)).sort((x, y) => x - y),
    naive: { sampledPairs: xs.length * ys.length, usPerPair, estimateMs: naiveEstimateMs },
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
