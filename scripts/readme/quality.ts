/** The quality blocks: pledge verdicts (dev and held-out apart), confidence bands, annotator agreement, similarity and alignment. */
import { fixed, pct, read, sum, table, TARGETS } from './format';

export interface PledgePair {
  pair: string;
  pledges: number;
  found: number;
  acceptable: number;
  counterpart: number;
  quality: number;
  preferred: number;
  newGold: number;
  newFound: number;
  falsePledges: number;
  falseNew: number;
}
export interface PledgeRun {
  date: string;
  pairs: PledgePair[];
  reliability: Array<{ band: string; verdicts: number; acceptable: number }>;
}
export interface Agreement {
  date: string;
  pairs: Array<{
    pair: string;
    both: number;
    onlyA: number;
    onlyB: number;
    pledgeF1: number;
    same: number;
    compatible: number;
    of: number;
    kappa: number;
    evidenceShared: number;
    evidenceOf: number;
    newF1: number;
  }>;
}

export function pledgeTable(run: PledgeRun, label: string): string {
  const all = run.pairs;
  const rows = all.map((p) => [
    p.pair,
    p.pledges,
    `${p.found} (${pct(p.found, p.pledges)})`,
    `${p.acceptable} (${pct(p.acceptable, p.found)})`,
    p.counterpart,
    fixed(p.quality),
    `${p.newFound} / ${p.newGold}`,
    p.falsePledges,
    p.falseNew,
  ]);
  const total = [
    '**all**',
    sum(all, (p) => p.pledges),
    `${sum(all, (p) => p.found)} (${pct(
      sum(all, (p) => p.found),
      sum(all, (p) => p.pledges),
    )})`,
    `${sum(all, (p) => p.acceptable)} (${pct(
      sum(all, (p) => p.acceptable),
      sum(all, (p) => p.found),
    )})`,
    sum(all, (p) => p.counterpart),
    '',
    `${sum(all, (p) => p.newFound)} / ${sum(all, (p) => p.newGold)}`,
    sum(all, (p) => p.falsePledges),
    sum(all, (p) => p.falseNew),
  ];
  return `${label}, measured ${run.date} (\`npx tsx scripts/pledge-eval.ts\`, stored in bench/results/pledges.json):\n\n${table(
    ['pair', 'gold pledges', 'found', 'verdict acceptable', 'right counterpart', 'quality', 'new pledges found / gold', 'false pledges', 'false new'],
    [...rows, total],
  )}`;
}

export function reliability(dev: PledgeRun, held: PledgeRun): string {
  const bands = dev.reliability.map((b) => b.band);
  const of = (run: PledgeRun, band: string) => run.reliability.find((b) => b.band === band);
  return `How far the confidence can be trusted (share of verdicts acceptable to the gold, by the confidence the service gave):\n\n${table(
    ['confidence', 'dev (each pair judged by a model fitted on the others)', 'held-out'],
    bands.map((band) => {
      const [d, h] = [of(dev, band), of(held, band)];
      return [band, d ? `${pct(d.acceptable, d.verdicts)} of ${d.verdicts}` : '—', h ? `${pct(h.acceptable, h.verdicts)} of ${h.verdicts}` : '—'];
    }),
  )}`;
}

export function agreement(): string {
  const stored = read<Agreement>('agreement.json');
  if (!stored) return 'Not measured yet: run `npm run readme-figures` where ../shared/corpora is present.';
  return `Two annotators marked each pair independently (A and B); measured ${stored.date} (\`npx tsx scripts/gold-agree.ts\`, stored in bench/results/agreement.json):\n\n${table(
    ['pair', 'pledges named by both (only A / only B)', 'pledge F1', 'same verdict', 'compatible verdict', 'κ (verdict)', 'shared evidence', 'new pledges F1'],
    stored.pairs.map((p) => [
      p.pair,
      `${p.both} (${p.onlyA} / ${p.onlyB})`,
      fixed(p.pledgeF1),
      pct(p.same, p.of),
      pct(p.compatible, p.of),
      fixed(p.kappa),
      pct(p.evidenceShared, p.evidenceOf),
      fixed(p.newF1),
    ]),
  )}`;
}

export interface Eval {
  date: string;
  seed: { precision: number; recall: number; pledges: number; pledgesLinked: number; pledgesTopRight: number };
  stsbCv: { pooled: number; perFold: Record<string, number>; meanOfFolds: number };
  stsbDev: { spearman: number };
  /** `cv`: the passage reading's settings cross-validated; `cvGrid`: model, thresholds, growth and passages without its later parts. */
  deplainNoOptions: { precision: number; recall: number; f1: number; monotoneDocs: number; cv?: { cv: { f1: number } }; cvGrid?: { cv: { f1: number } } };
  deplainMonotone: { precision: number; recall: number; f1: number; threshold: number; cv?: { cv: { f1: number } }; cvGrid?: { cv: { f1: number } } };
  /** The free threshold, chosen on the documents as written and recomposed (scripts/deplain-recompose.ts). */
  deplainRecomposed?: { cv: { f1: number }; chosen: number; shipped: number; recomposedF1: number };
  communiques: Array<{ pair: string; pledges: number; linked: number; top: number }>;
}

/** The cross-validated figure first (model and threshold chosen on the other folds), then the shipped setting on the whole dev half. */
const cvFirst = (r: { cv?: { cv: { f1: number } }; cvGrid?: { cv: { f1: number } } }): string =>
  r.cv
    ? `5-fold CV over documents F1 **${fixed(r.cv.cv.f1, 3)}** (the passage reading's settings chosen in each fold${r.cvGrid ? `; with the thresholds, growth and passage settings chosen instead, the later passage rules left out, ${fixed(r.cvGrid.cv.f1, 3)}` : ''}); as shipped: `
    : '';
/** A target is met by the cross-validated figure where there is one, never by the setting chosen on all the documents. */
export const judged = (r: { f1: number; cv?: { cv: { f1: number } } }): number => r.cv?.cv.f1 ?? r.f1;

export function similarity(): string {
  const e = read<Eval>('eval.json');
  if (!e) return 'Not measured yet: `npm run eval` writes bench/results/eval.json.';
  const met = (f1: number, target: number) => (f1 >= target ? `met (target ${target})` : `**not met** (target ${target})`);
  const folds = Object.entries(e.stsbCv.perFold)
    .map(([name, v]) => `${name} ${v.toFixed(1)}`)
    .join(', ');
  const c = e.communiques;
  return `Measured ${e.date} by \`npm run eval\` (stored in bench/results/eval.json):\n\n${table(
    ['data', 'result', 'target'],
    [
      [
        'STS-B train + dev, cross-validated with folds by source',
        `Spearman×100 **${e.stsbCv.pooled.toFixed(1)}** pooled (${folds}; mean of folds ${e.stsbCv.meanOfFolds.toFixed(1)})`,
        '—',
      ],
      ['STS-B dev, fitted on train alone', `Spearman×100 ${e.stsbDev.spearman.toFixed(1)}`, '—'],
      [
        'DEplain-web dev, no options',
        `${cvFirst(e.deplainNoOptions)}P ${fixed(e.deplainNoOptions.precision, 3)}, R ${fixed(e.deplainNoOptions.recall, 3)}, **F1 ${fixed(e.deplainNoOptions.f1, 3)}** (monotone chosen for ${e.deplainNoOptions.monotoneDocs} documents)${e.deplainRecomposed ? `; the free threshold is held at the shipped ${e.deplainRecomposed.shipped} in these folds (its own cross-validation is the next row), so this figure is in-sample for it` : ''}`,
        met(judged(e.deplainNoOptions), TARGETS.deplainNoOptionsF1),
      ],
      [
        `DEplain-web dev, monotone (threshold ${e.deplainMonotone.threshold})`,
        `${cvFirst(e.deplainMonotone)}P ${fixed(e.deplainMonotone.precision, 3)}, R ${fixed(e.deplainMonotone.recall, 3)}, **F1 ${fixed(e.deplainMonotone.f1, 3)}**`,
        met(judged(e.deplainMonotone), TARGETS.deplainMonotoneF1),
      ],
      ...(e.deplainRecomposed
        ? [
            [
              'DEplain-web dev, its rewrites also recomposed (sentences moved in blocks), no options',
              `5-fold CV of the free threshold over documents, both kinds pooled: F1 **${fixed(e.deplainRecomposed.cv.f1, 3)}** (chosen ${e.deplainRecomposed.chosen}); the recomposed alone, as shipped (free ${e.deplainRecomposed.shipped}): F1 ${fixed(e.deplainRecomposed.recomposedF1, 3)}`,
              '—',
            ],
          ]
        : []),
      [
        'dev communiqué pairs: a gold evidence clause among a pledge’s links / as its top link',
        `${sum(c, (p) => p.linked)} / ${sum(c, (p) => p.pledges)} and ${sum(c, (p) => p.top)} / ${sum(c, (p) => p.pledges)}`,
        '—',
      ],
      [
        'seed pair, own gold',
        `${e.seed.pledgesLinked} of ${e.seed.pledges} pledges linked to a gold counterpart, ${e.seed.pledgesTopRight} by their top link; clause pairs P ${(100 * e.seed.precision).toFixed(1)} %, R ${(100 * e.seed.recall).toFixed(1)} %`,
        '—',
      ],
    ],
  )}`;
}
