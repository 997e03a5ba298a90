import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignWithOrder } from '../src/align/align';
import type { AlignOptions } from '../src/align/types';
import { DEFAULT_THRESHOLDS } from '../src/align/align';
import { DEFAULT_GROWTH } from '../src/align/grow';
import { CONFIDENT_SCORE } from '../src/align/order';
import { CHARACTER_MODEL, MODEL_WITHOUT_VECTORS, type LinearModel } from '../src/similarity/model';
import { segment } from '../src/text';
import { EVAL_DIR } from './eval-data';

export interface DeplainDoc {
  readonly id: string;
  readonly a: readonly string[];
  readonly b: readonly string[];
  readonly gold: ReadonlyArray<readonly [readonly number[], readonly number[], string]>;
}

export interface PrfScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly system: number;
  readonly gold: number;
  readonly correct: number;
}

export function readDeplain(): DeplainDoc[] | undefined {
  const file = join(EVAL_DIR, 'deplain-web', 'dev.jsonl');
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as DeplainDoc);
}

/**
 * The authors' protocol: a link is its joined source sentences and joined
 * target sentences, and counts only if both equal a gold link's.
 */
export function evaluateDeplain(docs: readonly DeplainDoc[], options: DeplainOptions): PrfScore {
  return prf(docs.map((doc) => countDoc(doc, options)));
}

/** A caller's options, and the model a cross-validation tries. */
export type DeplainOptions = AlignOptions & { readonly model?: LinearModel };

export interface Counts {
  readonly system: number;
  readonly gold: number;
  readonly correct: number;
  /** The mode the document was aligned in. */
  readonly mode: string;
}

export function prf(counts: readonly Counts[]): PrfScore {
  const system = counts.reduce((n, c) => n + c.system, 0);
  const gold = counts.reduce((n, c) => n + c.gold, 0);
  const correct = counts.reduce((n, c) => n + c.correct, 0);
  const precision = system === 0 ? 0 : correct / system;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, system, gold, correct };
}

/** One document under the authors' protocol. */
export function countDoc(doc: DeplainDoc, options: DeplainOptions): Counts {
  const key = (s: readonly number[], t: readonly number[]): string => `${s.map((i) => doc.a[i]).join(' ')}\u0000${t.map((i) => doc.b[i]).join(' ')}`;
  const goldKeys = new Set(doc.gold.map(([s, t]) => key(s, t)));
  const { links, mode } = systemLinks(doc, options);
  const systemKeys = new Set(links.map(([s, t]) => key(s, t)));
  let correct = 0;
  for (const k of systemKeys) if (goldKeys.has(k)) correct += 1;
  return { system: systemKeys.size, gold: goldKeys.size, correct, mode };
}

/** The aligner's links for one document, as sentence numbers of `a` and `b` (what the gold links name). */
export function systemLinks(doc: DeplainDoc, options: DeplainOptions): { links: Array<[number[], number[]]>; mode: string } {
  const a = segment(doc.a.join('\n'), { mode: 'lines', language: 'de' });
  const b = segment(doc.b.join('\n'), { mode: 'lines', language: 'de' });
  // Lines mode drops letterless lines, so map unit positions back to sentence numbers through their offsets.
  const lineOf = (sentences: readonly string[]) => {
    const starts: number[] = [];
    let offset = 0;
    for (const s of sentences) {
      starts.push(offset);
      offset += s.length + 1;
    }
    return (start: number): number => {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= start) low = mid;
        else high = mid - 1;
      }
      return low;
    };
  };
  const lineA = lineOf(doc.a);
  const lineB = lineOf(doc.b);
  const { links, order } = alignWithOrder(a, b, { language: 'de', ...options });
  return {
    links: links.map((l) => [l.source.map((i) => lineA(a.units[i]!.start)), l.target.map((i) => lineB(b.units[i]!.start))]),
    mode: order.mode,
  };
}

/**
 * The models a German alignment may be scored with: the English-fitted word model (with the English thresholds) and
 * the character model, whose free and confident thresholds come from scripts/scale.ts (DEplain-web has no
 * re-compositions to set them on). Cross-validation chooses the model, the monotone threshold and, for the
 * character model, the coverage a split's piece needs to join it (its coverage is in grams, not words).
 */
const MODELS: Record<'words' | 'characters', LinearModel & Required<Pick<LinearModel, 'thresholds'>>> = {
  words: { ...MODEL_WITHOUT_VECTORS, thresholds: { ...DEFAULT_THRESHOLDS, confident: CONFIDENT_SCORE } },
  characters: { ...CHARACTER_MODEL, thresholds: CHARACTER_MODEL.thresholds! },
};
export const MONOTONE_THRESHOLDS = [0.45, 0.5, 0.55, 0.6, 0.65] as const;
/** The word model's growth thresholds (grow.ts) and lower ones, on the gram scale, where chance shares more. */
export const GRAM_GROWTH: ReadonlyArray<NonNullable<LinearModel['growth']>> = [
  DEFAULT_GROWTH,
  { pieceCovered: 0.3, coverageGain: 0.01 },
  { pieceCovered: 0.25, coverageGain: 0.01 },
  { pieceCovered: 0.2, coverageGain: 0.01 },
];

/**
 * The free clauses between two links read as one passage (src/align/stretches.ts): off, as before, or with a sharpness
 * of 10 (a score 0.1 higher weighs e ≈ 2.7 times more), a split continuing with 0.5 or 0.6, and each piece at least
 * 0.6–0.8 sure of its source and 20 % covered by it.
 */
export const PASSAGES: ReadonlyArray<LinearModel['stretches']> = [
  undefined,
  ...[0.5, 0.6].flatMap((stay) => [0.6, 0.7, 0.8].map((confidence) => ({ sharpness: 10, stay, confidence, pieceCovered: 0.2 }))),
];

/**
 * A weak link re-read as part of the passage around it (src/align/stretches.ts's recheckGroups): off, or every link
 * under 0.7 (or every link) dropped when the passage gives its clauses under 0.3, 0.5 or 0.7.
 */
export const RECHECKS: ReadonlyArray<NonNullable<LinearModel['stretches']>['recheck']> = [
  undefined,
  ...[0.7, 1.01].flatMap((below) => [0.3, 0.5, 0.7].map((keepAt) => ({ below, keepAt }))),
];

export interface Candidate {
  readonly name: string;
  readonly model: LinearModel;
}

/** Every model with every monotone threshold, and the character model with every growth and passage setting. */
export function candidates(): Candidate[] {
  return Object.entries(MODELS).flatMap(([name, model]) =>
    (name === 'characters' ? PASSAGES : [undefined]).flatMap((passages) =>
      (name === 'characters' ? GRAM_GROWTH : [undefined]).flatMap((growth) =>
        MONOTONE_THRESHOLDS.map((monotone) => {
          const { stretches: _shipped, ...rest } = model;
          const label = passages ? `, passages ${passages.stay}/${passages.confidence}` : '';
          return {
            name: `${name}, monotone ${monotone}${growth ? `, growth ${growth.pieceCovered}/${growth.coverageGain}` : ''}${label}`,
            model: { ...rest, thresholds: { ...model.thresholds, monotone }, ...(growth ? { growth } : {}), ...(passages ? { stretches: passages } : {}) },
          };
        }),
      ),
    ),
  );
}

export interface CrossValidation {
  /** The held-out folds' counts pooled, each fold scored with the candidate best on the other four. */
  readonly cv: PrfScore;
  readonly perFold: number[];
  readonly chosenPerFold: string[];
  /** What the whole dev half prefers: what ships, if the folds agree. */
  readonly chosen: string;
  readonly byCandidate: Record<string, number>;
}

/**
 * 5-fold cross-validation over documents (every fifth held out in turn): for
 * each fold the candidate best on the other documents is scored on it, and
 * the folds' counts are pooled. `order` is what a caller asks: nothing (auto)
 * or monotone.
 */
export function crossValidate(docs: readonly DeplainDoc[], order: 'auto' | 'monotone'): CrossValidation {
  return crossValidateAmong(docs, order, candidates());
}

/** 5-fold choice among these candidates (chooseByFolds), named. */
function crossValidateAmong(docs: readonly DeplainDoc[], order: 'auto' | 'monotone', tried: readonly Candidate[]): CrossValidation {
  const table = tried.map((c) => docs.map((doc) => countDoc(doc, { order, model: c.model })));
  const choice = chooseByFolds(table);
  const byCandidate = Object.fromEntries(tried.map((c, t) => [c.name, prf(table[t]!).f1]));
  return { ...choice, chosenPerFold: choice.chosenPerFold.map((t) => tried[t]!.name), chosen: tried[choice.chosen]!.name, byCandidate };
}

/**
 * 5-fold choice among candidates, `table[candidate][document]` their counts: every fifth document held out in turn and
 * scored with the candidate best on the other four, the held-out counts pooled; `chosen` is what all documents prefer
 * (ties to the earlier candidate).
 */
export function chooseByFolds(
  table: ReadonlyArray<readonly Counts[]>,
  folds = 5,
): { cv: PrfScore; perFold: number[]; chosenPerFold: number[]; chosen: number } {
  const best = (keep: (i: number) => boolean): number =>
    table.map((_, t) => t).sort((x, y) => prf(table[y]!.filter((_, i) => keep(i))).f1 - prf(table[x]!.filter((_, i) => keep(i))).f1)[0]!;
  const pooled: Counts[] = [];
  const perFold: number[] = [];
  const chosenPerFold: number[] = [];
  for (let k = 0; k < folds; k += 1) {
    const t = best((i) => i % folds !== k);
    const held = table[t]!.filter((_, i) => i % folds === k);
    pooled.push(...held);
    perFold.push(prf(held).f1);
    chosenPerFold.push(t);
  }
  return { cv: prf(pooled), perFold, chosenPerFold, chosen: best(() => true) };
}

/**
 * The passage setting alone, the character model's thresholds held as shipped (chosen on all documents, so in-sample
 * for them): how its `stretches` were chosen, and the figure for that choice by itself. With `rechecks`, every passage
 * setting with each of them: how its `recheck` was chosen, the passage setting chosen with it; with `boundaries`
 * [false, true], also with and without the links around a passage as its states.
 */
export function crossValidatePassages(
  docs: readonly DeplainDoc[],
  order: 'auto' | 'monotone',
  rechecks: typeof RECHECKS = [undefined],
  boundaries: readonly boolean[] = [false],
): CrossValidation {
  const { stretches: _shipped, ...model } = MODELS.characters;
  const tried = PASSAGES.flatMap((p) =>
    p
      ? rechecks.flatMap((r) =>
          boundaries.map((b) => ({
            name: `passages ${p.stay}/${p.confidence}${r ? `, recheck ${r.below}/${r.keepAt}` : ''}${b ? ', boundaries' : ''}`,
            model: { ...model, stretches: { ...p, ...(r ? { recheck: r } : {}), ...(b ? { boundaries: b } : {}) } },
          })),
        )
      : [{ name: 'no passages', model }],
  );
  return crossValidateAmong(docs, order, tried);
}

/**
 * Run alone, it cross-validates the model, the monotone threshold, the growth and passage settings, the passage
 * setting alone, and the passage setting with the recheck of weak links: how CHARACTER_MODEL and its monotone threshold were chosen (its free and confident ones: scripts/scale.ts).
 */
if (require.main === module) {
  const docs = readDeplain();
  if (!docs) throw new Error(`DEplain-web not found under ${EVAL_DIR}`);
  const passages = { noOptions: crossValidatePassages(docs, 'auto'), monotone: crossValidatePassages(docs, 'monotone') };
  const rechecked = { noOptions: crossValidatePassages(docs, 'auto', RECHECKS), monotone: crossValidatePassages(docs, 'monotone', RECHECKS) };
  const bounded = {
    noOptions: crossValidatePassages(docs, 'auto', RECHECKS, [false, true]),
    monotone: crossValidatePassages(docs, 'monotone', RECHECKS, [false, true]),
  };
  console.log(JSON.stringify({ noOptions: crossValidate(docs, 'auto'), monotone: crossValidate(docs, 'monotone'), passages, rechecked, bounded }, null, 2));
}
