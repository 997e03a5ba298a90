import { dateText, reportModel, type ReportModel } from '../../src/report';
import { seedResource } from '../fixtures/seed-report';

describe('report model of the seed pair', () => {
  let model: ReportModel;
  beforeAll(async () => {
    model = reportModel(await seedResource());
  });

  test('the cover: titles, dates in words, publishers, and the resource\'s own date', () => {
    expect(model.source).toMatchObject({ title: 'France, Belgium step up security cooperation', dateText: '2 February 2016', publisher: 'EUobserver' });
    expect(model.target).toMatchObject({ dateText: '11 June 2018', publisher: 'Governments of France and Belgium' });
    expect(model.createdAtText).toBe('23 November 2026 12:00 UTC');
  });

  test('the summary sentences say the counts in words, with both dates', () => {
    const { completed, carried_forward, dropped } = model.counts;
    // Read back from the sentence, the numbers are those of the rows.
    const [made, done, carried, gone] = /^Of (\d+) pledges made on 2 February 2016, (\d+) were reported completed by 11 June 2018, (\d+) carried forward and (\d+) dropped/.exec(model.sentences[0]!)!.slice(1).map(Number);
    expect([made, done, carried, gone]).toEqual([model.pledges.length, completed, carried_forward, dropped]);
    expect([completed, carried_forward, dropped]).toEqual((['completed', 'carried_forward', 'dropped'] as const).map((s) => model.pledges.filter((p) => p.status === s).length));
    expect(Number(/makes (\d+) new commitments/.exec(model.sentences[1]!)![1])).toBe(model.newPledges.length);
  });

  test('pledge rows: verdicts in words, topic labels, source and target wording', () => {
    const magistrate = model.pledges.find((p) => p.topic === 'liaison-magistrate')!;
    expect(magistrate).toMatchObject({ verdict: 'completed', topicLabel: 'liaison magistrate', sourceText: expect.stringMatching(/^A French liaison magistrate will be sent/) });
    expect(magistrate.targets).toEqual([expect.objectContaining({ text: 'stationing a French liaison magistrate in Belgium', cue: 'have taken' })]);
    expect(magistrate.reason).toBe(`The target reports it done: T${magistrate.targets[0]!.index} (“have taken”).`);
    expect(model.pledges.find((p) => p.topic === 'pnr')!.verdict).toMatch(/, extended$/);
    for (const p of model.pledges) expect(p.verdict).not.toMatch(/_/);
  });

  test('dropped pledges, unmatched clauses and aligned pairs are listed', () => {
    for (const p of model.dropped) expect(p.verdict).toMatch(/^dropped: (not taken up|abandoned)$/);
    expect(model.unmatchedSource.length + model.pairs.length).toBeGreaterThan(0);
    expect(model.pairs.every((p) => p.sourceText.length > 0 && p.targetText.length > 0)).toBe(true);
    expect(model.methodology.join(' ')).toMatch(/threshold|at least 0\.3/);
  });

  test('a pair linked through a day both texts name says so, in words', () => {
    const lede = model.pairs.find((p) => p.sourceText.startsWith('France and Belgium pledged on Monday') && p.cites.length > 0);
    expect(lede?.cites).toEqual(['1 February 2016']);
    expect(lede?.targetText).toMatch(/joint declaration of 1 February 2016.*It is in the spirit of this joint declaration/s);
  });

  test('a result stored before links cited days still makes a report', async () => {
    const resource = await seedResource();
    const old = { ...resource, links: resource.links.map((l) => ({ ...l, explanation: { ...l.explanation, citations: undefined as never } })) };
    expect(reportModel(old).pairs.every((p) => p.cites.length === 0)).toBe(true);
  });
});

test('dateText writes ISO dates in words and keeps anything else', () => {
  expect(dateText('2018-06-11')).toBe('11 June 2018');
  expect(dateText('spring 2017')).toBe('spring 2017');
  expect(dateText(null)).toBeNull();
});
