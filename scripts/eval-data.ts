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
