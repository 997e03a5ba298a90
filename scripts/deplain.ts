import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignDocuments } from '../src/align/align';
import type { AlignOptions } from '../src/align/types';
import { segment } from '../src/text';
import { EVAL_DIR } from './eval-data';

interface DeplainDoc {
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
export function evaluateDeplain(docs: readonly DeplainDoc[], options: AlignOptions): PrfScore {
  let system = 0;
  let gold = 0;
  let correct = 0;
  for (const doc of docs) {
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
    const key = (s: readonly number[], t: readonly number[]): string =>
      `${s.map((i) => doc.a[i]).join(' ')}\u0000${t.map((i) => doc.b[i]).join(' ')}`;
    const goldKeys = new Set(doc.gold.map(([s, t]) => key(s, t)));
    const links = alignDocuments(a, b, { language: 'de', ...options });
    const systemKeys = new Set(
      links.map((l) => key(l.source.map((i) => lineA(a.units[i]!.start)), l.target.map((i) => lineB(b.units[i]!.start)))),
    );
    system += systemKeys.size;
    gold += goldKeys.size;
    for (const k of systemKeys) if (goldKeys.has(k)) correct += 1;
  }
  const precision = system === 0 ? 0 : correct / system;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, system, gold, correct };
}

/** Run alone, it sweeps thresholds on the dev half: how the threshold in scripts/eval.ts was chosen. */
if (require.main === module) {
  const docs = readDeplain();
  if (!docs) throw new Error(`DEplain-web not found under ${EVAL_DIR}`);
  for (const threshold of [0.4, 0.45, 0.5, 0.55, 0.6, 0.65]) {
    for (const monotone of [false, true]) {
      const started = Date.now();
      const r = evaluateDeplain(docs, { threshold, monotone });
      console.log(JSON.stringify({ threshold, monotone, ms: Date.now() - started, ...r }));
    }
  }
}
