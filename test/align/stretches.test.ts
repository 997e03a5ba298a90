import { alignDocuments } from '../../src/align/align';
import type { Group } from '../../src/align/anchored';
import { attachToLinks, recheckGroups, stretchGroups, type StretchScorer } from '../../src/align/stretches';
import { CHARACTER_MODEL } from '../../src/similarity/model';
import { segment } from '../../src/text';

const SETTINGS = { sharpness: 10, stay: 0.6, confidence: 0.7, pieceCovered: 0.2 };

/** Links 0→0 and 3→6 around free sources 1–2 and targets 1–5; `scores[source][target]`, 0.05 where not given. */
function passage(scores: Record<number, Record<number, number>>, covered = 0.5): { groups: Group[]; scorer: StretchScorer } {
  return {
    groups: [
      { source: [0], target: [0], score: 0.9 },
      { source: [3], target: [6], score: 0.9 },
    ],
    scorer: { score: (s, t) => scores[s]?.[t] ?? 0.05, covered: () => covered },
  };
}
const free = (side: 'source' | 'target', unit: number): boolean => (side === 'source' ? unit === 1 || unit === 2 : unit >= 1 && unit <= 5);

describe('stretchGroups: the free clauses between two links read as one passage', () => {
  test('each source clause takes the run of target clauses its pairs and their neighbours point to', () => {
    const { groups, scorer } = passage({ 1: { 1: 0.4, 2: 0.3, 3: 0.35 }, 2: { 4: 0.4, 5: 0.3 } });
    expect(stretchGroups(groups, 4, 7, free, scorer, SETTINGS).map((g) => [g.source, g.target])).toEqual([
      [[1], [1, 2, 3]],
      [[2], [4, 5]],
    ]);
  });

  test('a run with a doubtful piece is left out whole; a run whose pieces are all sure stays', () => {
    // Target 3 says as much of source 1 as of source 2: which split it ends or starts is a guess.
    const { groups, scorer } = passage({ 1: { 1: 0.4, 2: 0.3, 3: 0.3 }, 2: { 3: 0.3, 4: 0.5, 5: 0.5 } });
    expect(stretchGroups(groups, 4, 7, free, scorer, SETTINGS).map((g) => [g.source, g.target])).toEqual([[[1], [1, 2]]]);
  });

  test('with the links around it as states, a clause beside a link continues that link’s split', () => {
    // Target 1 reads as the rest of source 0's sentence (linked to target 0), not as the start of source 1's.
    const { groups, scorer } = passage({ 0: { 1: 0.45 }, 1: { 1: 0.15, 2: 0.4, 3: 0.35 }, 2: { 4: 0.4, 5: 0.3 } });
    const found = (boundaries: boolean) => stretchGroups(groups, 4, 7, free, scorer, { ...SETTINGS, boundaries }).map((g) => [g.source, g.target]);
    expect(found(true)).toEqual([
      [[0], [1]],
      [[1], [2, 3]],
      [[2], [4, 5]],
    ]);
    expect(found(false)).not.toContainEqual([[0], [1]]);
  });

  test('a run given to a link’s source clause extends that link; the others are new links', () => {
    const links = [
      { source: [0], target: [0], score: 0.9 },
      { source: [3], target: [6], score: 0.9 },
    ];
    const { added, extended } = attachToLinks(links, [
      { source: [0], target: [1], score: 0 },
      { source: [1], target: [2, 3], score: 0 },
      { source: [3], target: [5], score: 0 },
    ]);
    expect(added.map((g) => [g.source, g.target])).toEqual([[[1], [2, 3]]]);
    expect(extended).toEqual(links);
    expect(links.map((g) => g.target)).toEqual([
      [0, 1],
      [5, 6],
    ]);
  });

  test('a piece its source does not cover does not join it, however sure its position', () => {
    const { groups, scorer } = passage({ 1: { 1: 0.4, 2: 0.3, 3: 0.35 }, 2: { 4: 0.4, 5: 0.3 } }, 0.1);
    expect(stretchGroups(groups, 4, 7, free, scorer, SETTINGS)).toEqual([]);
  });
});

describe('recheckGroups: a weak link re-read as part of the passage around it', () => {
  // Links 0→0 and 4→6; between them a weak link 2→1, sources 1 and 3 and targets 2–5 free.
  const weak = { source: [2], target: [1], score: 0.3 };
  const around = [{ source: [0], target: [0], score: 0.9 }, weak, { source: [4], target: [6], score: 0.9 }];
  const open = (side: 'source' | 'target', unit: number): boolean => (side === 'source' ? unit === 1 || unit === 3 : unit >= 2 && unit <= 5);
  const scorer = (scores: Record<number, Record<number, number>>): StretchScorer => ({ score: (s, t) => scores[s]?.[t] ?? 0.05, covered: () => 0.5 });
  const RECHECK = { below: 0.7, keepAt: 0.5 };
  const kept = (scores: Record<number, Record<number, number>>, recheck = RECHECK) =>
    recheckGroups(around, 5, 7, open, scorer(scores), SETTINGS, recheck).map((g) => g.source[0]);

  test('dropped when the passage puts its target clause with the source clause before it', () => {
    // Target 1 reads as the start of source 1's split (1, 2), source 2 as targets 3–4: the weak pair is out of step.
    expect(kept({ 1: { 1: 0.5, 2: 0.45 }, 2: { 1: 0.3, 3: 0.5, 4: 0.45 }, 3: { 5: 0.5 } })).toEqual([0, 4]);
  });

  test('kept when the passage agrees with it, or when it scores above `below`', () => {
    expect(kept({ 1: { 2: 0.1 }, 2: { 1: 0.3, 2: 0.3 }, 3: { 3: 0.5, 4: 0.45, 5: 0.4 } })).toEqual([0, 2, 4]);
    expect(kept({ 1: { 1: 0.5, 2: 0.45 }, 2: { 1: 0.3, 3: 0.5, 4: 0.45 }, 3: { 5: 0.5 } }, { below: 0.3, keepAt: 0.5 })).toEqual([0, 2, 4]);
  });
});

describe('alignDocuments: German passages with the character model', () => {
  const lines = (texts: string[]) => segment(texts.join('\n'), { mode: 'lines', language: 'de' });
  const a = lines([
    'Der alte König lebte mit seiner jüngsten Tochter in einem prächtigen Schloss am Rande des Waldes.',
    'Eines Morgens ging die Prinzessin hinaus, setzte sich an den kühlen Brunnen und warf ihre goldene Kugel in die Höhe.',
    'Als die Kugel aber ins tiefe Wasser rollte und verschwand, weinte sie immer lauter und konnte sich nicht trösten.',
    'Plötzlich rief ihr jemand zu, was ihr denn fehle, sie weine ja, dass sich ein Stein erbarmen möchte.',
    'Da sah sie einen Frosch, der seinen dicken hässlichen Kopf aus dem Wasser streckte.',
  ]);
  const b = lines([
    'Der alte König lebte mit seiner jüngsten Tochter in einem prächtigen Schloss am Wald.',
    'Eines Morgens geht die Prinzessin nach draußen.',
    'Sie setzt sich an den Brunnen.',
    'Dort wirft sie ihre goldene Kugel hoch.',
    'Dann rollt die Kugel ins Wasser.',
    'Die Prinzessin weint laut.',
    'Jemand ruft: Was fehlt dir denn?',
    'Sogar ein Stein hätte Mitleid.',
    'Da sah sie einen Frosch, der seinen dicken hässlichen Kopf aus dem Wasser streckte.',
  ]);
  const links = (model = CHARACTER_MODEL): number[][][] =>
    alignDocuments(a, b, { language: 'de', order: 'monotone', model }).map((l) => [[...l.source], [...l.target]]);

  test('a sentence rewritten as a question and a remark, no pair of which links alone, is found between its neighbours', () => {
    expect(links()).toContainEqual([[3], [6, 7]]);
  });

  test('without the passage reading it stays unlinked', () => {
    const { stretches: _shipped, ...without } = CHARACTER_MODEL;
    expect(links(without).some(([source]) => source!.includes(3))).toBe(false);
  });
});
