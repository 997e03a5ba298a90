import { recompose } from '../../scripts/deplain-recompose';
import type { DeplainDoc } from '../../scripts/deplain';

const doc: DeplainDoc = {
  id: 'made up',
  a: Array.from({ length: 12 }, (_, i) => `Satz ${i}.`),
  b: Array.from({ length: 20 }, (_, i) => `Einfacher Satz ${i}.`),
  // A split (one sentence into three rewrites) across what would be a block boundary, and some one-to-one links.
  gold: [
    [[0], [2, 3, 4, 5], 'aligned'],
    [[1], [7], 'aligned'],
    [[2, 3], [12], 'aligned'],
    [[4], [19], 'identical'],
  ],
};
const joined = (d: DeplainDoc) => d.gold.map(([s, t]) => `${s.map((i) => d.a[i]).join(' ')} → ${t.map((i) => d.b[i]).join(' ')}`);

test('a recomposed rewrite holds the same sentences in another order, and every gold link still joins the same words', () => {
  const moved = recompose(doc, 7);
  expect([...moved.b].sort()).toEqual([...doc.b].sort());
  expect(moved.b).not.toEqual(doc.b);
  expect(moved.a).toEqual(doc.a);
  expect(joined(moved)).toEqual(joined(doc));
});

test('the same seed moves the blocks the same way; another seed, another way', () => {
  expect(recompose(doc, 7).b).toEqual(recompose(doc, 7).b);
  expect(recompose(doc, 8).b).not.toEqual(recompose(doc, 7).b);
});
