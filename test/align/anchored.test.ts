import fc from 'fast-check';
import { alignDocuments } from '../../src/align/align';
import { fillAnchoredGaps, sandwichedGroups, type Group } from '../../src/align/anchored';
import { segment } from '../../src/text';

const pair = (s: number, t: number, w: number) => ({ s, t, w });

describe('fillAnchoredGaps: weaker pairs between two links', () => {
  const chain = [pair(0, 0, 0.9), pair(4, 4, 0.8)];

  test('a weak pair on the line between two links is added', () => {
    expect(fillAnchoredGaps(chain, [pair(2, 2, 0.42)], 0.4)).toEqual([pair(0, 0, 0.9), pair(2, 2, 0.42), pair(4, 4, 0.8)]);
  });

  test('a pair below the relieved threshold is not', () => {
    expect(fillAnchoredGaps(chain, [pair(2, 2, 0.39)], 0.4)).toEqual(chain);
  });

  test('a pair far off the line between its links is not: position is the evidence', () => {
    expect(fillAnchoredGaps([pair(0, 0, 0.9), pair(4, 8, 0.8)], [pair(1, 6, 0.5)], 0.4)).toHaveLength(2);
    expect(fillAnchoredGaps([pair(0, 0, 0.9), pair(4, 8, 0.8)], [pair(1, 2, 0.5)], 0.4)).toHaveLength(3);
  });

  test('nothing is added before the first link or after the last: no line to be near', () => {
    expect(fillAnchoredGaps([pair(2, 2, 0.9), pair(4, 4, 0.9)], [pair(1, 1, 0.8), pair(5, 5, 0.8)], 0.4)).toHaveLength(2);
  });

  test('a pair reusing a linked unit or crossing a link is not added', () => {
    expect(fillAnchoredGaps(chain, [pair(0, 1, 0.7), pair(2, 4, 0.7), pair(2, 5, 0.7)], 0.4)).toEqual(chain);
  });

  test('property: the result keeps document order on both sides and contains the chain', () => {
    const pairs = fc.array(fc.record({ s: fc.nat(30), t: fc.nat(30), w: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 60 });
    fc.assert(
      fc.property(pairs, pairs, (anchors, candidates) => {
        const ordered = [...new Map(anchors.map((p) => [p.s, p])).values()].sort((a, b) => a.s - b.s);
        // Make the anchors a valid chain: strictly increasing on both sides.
        const base = ordered.filter((p, i) => ordered.slice(0, i).every((q) => q.t < p.t));
        const out = fillAnchoredGaps(base, candidates, 0.3);
        for (const p of base) expect(out).toContain(p);
        for (let i = 1; i < out.length; i += 1) {
          expect(out[i]!.s).toBeGreaterThan(out[i - 1]!.s);
          expect(out[i]!.t).toBeGreaterThan(out[i - 1]!.t);
        }
      }),
    );
  });
});

describe('sandwichedGroups: one passage rewritten between two links', () => {
  const group = (source: number[], target: number[]): Group => ({ source, target, score: 0.9 });
  const score = () => 0.3;

  test('one source unit and three target units between two links become one 1:3 group', () => {
    expect(sandwichedGroups([group([0], [0]), group([2], [4])], score, 0.2)).toEqual([{ source: [1], target: [1, 2, 3], score: 0.3 }]);
  });

  test('not when the joined score is below the minimum', () => {
    expect(sandwichedGroups([group([0], [0]), group([2], [4])], () => 0.1, 0.2)).toEqual([]);
  });

  test('not when either side of the gap is empty or too long to be one passage', () => {
    const links = [group([0], [0]), group([1], [3]), group([4], [5]), group([6], [10])];
    expect(sandwichedGroups(links, score, 0.2)).toEqual([]);
  });

  test('works whatever order the groups come in, and around grown groups', () => {
    expect(sandwichedGroups([group([3, 4], [5]), group([0, 1], [0, 1])], score, 0.2)).toEqual([{ source: [2], target: [2, 3, 4], score: 0.3 }]);
  });
});

describe('alignDocuments, monotone: anchored gaps and sandwiches', () => {
  const a = segment(
    [
      'The council adopted the annual budget for the regional railway network.',
      'Passengers complained loudly about the delays that had piled up over the winter months on the northern lines.',
      'The minister promised new trains for the coastal route by next spring.',
    ].join('\n'),
    { mode: 'lines', language: 'en' },
  );
  const b = segment(
    [
      'The council adopted the annual budget for the regional railway network.',
      'Many trains were late in winter.',
      'People on the northern lines were angry.',
      'The minister promised new trains for the coastal route by next spring.',
    ].join('\n'),
    { mode: 'lines', language: 'en' },
  );

  test('a long sentence split into short reworded ones, between two kept sentences, becomes one 1:2 link', () => {
    const links = alignDocuments(a, b, { language: 'en', monotone: true, threshold: 0.55 });
    expect(links.map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
    ]);
  });

  test('out of order (the default) the same split is not guessed from position', () => {
    const links = alignDocuments(a, b, { language: 'en', threshold: 0.55 });
    expect(links.some((l) => l.source.includes(1 as never) && l.target.length === 2)).toBe(false);
  });
});
