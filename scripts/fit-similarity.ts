/**
 * Chooses and fits the similarity model on STS-B train and dev together, by
 * cross-validation with folds by genre and period (scripts/eval-data.ts:
 * STSB_FOLDS), so every figure is on sentences from a source the model never
 * saw. Writes src/similarity/data/weights.json.
 *
 *   npx tsx scripts/fit-similarity.ts [--vectors FILE …]
 *
 * Candidates are feature sets × ridge penalties (× vector files, when given).
 * The published figure is nested: for each outer fold the candidate is chosen
 * by cross-validation on the other four folds alone, fitted on them, and
 * scored on the fold; the out-of-fold predictions are pooled for one
 * Spearman (what STS-B reports) and scored per fold. The shipped model is the
 * candidate the full five-fold cross-validation prefers, fitted on everything.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createSimilarity, MODEL_FEATURES, scoreFeatures, type LinearModel, type ModelFeature } from '../src/similarity/model';
import { readVectors, type WordVectors } from '../src/similarity/vectors';
import { EVAL_DIR, foldOf, readStsbSourced, STSB_FOLDS, type SourcedPair } from './eval-data';
import { ridge, spearman } from './stats';

type Row = Record<ModelFeature, number>;

/** Features of each pair, the IDF of each fold computed over that fold's own texts, as the service computes it over the texts it compares. */
export function foldRows(pairs: readonly SourcedPair[], vectors: WordVectors | null): Row[] {
  const rows = new Array<Row>(pairs.length);
  STSB_FOLDS.forEach((_, k) => {
    const members = pairs.map((p, i) => [p, i] as const).filter(([p]) => foldOf(p) === k);
    const sim = createSimilarity(
      members.flatMap(([p]) => [p.a, p.b]),
      { language: 'en', vectors },
    );
    for (const [p, i] of members) rows[i] = sim.features(sim.prepare(p.a), sim.prepare(p.b));
  });
  return rows;
}

export interface Candidate {
  readonly name: string;
  readonly vectors: string | null;
  readonly features: readonly ModelFeature[];
  readonly lambda: number;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

export function fit(rows: readonly Row[], gold: readonly number[], features: readonly ModelFeature[], lambda: number): LinearModel {
  const w = ridge(
    rows.map((r) => [1, ...features.map((f) => r[f])]),
    gold,
    lambda,
  );
  const weights = Object.fromEntries(MODEL_FEATURES.map((f) => [f, round(features.includes(f) ? w[features.indexOf(f) + 1]! : 0)])) as Record<
    ModelFeature,
    number
  >;
  return { bias: round(w[0]!), weights };
}

/** Out-of-fold predictions over the given folds: each fold scored by a model fitted on the others. */
function outOfFold(rows: readonly Row[], gold: readonly number[], folds: readonly number[], within: readonly number[], c: Candidate): Map<number, number> {
  const predictions = new Map<number, number>();
  for (const k of within) {
    const train = rows.map((_, i) => i).filter((i) => within.includes(folds[i]!) && folds[i] !== k);
    const model = fit(
      train.map((i) => rows[i]!),
      train.map((i) => gold[i]!),
      c.features,
      c.lambda,
    );
    rows.forEach((r, i) => {
      if (folds[i] === k) predictions.set(i, scoreFeatures(model, r));
    });
  }
  return predictions;
}

function pooled(predictions: ReadonlyMap<number, number>, gold: readonly number[]): number {
  const at = [...predictions.keys()];
  return (
    100 *
    spearman(
      at.map((i) => predictions.get(i)!),
      at.map((i) => gold[i]!),
    )
  );
}

const WORD_FEATURES: readonly ModelFeature[] = ['tfidf', 'wordnet', 'dice'];
const SHAPE: readonly ModelFeature[] = ['lengthRatio', 'numberOverlap', 'numberMismatch', 'negationMismatch', 'logShorterLength'];

export function candidates(vectorNames: readonly string[]): Candidate[] {
  const sets: Array<[string, readonly ModelFeature[], boolean]> = [
    ['words+shape', [...WORD_FEATURES, ...SHAPE], false],
    ['tfidf+wordnet+shape', ['tfidf', 'wordnet', ...SHAPE], false],
    ['words+vectors+shape', [...WORD_FEATURES, 'vectors', ...SHAPE], true],
    ['wordnet+vectors+shape', ['wordnet', 'vectors', ...SHAPE], true],
  ];
  const out: Candidate[] = [];
  for (const [name, features, needsVectors] of sets) {
    for (const vectors of needsVectors ? vectorNames : [null]) {
      for (const lambda of [1, 10]) out.push({ name: `${name}${vectors ? ` (${vectors})` : ''}, λ ${lambda}`, vectors, features, lambda });
    }
  }
  return out;
}

export interface Selection {
  readonly cv: { pooled: number; perFold: Record<string, number>; meanOfFolds: number; chosen: string[] };
  readonly chosen: Candidate;
  readonly model: LinearModel;
  readonly ranking: Array<{ name: string; cv: number }>;
}

/** Nested cross-validation over `pool`, then the choice and fit on all of it. */
export function select(pairs: readonly SourcedPair[], rowsBy: ReadonlyMap<string | null, Row[]>, pool: readonly Candidate[]): Selection {
  const gold = pairs.map((p) => p.score);
  const folds = pairs.map(foldOf);
  const all = STSB_FOLDS.map((_, k) => k);
  const cvOf = (c: Candidate, within: readonly number[]): number => pooled(outOfFold(rowsBy.get(c.vectors)!, gold, folds, within, c), gold);
  const outer = new Map<number, number>();
  const perFold: Record<string, number> = {};
  const chosenPerFold: string[] = [];
  for (const k of all) {
    const inner = all.filter((j) => j !== k);
    const best = pool.map((c) => ({ c, cv: cvOf(c, inner) })).sort((x, y) => y.cv - x.cv)[0]!.c;
    chosenPerFold.push(best.name);
    const rows = rowsBy.get(best.vectors)!;
    const train = pairs.map((_, i) => i).filter((i) => folds[i] !== k);
    const model = fit(
      train.map((i) => rows[i]!),
      train.map((i) => gold[i]!),
      best.features,
      best.lambda,
    );
    const held = pairs.map((_, i) => i).filter((i) => folds[i] === k);
    for (const i of held) outer.set(i, scoreFeatures(model, rows[i]!));
    perFold[STSB_FOLDS[k]!.name] = round(
      100 *
        spearman(
          held.map((i) => outer.get(i)!),
          held.map((i) => gold[i]!),
        ),
    );
  }
  const ranking = pool.map((c) => ({ name: c.name, cv: round(cvOf(c, all)), c })).sort((x, y) => y.cv - x.cv);
  const chosen = ranking[0]!.c;
  const rows = rowsBy.get(chosen.vectors)!;
  const values = Object.values(perFold);
  return {
    cv: { pooled: round(pooled(outer, gold)), perFold, meanOfFolds: round(values.reduce((s, v) => s + v, 0) / values.length), chosen: chosenPerFold },
    chosen,
    model: fit(rows, gold, chosen.features, chosen.lambda),
    ranking: ranking.map(({ name, cv }) => ({ name, cv })),
  };
}

if (require.main === module) {
  const pairs = readStsbSourced();
  if (!pairs) {
    console.error(`STS-B not found under ${EVAL_DIR}/stsb: nothing fitted.`);
    process.exit(1);
  }
  const files = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--vectors' ? [a] : []));
  const shipped = join(__dirname, '..', 'src', 'similarity', 'data', 'vectors-en.bin');
  const vectorFiles = files.length > 0 ? files : [shipped];
  const rowsBy = new Map<string | null, Row[]>([[null, foldRows(pairs, null)]]);
  for (const file of vectorFiles) rowsBy.set(basename(file), foldRows(pairs, readVectors(readFileSync(file), basename(file))));
  const all = candidates(vectorFiles.map((f) => basename(f)));
  // The English model is chosen among the candidates that use vectors: the one without is chosen apart, for the other languages.
  const withVectors = select(
    pairs,
    rowsBy,
    all.filter((c) => c.vectors !== null),
  );
  const withoutVectors = select(
    pairs,
    rowsBy,
    all.filter((c) => c.vectors === null),
  );
  const summary = (x: Selection) => ({ cv: x.cv, chosen: x.chosen.name, features: x.chosen.features, lambda: x.chosen.lambda, top: x.ranking.slice(0, 8) });
  const report = { withVectors: summary(withVectors), withoutVectors: summary(withoutVectors) };
  console.log(JSON.stringify(report, null, 2));
  if (files.length === 0) {
    writeFileSync(
      join(__dirname, '..', 'src', 'similarity', 'data', 'weights.json'),
      `${JSON.stringify({ $comment: 'Written by scripts/fit-similarity.ts: ridge regression on STS-B train+dev; features and penalty chosen by cross-validation with folds by source; cv is nested (the choice made inside each outer fold).', pairs: pairs.length, ...report, models: { withVectors: withVectors.model, withoutVectors: withoutVectors.model } }, null, 2)}\n`,
    );
  }
}
