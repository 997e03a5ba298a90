/**
 * `npm run eval`: measures the similarity score and the aligner on data
 * nobody on the team wrote (../shared/eval, read in place), on the dev
 * communiqué pairs' gold, and on our own seed-pair gold, and prints one table.
 * Takes a few minutes: the STS-B figure is a nested cross-validation.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHARACTER_MODEL, createSimilarity, scoreFeatures } from '../src/similarity/model';
import { sharedVectors, VECTORS_FILE } from '../src/similarity/vectors';
import { counterparts, DEV_PAIRS } from './communiques';
import { countDoc, crossValidate, crossValidatePassages, prf, RECHECKS, readDeplain } from './deplain';
import { chooseFreeThreshold } from './deplain-recompose';
import { EVAL_DIR, readStsbSourced, STSB_FOLDS, type SourcedPair } from './eval-data';
import { candidates, fit, foldRows, select } from './fit-similarity';
import { evaluateSeedPair } from './seed-gold';
import { spearman } from './stats';

const rows: Array<[string, string, string]> = [];
const results: Record<string, unknown> = { date: new Date().toISOString().slice(0, 10) };
const pct = (x: number): string => (100 * x).toFixed(1);

const seed = evaluateSeedPair();
results.seed = seed;
rows.push(['seed pair (own gold)', `link P ${pct(seed.precision)} / R ${pct(seed.recall)}`, 'pairs of clauses']);
rows.push([
  'seed pair pledges',
  `${seed.pledgesLinked}/${seed.pledges} linked, ${seed.pledgesTopRight}/${seed.pledges} top link right`,
  seed.missed.length ? `missed: ${seed.missed.join(' | ')}` : '',
]);

const sts = readStsbSourced();
if (sts) {
  // The same nested selection scripts/fit-similarity.ts makes: each outer fold's model is chosen and fitted without it.
  const vectors = sharedVectors() ?? null;
  const rowsBy = new Map([
    [null, foldRows(sts, null)],
    [VECTORS_FILE, foldRows(sts, vectors)],
  ] as const);
  const english = select(
    sts,
    rowsBy,
    candidates([VECTORS_FILE]).filter((c) => c.vectors !== null),
  );
  results.stsbCv = english.cv;
  const folds = STSB_FOLDS.map((f) => `${f.name.split(' (')[0]} ${english.cv.perFold[f.name]!.toFixed(1)}`).join(', ');
  rows.push([
    'STS-B train+dev, CV by source (7,249 pairs)',
    `Spearman×100 ${english.cv.pooled.toFixed(1)} pooled`,
    `per fold: ${folds}; chosen on all folds: ${english.chosen.name}`,
  ]);
  // The dev figure as before: the chosen features fitted on train alone, scored on dev (IDF over each split's own texts).
  const featuresFor = (pairs: readonly SourcedPair[]) => {
    const sim = createSimilarity(
      pairs.flatMap((p) => [p.a, p.b]),
      { language: 'en', vectors },
    );
    return pairs.map((p) => sim.features(sim.prepare(p.a), sim.prepare(p.b)));
  };
  const train = sts.filter((p) => p.split === 'train');
  const dev = sts.filter((p) => p.split === 'dev');
  const model = fit(
    featuresFor(train),
    train.map((p) => p.score),
    english.chosen.features,
    english.chosen.lambda,
  );
  const devRho =
    100 *
    spearman(
      featuresFor(dev).map((r) => scoreFeatures(model, r)),
      dev.map((p) => p.score),
    );
  results.stsbDev = { spearman: devRho, fittedOn: 'train' };
  rows.push([
    'STS-B dev (1,500 pairs), fit on train',
    `Spearman×100 ${devRho.toFixed(1)}`,
    'published: avg GloVe 58.0, USE 74.9, SBERT-NLI-large 79.2; Dice ≈64',
  ]);
} else rows.push(['STS-B', 'not found', `${EVAL_DIR}/stsb is absent`]);

const deplain = readDeplain();
if (deplain) {
  const auto = deplain.map((doc) => countDoc(doc, {}));
  const r = prf(auto);
  const monotoneDocs = auto.filter((c) => c.mode === 'monotone').length;
  // Two cross-validations, each over what it chooses: the passage reading's settings (with the recheck of weak links
  // and the boundaries), thresholds and growth as shipped; and the model, monotone threshold, growth and passage settings
  // together, without the recheck and boundaries (the grid with both would take hours).
  const passages = (order: 'auto' | 'monotone') => crossValidatePassages(deplain, order, RECHECKS, [false, true]);
  const cvAuto = crossValidate(deplain, 'auto');
  const cvAutoPassages = passages('auto');
  results.deplainNoOptions = { ...r, monotoneDocs, cv: cvAutoPassages, cvGrid: cvAuto };
  rows.push([
    'DEplain-web dev, no options (auto order)',
    `P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)}`,
    `auto chose monotone for ${monotoneDocs} of ${deplain.length} documents; passage settings by 5-fold CV over documents: F1 ${cvAutoPassages.cv.f1.toFixed(3)}; model, monotone threshold, growth and passages: F1 ${cvAuto.cv.f1.toFixed(3)}`,
  ]);
  const m = prf(deplain.map((doc) => countDoc(doc, { order: 'monotone' })));
  const cv = crossValidate(deplain, 'monotone');
  const cvPassages = passages('monotone');
  const threshold = CHARACTER_MODEL.thresholds!.monotone;
  results.deplainMonotone = { ...m, threshold, cv: cvPassages, cvGrid: cv };
  rows.push([
    `DEplain-web dev, monotone (threshold ${threshold})`,
    `P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)}`,
    `passage settings by 5-fold CV over documents: F1 ${cvPassages.cv.f1.toFixed(3)}; model, threshold, growth and passages: F1 ${cv.cv.f1.toFixed(3)}; published F1: MASSalign .605, Sent-RoBERTa .577, BERTalign .549`,
  ]);
  const free = chooseFreeThreshold(deplain);
  const shipped = CHARACTER_MODEL.thresholds!.free;
  const recomposedF1 = free.byThreshold[String(shipped)]?.recomposed ?? Number.NaN;
  results.deplainRecomposed = { cv: free.cv, chosen: free.chosen, shipped, recomposedF1 };
  rows.push([
    'DEplain-web dev, written and recomposed, no options',
    `free threshold by 5-fold CV: F1 ${free.cv.f1.toFixed(3)} (chosen ${free.chosen}, shipped ${shipped})`,
    `recomposed alone at ${shipped}: F1 ${recomposedF1.toFixed(3)}`,
  ]);
} else rows.push(['DEplain-web dev', 'not found', `${EVAL_DIR}/deplain-web is absent`]);

const communiques = DEV_PAIRS.map((pair) => counterparts(pair));
const sum = (f: (c: (typeof communiques)[number]) => number): number => communiques.reduce((n, c) => n + f(c), 0);
results.communiques = communiques;
rows.push([
  `dev communiqués, counterparts (${communiques.length} pairs)`,
  `${sum((c) => c.linked)}/${sum((c) => c.pledges)} linked, ${sum((c) => c.top)}/${sum((c) => c.pledges)} top link`,
  communiques.map((c) => `${c.pair} ${c.linked}/${c.top}/${c.pledges} (${c.mode})`).join(', '),
]);

const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows)
  console.log(
    row
      .map((cell, i) => cell.padEnd(width[i]!))
      .join('  ')
      .trimEnd(),
  );
writeFileSync(join(__dirname, '..', 'bench', 'results', 'eval.json'), `${JSON.stringify(results, null, 2)}\n`);
