import { CANDIDATES_PER_PLEDGE, DEFAULT_EVIDENCE_MODEL, weighCandidates } from '../../src/pledges/evidence';
import type { TermIndex } from '../../src/pledges/retrieval';

describe('ranking a pledge’s candidates', () => {
  // The pledge's continuation sits inside a longer clause on more, so it is a little less alike as a whole than
  // clauses that share none of the pledge's own words; it holds most of the pledge's vocabulary, they hold none.
  const pledge = 0;
  const lookAlikes = [1, 2, 3, 4];
  const continuation = 5;
  // Terms as numbers of one vocabulary: opioid 0, action 1, plan 2, drug 3, leader 4, agre 5, reinforc 6, fentanyl 7, intellig 8, border 9.
  const terms: TermIndex = {
    source: new Map([[pledge, Int32Array.of(0, 1, 2, 3)]]),
    target: new Map([...lookAlikes.map((t): [number, Int32Array] => [t, Int32Array.of(4, 5, 6)]), [continuation, Int32Array.of(7, 8, 0, 1, 2, 9)]]),
    phrases: { source: new Map(), target: new Map() },
    idf: new Float64Array(10).fill(2),
    maxIdf: 3,
  };
  const weighed = weighCandidates(new Set([pledge]), {
    candidates: [...lookAlikes.map((target) => ({ source: pledge, target, score: 0.4 })), { source: pledge, target: continuation, score: 0.36 }],
    links: new Map(),
    terms,
    targetMood: () => 'commitment',
    model: DEFAULT_EVIDENCE_MODEL,
  });
  const ranked = weighed.get(pledge)!.map((c) => c.target);

  test('the clause that takes up the pledge’s words is among those weighed, ahead of the look-alikes', () => {
    expect(ranked).toHaveLength(CANDIDATES_PER_PLEDGE);
    expect(ranked[0]).toBe(continuation);
  });
});
