/**
 * Fits the similarity model's weights on STS-B train (and nothing else), then
 * reports train cross-validation and dev Spearman. Writes
 * src/similarity/data/weights.json.
 *
 *   npx tsx scripts/fit-similarity.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSimilarity, MODEL_FEATURES, scoreFeatures, type LinearModel, type ModelFeature } from '../src/similarity/model';
import { readStsb, type StsPair, EVAL_DIR } from './eval-data';
import { ridge, spearman } from './stats';

const LAMBDA = 1;

function featureRows(pairs: readonly StsPair[]): Record<ModelFeature, number>[] {
  const sim = createSimilarity(
    pairs.flatMap((p) => [p.a, p.b]),
    { language: 'en' },
  );
  return pairs.map((p) => sim.features(sim.prepare(p.a), sim.prepare(p.b)));
}

function fit(rows: readonly Record<ModelFeature, number>[], targets: readonly number[]): LinearModel {
  const w = ridge(rows.map((r) => [1, ...MODEL_FEATURES.map((f) => r[f])]), targets, LAMBDA);
  const weights = Object.fromEntries(MODEL_FEATURES.map((f, i) => [f, round(w[i + 1]!)])) as Record<ModelFeature, number>;
  return { bias: round(w[0]!), weights };
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;
const evaluate = (model: LinearModel, rows: readonly Record<ModelFeature, number>[], gold: readonly number[]): number =>
  100 * spearman(rows.map((r) => scoreFeatures(model, r)), gold);

const train = readStsb('train');
const dev = readStsb('dev');
if (!train || !dev) {
  console.error(`STS-B not found under ${EVAL_DIR}/stsb: nothing fitted.`);
  process.exit(1);
}
const trainRows = featureRows(train);
const trainGold = train.map((p) => p.score);
const folds = 5;
const cv = Array.from({ length: folds }, (_, k) => {
  const held = (i: number): boolean => i % folds === k;
  const model = fit(trainRows.filter((_, i) => !held(i)), trainGold.filter((_, i) => !held(i)));
  return evaluate(model, trainRows.filter((_, i) => held(i)), trainGold.filter((_, i) => held(i)));
});
const model = fit(trainRows, trainGold);
const devRows = featureRows(dev);
const devGold = dev.map((p) => p.score);
const report = {
  trainCvSpearman: round(cv.reduce((s, v) => s + v, 0) / folds),
  devSpearman: round(evaluate(model, devRows, devGold)),
  perFeatureDev: Object.fromEntries(MODEL_FEATURES.map((f) => [f, round(100 * spearman(devRows.map((r) => r[f]), devGold))])),
};
writeFileSync(
  join(__dirname, '..', 'src', 'similarity', 'data', 'weights.json'),
  `${JSON.stringify({ $comment: 'Written by scripts/fit-similarity.ts: ridge regression on STS-B train only; dev only reported.', fittedOn: 'STS-B train', pairs: train.length, lambda: LAMBDA, ...report, model }, null, 2)}\n`,
);
console.log(JSON.stringify({ ...report, model }, null, 2));
