import { quotesIn, spansOf } from '../../scripts/gold/format';
import { seedPair } from '../../scripts/gold/pairs';
import { scorePair, type PairScore } from '../../scripts/gold/score';
import { compareTexts, type Comparison } from '../../src/pledges';

/**
 * The seed pair against its hand-made pledge gold (corpora/seed-pair.pledges.gold.json), scored as every
 * communiqué gold is (scripts/gold/score.ts): what a reader of the seed report can rely on today.
 */
const pair = seedPair();
let result: Comparison;
let score: PairScore;
beforeAll(() => {
  result = compareTexts({ text: pair.sourceText, date: pair.gold.source.date }, { text: pair.targetText, date: pair.gold.target.date });
  score = scorePair(pair, result);
});

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const sourceSpan = (quote: string) => spansOf(pair.sourceText, quotesIn(pair.gold, 'source'))[quotesIn(pair.gold, 'source').indexOf(quote)]!;
const verdictOf = (quote: string) => result.pledges.find((p) => overlaps(result.source.clauses[p.source]!, sourceSpan(quote)));

describe('seed pair: pledges against the hand-made gold', () => {
  test('every gold pledge is found, and no statement or quotation is taken for a pledge', () => {
    expect(score.found).toBe(score.pledges);
    expect(score.falsePledges).toEqual([]);
  });

  test('at least four in five of the new 2018 commitments are listed, and at most one clause outside the gold', () => {
    expect(score.newFound / score.newGold).toBeGreaterThanOrEqual(0.8);
    expect(score.falseNew.length).toBeLessThanOrEqual(1);
  });

  test('the magistrate sent and stationed is completed, on the stationing clause', () => {
    const verdict = verdictOf('A French liaison magistrate will be sent')!;
    expect(verdict.status).toBe('completed');
    expect(result.target.clauses[verdict.evidence[0]!.target]!.text).toBe('stationing a French liaison magistrate in Belgium');
  });

  test('the PNR pledge continues in the call for a railway PNR, extended to other partners', () => {
    const verdict = verdictOf('Belgium and France also pledged to "develop as quickly')!;
    expect(verdict.qualifiers).toContain('extended');
    expect(verdict.evidence.map((e) => result.target.clauses[e.target]!.text)).toContainEqual(expect.stringMatching(/railway PNR/));
  });

  test('the border and coastguard corps is completed by the Frontex reform: one concept, two names', () => {
    const verdict = verdictOf('They also pushed for the quick creation of an EU border and coastguard corps')!;
    expect(verdict.status).toBe('completed');
    expect(result.target.clauses[verdict.evidence[0]!.target]!.text).toMatch(/Frontex agency/);
  });

  test('the summary counts what the lists hold', () => {
    expect(result.summary.total).toEqual({
      completed: result.pledges.filter((p) => p.status === 'completed').length,
      carried_forward: result.pledges.filter((p) => p.status === 'carried_forward').length,
      dropped: result.pledges.filter((p) => p.status === 'dropped').length,
      new: result.newPledges.length,
    });
  });
});
