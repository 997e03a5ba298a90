/**
 * `npx tsx scripts/deplain-recompose.ts`: the character model's free threshold, chosen on German re-compositions.
 * DEplain-web's rewrites keep their source's order, so on their own they cannot say how strong a link must be when
 * links may cross. Moving each rewrite's sentences in blocks (never splitting a gold group, so every gold link still
 * holds, word for word) makes a re-composition whose gold is known. Each document then counts twice — as written
 * (successive versions) and recomposed — and 5-fold cross-validation over documents chooses the free threshold a
 * caller with no options gets, scoring both kinds together, and how a text is read when too few confident links tell
 * its order (`unknownOrder`), and what share of confident links must keep order for it to read as a successive version
 * (`inOrderShare`).
 */
import { prng } from '../bench/prng';
import { CHARACTER_MODEL, type LinearModel } from '../src/similarity/model';
import { chooseByFolds, countDoc, prf, readDeplain, type Counts, type DeplainDoc, type PrfScore } from './deplain';

/** Sentences per moved block: a paragraph of a plain-language text, about. */
const BLOCK = 4;

/**
 * The rewrite's sentences moved in blocks of about BLOCK, by a seeded shuffle; a block boundary never falls inside a
 * gold link's target sentences, which keep their order, so the gold links hold as they were.
 */
export function recompose(doc: DeplainDoc, seed: number, block = BLOCK): DeplainDoc {
  const inside = new Set<number>();
  for (const [, targets] of doc.gold) for (let i = Math.min(...targets) + 1; i <= Math.max(...targets); i += 1) inside.add(i);
  const blocks: number[][] = [];
  let current: number[] = [];
  doc.b.forEach((_, i) => {
    if (current.length >= block && !inside.has(i)) {
      blocks.push(current);
      current = [];
    }
    current.push(i);
  });
  if (current.length > 0) blocks.push(current);
  const random = prng(seed);
  for (let i = blocks.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [blocks[i], blocks[j]] = [blocks[j]!, blocks[i]!];
  }
  const order = blocks.flat();
  const at = new Map(order.map((old, now) => [old, now]));
  return {
    ...doc,
    id: `${doc.id} recomposed`,
    b: order.map((i) => doc.b[i]!),
    gold: doc.gold.map(([s, t, kind]) => [s, t.map((i) => at.get(i)!).sort((x, y) => x - y), kind] as const),
  };
}

export const FREE_THRESHOLDS = [0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6] as const;

export interface FreeChoice {
  /** Held-out folds pooled, each scored with the threshold best on the other four; documents as written and recomposed. */
  readonly cv: PrfScore;
  readonly chosenPerFold: number[];
  /** What all documents prefer. */
  readonly chosen: number;
  readonly byThreshold: Record<string, { readonly written: number; readonly recomposed: number; readonly both: number }>;
}

/** The free threshold a caller with no options gets: one of the readings chooseReading weighs, named by its value. */
export function chooseFreeThreshold(docs: readonly DeplainDoc[], model: LinearModel = CHARACTER_MODEL): FreeChoice {
  const choice = chooseReading(
    docs,
    FREE_THRESHOLDS.map((free) => [String(free), { ...model, thresholds: { ...model.thresholds!, free } }] as const),
  );
  return { cv: choice.cv, chosenPerFold: choice.chosenPerFold.map(Number), chosen: Number(choice.chosen), byThreshold: choice.byReading };
}

export interface OrderChoice {
  /** Held-out folds pooled, documents as written and recomposed together, each fold read as the other four preferred. */
  readonly cv: PrfScore;
  /** The same folds and choices, scored on the documents as written alone: what a caller with no options gets. */
  readonly cvWritten: PrfScore;
  /** And on the documents recomposed alone: a gain as written bought here is no gain. */
  readonly cvRecomposed: PrfScore;
  readonly chosenPerFold: string[];
  readonly chosen: string;
  readonly byReading: Record<string, { readonly written: number; readonly recomposed: number; readonly both: number }>;
}

/**
 * A reading setting chosen as the free threshold is, both kinds of document together: `readings` are the model's
 * variants by name. The same folds' choices are also scored on the documents as written alone.
 */
export function chooseReading(docs: readonly DeplainDoc[], readings: ReadonlyArray<readonly [string, LinearModel]>): OrderChoice {
  const recomposed = docs.map((doc, i) => recompose(doc, 1_000 + i));
  const counts = readings.map(([, tried]) => ({
    written: docs.map((d) => countDoc(d, { model: tried })),
    recomposed: recomposed.map((d) => countDoc(d, { model: tried })),
  }));
  // A document's two copies count together, so they always fall in the same fold.
  const together = (a: Counts, b: Counts): Counts => ({ system: a.system + b.system, gold: a.gold + b.gold, correct: a.correct + b.correct, mode: a.mode });
  const table = counts.map((c) => c.written.map((w, i) => together(w, c.recomposed[i]!)));
  const choice = chooseByFolds(table);
  const folds = choice.chosenPerFold.length;
  const heldOut = (kind: 'written' | 'recomposed') => prf(choice.chosenPerFold.flatMap((k, fold) => counts[k]![kind].filter((_, i) => i % folds === fold)));
  const byReading = Object.fromEntries(
    readings.map(([name], k) => [name, { written: prf(counts[k]!.written).f1, recomposed: prf(counts[k]!.recomposed).f1, both: prf(table[k]!).f1 }]),
  );
  return {
    cv: choice.cv,
    cvWritten: heldOut('written'),
    cvRecomposed: heldOut('recomposed'),
    chosenPerFold: choice.chosenPerFold.map((k) => readings[k]![0]),
    chosen: readings[choice.chosen]![0],
    byReading,
  };
}

/** How the character model reads a text whose confident links are too few to tell its order (`unknownOrder`): free, as English reads it, or as a successive version. */
export function chooseUnknownOrder(docs: readonly DeplainDoc[], model: LinearModel = CHARACTER_MODEL): OrderChoice {
  return chooseReading(
    docs,
    (['free', 'monotone'] as const).map((unknownOrder) => [unknownOrder, { ...model, unknownOrder }] as const),
  );
}

/** The in-order shares tried: English's 0.75 and below it, where DEplain-web's rewrites with a moved section fall, and above it. */
export const IN_ORDER_SHARES = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85] as const;

/** The share of confident links that must keep order for a text to read as a successive version (`inOrderShare`). */
export function chooseInOrderShare(
  docs: readonly DeplainDoc[],
  model: LinearModel = CHARACTER_MODEL,
  shares: readonly number[] = IN_ORDER_SHARES,
): OrderChoice {
  return chooseReading(
    docs,
    shares.map((inOrderShare) => [String(inOrderShare), { ...model, inOrderShare }] as const),
  );
}

if (require.main === module) {
  const docs = readDeplain();
  if (!docs) throw new Error('DEplain-web not found');
  console.log(JSON.stringify({ free: chooseFreeThreshold(docs), unknownOrder: chooseUnknownOrder(docs), inOrderShare: chooseInOrderShare(docs) }, null, 2));
}
