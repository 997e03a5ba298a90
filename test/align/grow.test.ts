import type { Group } from '../../src/align/anchored';
import { DEFAULT_GROWTH, growGroups } from '../../src/align/grow';
import type { JoinedScorer } from '../../src/align/joined';
import type { PreparedClause } from '../../src/similarity/prepare';
import type { Unit } from '../../src/text';

/**
 * A source clause split into targets 0 and 1: target 1 is 27 % covered by the source and adds 2 % to the source's
 * coverage, with the joined score a little lower — a piece on the gram scale's margin.
 */
function splitScorer(): JoinedScorer {
  const clause = (key: string): PreparedClause => ({ text: key }) as unknown as PreparedClause;
  const coverage: Record<string, number> = { 't:1|s:0': 0.27, 't:0|s:0': 0.6, 's:0|t:0,1': 0.62, 's:0|t:0': 0.6 };
  return {
    prepared: (side, members) => clause(`${side[0]}:${members.join(',')}`),
    coverage: (a, b) => coverage[`${a.text}|${b.text}`] ?? 0,
    score: (_s, t) => (t.length === 1 ? 0.6 : 0.55),
    scorePair: () => 0.6,
    citedDays: () => [],
    sharedConcept: () => false,
  };
}

const units = (n: number): Unit[] => Array.from({ length: n }, (_, i) => ({ index: i, kind: 'clause', text: `${i}` }) as unknown as Unit);

describe('growGroups: how much coverage a piece needs', () => {
  test("the word scale's thresholds leave a piece 27 % covered out; the gram scale's lower ones take it", () => {
    const words: Group[] = [{ source: [0], target: [0], score: 0.6 }];
    growGroups(words, splitScorer(), units(1), units(2), DEFAULT_GROWTH);
    expect(words[0]!.target).toEqual([0]);
    const grams: Group[] = [{ source: [0], target: [0], score: 0.6 }];
    growGroups(grams, splitScorer(), units(1), units(2), { pieceCovered: 0.25, coverageGain: 0.01 });
    expect(grams[0]!.target).toEqual([0, 1]);
    expect(grams[0]!.score).toBe(0.55);
  });
});
