import { readDeplain, systemLinks, type DeplainOptions } from './deplain';
import { EVAL_DIR } from './eval-data';

/**
 * Where DEplain-web's links are lost, by the gold link's shape: each gold link
 * is found (its exact group), partly found (a system link shares a sentence
 * with it on both sides: under-grown, over-grown or shifted) or missed; each
 * system link that matches no gold link is partial (it overlaps one) or wrong.
 * A diagnosis, not a figure to choose by: choices go through deplain.ts's
 * cross-validation.
 *
 * npx tsx scripts/deplain-shapes.ts [auto|monotone] [threshold]
 */
type Shape = '1:1' | '1:2' | '1:3+' | 'n:1' | 'n:m';
const shapeOf = (s: readonly number[], t: readonly number[]): Shape =>
  s.length === 1 ? (t.length === 1 ? '1:1' : t.length === 2 ? '1:2' : '1:3+') : t.length === 1 ? 'n:1' : 'n:m';

const docs = readDeplain();
if (!docs) throw new Error(`DEplain-web not found under ${EVAL_DIR}`);
const order = (process.argv[2] ?? 'monotone') as 'auto' | 'monotone';
const options: DeplainOptions = { order, ...(process.argv[3] ? { threshold: Number(process.argv[3]) } : {}) };

const gold: Record<Shape, Record<'found' | 'under' | 'over' | 'shifted' | 'missed', number>> = Object.create(null);
const system: Record<Shape, Record<'correct' | 'partial' | 'wrong', number>> = Object.create(null);
const add = <K extends string>(table: Record<Shape, Record<K, number>>, shape: Shape, key: K): void => {
  table[shape] ??= {} as Record<K, number>;
  table[shape][key] = (table[shape][key] ?? 0) + 1;
};
const overlaps = (x: readonly number[], y: readonly number[]): boolean => x.some((i) => y.includes(i));
const within = (x: readonly number[], y: readonly number[]): boolean => x.every((i) => y.includes(i));

for (const doc of docs) {
  const key = (s: readonly number[], t: readonly number[]): string => `${s.map((i) => doc.a[i]).join(' ')}\u0000${t.map((i) => doc.b[i]).join(' ')}`;
  const { links } = systemLinks(doc, options);
  const systemKeys = new Set(links.map(([s, t]) => key(s, t)));
  const goldKeys = new Set(doc.gold.map(([s, t]) => key(s, t)));
  for (const [s, t] of doc.gold) {
    const shape = shapeOf(s, t);
    if (systemKeys.has(key(s, t))) {
      add(gold, shape, 'found');
      continue;
    }
    const touching = links.filter(([ls, lt]) => overlaps(ls, s) && overlaps(lt, t));
    if (touching.length === 0) add(gold, shape, 'missed');
    else if (touching.every(([ls, lt]) => within(ls, s) && within(lt, t))) add(gold, shape, 'under');
    else if (touching.some(([ls, lt]) => within(s, ls) && within(t, lt))) add(gold, shape, 'over');
    else add(gold, shape, 'shifted');
  }
  for (const [s, t] of links) {
    const shape = shapeOf(s, t);
    if (goldKeys.has(key(s, t))) add(system, shape, 'correct');
    else if (doc.gold.some(([gs, gt]) => overlaps(gs, s) && overlaps(gt, t))) add(system, shape, 'partial');
    else add(system, shape, 'wrong');
  }
}
console.log(
  `gold links by shape (${order}${options.threshold ? `, threshold ${options.threshold}` : ''}): found / under-grown / over-grown / shifted / missed`,
);
console.table(gold);
console.log('system links by shape: correct / partial (overlaps a gold link) / wrong');
console.table(system);
