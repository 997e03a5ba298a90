import fc from 'fast-check';
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
    expect(stretchGroups(groups, { sourceCount: 4, targetCount: 7, free, scorer, settings: SETTINGS }).map((g) => [g.source, g.target])).toEqual([
      [[1], [1, 2, 3]],
      [[2], [4, 5]],
    ]);
  });

  test('a run with a doubtful piece is left out whole; a run whose pieces are all sure stays', () => {
    // Target 3 says as much of source 1 as of source 2: which split it ends or starts is a guess.
    const { groups, scorer } = passage({ 1: { 1: 0.4, 2: 0.3, 3: 0.3 }, 2: { 3: 0.3, 4: 0.5, 5: 0.5 } });
    expect(stretchGroups(groups, { sourceCount: 4, targetCount: 7, free, scorer, settings: SETTINGS }).map((g) => [g.source, g.target])).toEqual([
      [[1], [1, 2]],
    ]);
  });

  test('with the links around it as states, a clause beside a link continues that link’s split', () => {
    // Target 1 reads as the rest of source 0's sentence (linked to target 0), not as the start of source 1's.
    const { groups, scorer } = passage({ 0: { 1: 0.45 }, 1: { 1: 0.15, 2: 0.4, 3: 0.35 }, 2: { 4: 0.4, 5: 0.3 } });
    const found = (boundaries: boolean) =>
      stretchGroups(groups, { sourceCount: 4, targetCount: 7, free, scorer, settings: { ...SETTINGS, boundaries } }).map((g) => [g.source, g.target]);
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
    expect(stretchGroups(groups, { sourceCount: 4, targetCount: 7, free, scorer, settings: SETTINGS })).toEqual([]);
  });
});

describe('stretchGroups, for any scores', () => {
  test('proposes only free clauses, each once, between the links it falls between, in order, a few pieces to a source clause', () => {
    const settings = fc.record({
      // Wider than any setting shipped: exp must not overflow, and staying must leave the moves probabilities.
      sharpness: fc.double({ min: 1, max: 1000, noNaN: true }),
      stay: fc.double({ min: 0, max: 1, noNaN: true }),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      pieceCovered: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    const case_ = fc.record({
      n: fc.integer({ min: 1, max: 14 }),
      m: fc.integer({ min: 1, max: 14 }),
      anchors: fc.array(fc.tuple(fc.nat(13), fc.nat(13)), { maxLength: 4 }),
      taken: fc.array(fc.boolean(), { minLength: 28, maxLength: 28 }),
      seed: fc.nat(),
      covered: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    let proposed = 0;
    fc.assert(
      fc.property(case_, settings, ({ n, m, anchors, taken, seed, covered }, chosen) => {
        // Links as the aligner leaves them: one-to-one, in document order, within the documents.
        const groups: Group[] = [];
        for (const [s, t] of [...anchors].sort((x, y) => x[0] - y[0] || x[1] - y[1])) {
          const last = groups.at(-1);
          if (s < n && t < m && (!last || (s > last.source[0]! && t > last.target[0]!))) groups.push({ source: [s], target: [t], score: 0.9 });
        }
        const linked = (side: 'source' | 'target', i: number) => groups.some((g) => g[side].includes(i));
        const free = (side: 'source' | 'target', i: number): boolean => !linked(side, i) && !taken[(side === 'source' ? 0 : 14) + i];
        const score = (s: number, t: number): number => ((Math.imul(s * 31 + t, 2654435761) ^ seed) >>> 0) / 2 ** 32;
        const found = stretchGroups(groups, { sourceCount: n, targetCount: m, free, scorer: { score, covered: () => covered }, settings: chosen });
        proposed += found.length;
        const sources = found.flatMap((g) => g.source);
        const targets = found.flatMap((g) => g.target);
        expect(new Set(sources).size).toBe(sources.length);
        expect(new Set(targets).size).toBe(targets.length);
        for (const g of found) {
          expect(g.source).toHaveLength(1);
          expect(g.target.length).toBeGreaterThanOrEqual(1);
          expect(g.target.length).toBeLessThanOrEqual(6);
          expect(g.source.every((s) => s < n && free('source', s)) && g.target.every((t) => t < m && free('target', t))).toBe(true);
          // Between the same two links on both sides: no link lies between its source and its targets' positions.
          const s = g.source[0]!;
          for (const link of groups) expect(link.source[0]! < s).toBe(link.target[0]! < g.target[0]!);
          // Its targets are a run of the free clauses there.
          for (let t = g.target[0]!; t <= g.target.at(-1)!; t += 1) expect(!free('target', t) || g.target.includes(t)).toBe(true);
        }
        const ordered = [...found].sort((x, y) => x.source[0]! - y.source[0]!);
        for (let i = 1; i < ordered.length; i += 1) expect(ordered[i]!.target[0]!).toBeGreaterThan(ordered[i - 1]!.target.at(-1)!);
      }),
      { numRuns: 300 },
    );
    // The cases must reach the groups whose shape is checked.
    expect(proposed).toBeGreaterThan(50);
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
    recheckGroups(around, { sourceCount: 5, targetCount: 7, free: open, scorer: scorer(scores), settings: SETTINGS }, recheck).map((g) => g.source[0]);

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
