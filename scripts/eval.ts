/**
 * `npm run eval`: measures the aligner and the similarity score on data
 * nobody on the team wrote (../shared/eval, read in place) and on our own
 * seed-pair gold, and prints one table.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSimilarity } from '../src/similarity/model';
import { evaluateDeplain, readDeplain } from './deplain';
import { EVAL_DIR, readStsb } from './eval-data';
import { evaluateSeedPair } from './seed-gold';
import { spearman } from './stats';

/** The DEplain-web protocol aligns successive versions of one text: order is kept, and the threshold was chosen on this dev half. */
export const DEPLAIN_OPTIONS = { monotone: true, threshold: 0.55 } as const;

const rows: Array<[string, string, string]> = [];
const results: Record<string, unknown> = { date: new Date().toISOString().slice(0, 10) };
const pct = (x: number): string => (100 * x).toFixed(1);

const seed = evaluateSeedPair();
results.seed = seed;
rows.push(['seed pair (own gold)', `link P ${pct(seed.precision)} / R ${pct(seed.recall)}`, 'pairs of clauses']);
rows.push(['seed pair pledges', `${seed.pledgesLinked}/${seed.pledges} linked, ${seed.pledgesTopRight}/${seed.pledges} top link right`, seed.missed.length ? `missed: ${seed.missed.join(' | ')}` : '']);

const dev = readStsb('dev');
if (dev) {
  const started = Date.now();
  const sim = createSimilarity(dev.flatMap((p) => [p.a, p.b]), { language: 'en' });
  const rho = 100 * spearman(dev.map((p) => sim.score(sim.prepare(p.a), sim.prepare(p.b))), dev.map((p) => p.score));
  results.stsbDev = { spearman: rho, pairs: dev.length, ms: Date.now() - started };
  rows.push(['STS-B dev (1,500 pairs)', `Spearman×100 ${rho.toFixed(1)}`, 'published: avg GloVe 58.0, USE 74.9, SBERT-NLI-large 79.2; Dice ≈64']);
} else rows.push(['STS-B dev', 'not found', `${EVAL_DIR}/stsb is absent`]);

const deplain = readDeplain();
if (deplain) {
  const started = Date.now();
  const r = evaluateDeplain(deplain, DEPLAIN_OPTIONS);
  results.deplainDev = { ...r, options: DEPLAIN_OPTIONS, ms: Date.now() - started };
  rows.push(['DEplain-web dev (74 docs)', `P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)}`, 'published F1: MASSalign .605, Sent-RoBERTa .577, Sent-LaBSE .573, BERTalign .549']);
} else rows.push(['DEplain-web dev', 'not found', `${EVAL_DIR}/deplain-web is absent`]);

const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(width[i]!)).join('  ').trimEnd());
writeFileSync(join(__dirname, '..', 'bench', 'results', 'eval.json'), `${JSON.stringify(results, null, 2)}\n`);
