import { alignTexts } from '../../src/align';
import { createSimilarity } from '../../src/similarity';
import { readSeed, SEED_2016, SEED_2018 } from '../fixtures/seeds';

/** A heading names a whole subject and loosely matches a dozen clauses: the best of those is not its counterpart. */
describe('headings link only to a heading, the lede, or a clause that says most of what they say', () => {
  const alignment = alignTexts({ text: readSeed(SEED_2016), date: '2016-02-02' }, { text: readSeed(SEED_2018), date: '2018-06-11' });
  const sourceText = (i: number): string => alignment.source.clauses[i]!.text;
  const targetText = (i: number): string => alignment.target.clauses[i]!.text;

  test('the seed headline "France, Belgium step up security cooperation" is not linked to "reinforcing judicial co-operation"', () => {
    const headline = alignment.source.clauses.find((u) => u.text === 'France, Belgium step up security cooperation')!;
    expect(headline.kind).toBe('heading');
    const partners = alignment.links.filter((l) => l.source.includes(headline.index as never)).flatMap((l) => l.target.map(targetText));
    expect(partners).not.toContain('reinforcing judicial co-operation');
  });

  test('no link joins a heading to other clauses, and a heading–clause link is to the lede or a covering clause', () => {
    const lede = {
      source: alignment.source.clauses.find((u) => u.kind === 'clause')!.index,
      target: alignment.target.clauses.find((u) => u.kind === 'clause')!.index,
    };
    for (const link of alignment.links) {
      const kinds = [...link.source.map((s) => alignment.source.clauses[s]!.kind), ...link.target.map((t) => alignment.target.clauses[t]!.kind)];
      if (!kinds.includes('heading')) continue;
      expect([link.source.length, link.target.length, sourceText(link.source[0]!)]).toEqual([1, 1, sourceText(link.source[0]!)]);
      const bothHeadings = kinds.every((k) => k === 'heading');
      const toLede = link.source[0] === lede.source || link.target[0] === lede.target;
      // The aligner's own rule: the clause says at least 60 % of what the heading says (directional soft overlap).
      const sim = createSimilarity(
        [...alignment.source.clauses, ...alignment.target.clauses].filter((u) => u.kind === 'clause' || u.kind === 'heading').map((u) => u.text),
        { language: 'en' },
      );
      const [s, t] = [sourceText(link.source[0]!), targetText(link.target[0]!)];
      const [heading, other] = kinds[0] === 'heading' ? [s, t] : [t, s];
      const covering = sim.coverage(sim.prepare(heading), sim.prepare(other)) >= 0.6;
      expect({ link: [sourceText(link.source[0]!), targetText(link.target[0]!)], ok: bothHeadings || toLede || covering }).toMatchObject({ ok: true });
    }
  });

  test('a heading that a clause restates in full still links to it, wherever the clause is', () => {
    const a = alignTexts(
      { text: 'Border checks for all travellers\n\nThe ministers met in Paris on Monday.\n\nThey discussed the budget of the agency.' },
      {
        text: 'The ministers met in Paris on Monday.\n\nThe weather was mild in the capital.\n\nThe ministers agreed on systematic border checks for all travellers.',
      },
    );
    expect(a.source.clauses[0]!.kind).toBe('heading');
    expect(a.links.map((l) => [l.source, l.target])).toEqual([
      [[0], [2]],
      [[1], [0]],
    ]);
  });
});
