import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The evaluation data lives beside the project, never inside it: its licences forbid copying. */
export const EVAL_DIR = resolve(process.env.EVAL_DIR ?? join(__dirname, '..', '..', 'shared', 'eval'));

export interface StsPair {
  readonly score: number;
  readonly a: string;
  readonly b: string;
}

/** Reads an STS-B split (`score<TAB>s1<TAB>s2`, header row; split on TAB only), or says plainly that it is missing. */
export function readStsb(split: 'train' | 'dev'): StsPair[] | undefined {
  const file = join(EVAL_DIR, 'stsb', `${split}.tsv`);
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [score, a, b] = line.replace(/\r$/, '').split('\t');
      return { score: Number(score), a: a ?? '', b: b ?? '' };
    });
}

/** An STS-B pair with where it came from: the folds of cross-validation are cut by source. */
export interface SourcedPair extends StsPair {
  readonly split: 'train' | 'dev';
  /** The original file: MSRvid, images, track5.en-en, deft-forum, answers-forums, MSRpar, deft-news, headlines. */
  readonly source: string;
  readonly genre: 'captions' | 'forum' | 'news';
}

/**
 * train.tsv has no genre column but keeps the original STS-B order, whose
 * composition is published: captions (MSRvid 1,000, images 1,000), forum
 * (deft-forum 450), news (MSRpar 1,000, deft-news 300, headlines 1,999) —
 * 5,749 rows. Checked by reading the rows on each side of every boundary:
 * 1000/1001 go from MSRvid's "Panda's play on a swing." (scores written
 * "0.800") to images' "Two green and white trains sitting on the tracks."
 * ("4.4"); 2000/2001 from a caption to "How about some testimonies from real
 * health experts?" (forum, scores "3"); 2450/2451 from "my final word: …" to
 * MSRpar's long newswire sentences ("4.400"); 3450/3451 from newswire to
 * deft-news's lower-cased "mexico wishes to guarantee citizens' safety. "
 * (trailing space); 3750/3751 from "this further aggravated the situation. "
 * to headlines' "Drug lord captured by marines in Mexico". Average sentence
 * length changes at the same rows (≈31, ≈45, ≈40, ≈107, ≈80, ≈46 characters).
 */
export const TRAIN_COMPOSITION: ReadonlyArray<{ source: string; genre: SourcedPair['genre']; rows: number }> = [
  { source: 'MSRvid', genre: 'captions', rows: 1000 },
  { source: 'images', genre: 'captions', rows: 1000 },
  { source: 'deft-forum', genre: 'forum', rows: 450 },
  { source: 'MSRpar', genre: 'news', rows: 1000 },
  { source: 'deft-news', genre: 'news', rows: 300 },
  { source: 'headlines', genre: 'news', rows: 1999 },
];

const GENRES: Readonly<Record<string, SourcedPair['genre']>> = { 'main-captions': 'captions', 'main-forums': 'forum', 'main-news': 'news' };

/** STS-B train and dev together, each pair with its source; undefined when the data is absent or not the published composition. */
export function readStsbSourced(): SourcedPair[] | undefined {
  const train = readStsb('train');
  const dev = readStsb('dev');
  const metaFile = join(EVAL_DIR, 'stsb', 'dev.meta.tsv');
  if (!train || !dev || !existsSync(metaFile)) return undefined;
  const expected = TRAIN_COMPOSITION.reduce((n, c) => n + c.rows, 0);
  if (train.length !== expected) throw new Error(`STS-B train has ${train.length} rows; the published composition has ${expected}`);
  const sourced: SourcedPair[] = [];
  let row = 0;
  for (const part of TRAIN_COMPOSITION) {
    for (let i = 0; i < part.rows; i += 1, row += 1) sourced.push({ ...train[row]!, split: 'train', source: part.source, genre: part.genre });
  }
  const meta = readFileSync(metaFile, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '');
  if (meta.length !== dev.length) throw new Error(`dev.meta.tsv has ${meta.length} rows for ${dev.length} pairs`);
  dev.forEach((pair, i) => {
    const [, genre, source] = meta[i]!.split('\t');
    sourced.push({ ...pair, split: 'dev', source: source ?? '?', genre: GENRES[genre ?? ''] ?? 'news' });
  });
  return sourced;
}

/**
 * Folds by genre and period, so no source (and no year of one) is on both
 * sides of a fold: a model is always scored on sentences from a source it
 * never saw, as the service meets new text.
 */
export const STSB_FOLDS: ReadonlyArray<{ name: string; sources: readonly string[] }> = [
  { name: 'captions 2012 (MSRvid)', sources: ['MSRvid'] },
  { name: 'captions 2014–17 (images, track5)', sources: ['images', 'track5.en-en'] },
  { name: 'forum 2014–15 (deft-forum, answers-forums)', sources: ['deft-forum', 'answers-forums'] },
  { name: 'news 2012 (MSRpar)', sources: ['MSRpar'] },
  { name: 'news 2013–16 (headlines, deft-news)', sources: ['headlines', 'deft-news'] },
];

export function foldOf(pair: SourcedPair): number {
  const k = STSB_FOLDS.findIndex((f) => f.sources.includes(pair.source));
  if (k < 0) throw new Error(`no fold for STS-B source ${pair.source}`);
  return k;
}
