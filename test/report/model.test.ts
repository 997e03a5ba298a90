import { dateText, LOW_CONFIDENCE, reportModel, type ReportModel } from '../../src/report';
import type { AlignmentResource } from '../../src/resource';
import { seedResource } from '../fixtures/seed-report';

describe('report model of the seed pair', () => {
  let resource: AlignmentResource;
  let model: ReportModel;
  beforeAll(async () => {
    resource = await seedResource();
    model = reportModel(resource);
  });

  test("the cover: titles, dates in words, publishers, and the resource's own date", () => {
    expect(model.source).toMatchObject({ title: 'France, Belgium step up security cooperation', dateText: '2 February 2016', publisher: 'EUobserver' });
    expect(model.target).toMatchObject({ dateText: '11 June 2018', publisher: 'Governments of France and Belgium' });
    expect(model.createdAtText).toBe('23 November 2026 12:00 UTC');
  });

  test('the summary reads as a sentence with the numbers of the stored verdicts and both dates', () => {
    // Counted from the stored pledges, not from the model's rows, and written out here as a reader would read it.
    const n = (status: string) => resource.pledges.filter((p) => p.status === status).length;
    expect(model.sentences[0]).toBe(
      `Of ${resource.pledges.length} pledges made on 2 February 2016, ${n('completed')} were reported completed by 11 June 2018, ${n('carried_forward')} carried forward and ${n('dropped')} dropped.`,
    );
    expect(model.sentences[1]).toBe(
      `“${model.target.title}” makes ${resource.newPledges.length} new commitments that continue none of the pledges of “France, Belgium step up security cooperation”.`,
    );
    const low = resource.pledges.filter((p) => p.confidence < 0.55).length + resource.newPledges.filter((p) => p.confidence < 0.55).length;
    expect(model.sentences.some((s) => s.includes(`below ${LOW_CONFIDENCE}`))).toBe(low > 0);
    expect(LOW_CONFIDENCE).toBe(0.55);
  });

  test('pledge rows: verdicts in plain words, topic labels, source and target wording, and why', () => {
    const magistrate = model.pledges.find((p) => p.topic === 'liaison-magistrate')!;
    expect(magistrate).toMatchObject({
      verdict: 'completed',
      topicLabel: 'liaison magistrate',
      sourceText: expect.stringMatching(/^A French liaison magistrate will be sent/),
    });
    expect(magistrate.targets).toEqual([expect.objectContaining({ text: 'stationing a French liaison magistrate in Belgium', cue: 'have taken' })]);
    expect(magistrate.reason).toBe(`Reported done in T${magistrate.targets[0]!.index} (“have taken”).`);
    expect(model.pledges.find((p) => p.topic === 'pnr')!.verdict).toBe('carried forward and widened');
    for (const p of model.pledges) expect(p.verdict).not.toMatch(/_|negated|,/);
  });

  test('the dropped list holds the dropped pledges, each saying whether the later text abandons it or is silent', () => {
    expect(model.dropped.map((p) => p.source)).toEqual(resource.pledges.filter((p) => p.status === 'dropped').map((p) => p.source));
    for (const p of model.dropped) {
      const abandoned = resource.pledges.find((r) => r.source === p.source)!.qualifiers.includes('negated');
      expect(p.verdict).toBe(abandoned ? 'dropped — the later text abandons it' : 'dropped — the later text does not take it up');
    }
  });

  test('unmatched: background sentences of the seed, none of which a link or a verdict touches', () => {
    const touched = new Set([
      ...resource.links.flatMap((l) => l.source as readonly number[]),
      ...resource.pledges.filter((p) => p.evidence.length + p.possible.length > 0).map((p) => p.source as number),
    ]);
    expect(model.unmatchedSource.length).toBeGreaterThan(0);
    for (const u of model.unmatchedSource) expect(touched.has(u.index)).toBe(false);
    expect(model.unmatchedSource.map((u) => u.text)).toEqual(expect.arrayContaining([expect.stringMatching(/^Belgium was criticised after it emerged/)]));
  });

  test('the side by side starts with a link a verdict rests on, not a headline loosely matched to a sentence', () => {
    const first = model.pairs[0]!;
    expect(first.role).toBe('evidence');
    expect(resource.source.clauses[first.source[0]!]!.kind).toBe('clause');
    expect(first.sourceText).toMatch(/^A French liaison magistrate will be sent/);
    // The headline's loose link is still shown, after every link between ordinary clauses.
    const headline = model.pairs.findIndex((p) => p.source.some((s) => resource.source.clauses[s]!.kind === 'heading'));
    const plain = model.pairs.map((p, i) => [p, i] as const).filter(([p]) => p.source.every((s) => resource.source.clauses[s]!.kind === 'clause'));
    expect(headline).toBeGreaterThan(Math.max(...plain.map(([, i]) => i)));
    // …and says what it is, here and beside the headline in the two columns.
    expect(model.pairs[headline]!.role).toBe('loose');
    expect(model.columns.source[0]!.links.map((l) => l.role)).toEqual(['loose']);
  });

  test('a concept each text names in its own words is marked in both: “Frontex agency” for “EU border and coastguard corps”', () => {
    const frontex = model.pairs.find((p) => p.concepts.includes('Frontex / European Border and Coast Guard') && /coastguard corps/.test(p.sourceText))!;
    expect(frontex.display).toBe('shared');
    const marked = (text: string, marks: ReadonlyArray<readonly [number, number]>) => marks.map(([a, b]) => text.slice(a, b));
    expect(marked(frontex.sourceText, frontex.marks.source)).toEqual(expect.arrayContaining(['border', 'coastguard', 'corps']));
    expect(marked(frontex.targetText, frontex.marks.target)).toEqual(expect.arrayContaining(['Frontex', 'agency']));
  });

  test('a pair linked through a day both texts name says so, in words', () => {
    const lede = model.pairs.find((p) => p.sourceText.startsWith('France and Belgium pledged on Monday') && p.cites.length > 0);
    expect(lede?.cites).toEqual(['1 February 2016']);
    expect(lede?.targetText).toMatch(/joint declaration of 1 February 2016.*It is in the spirit of this joint declaration/s);
  });

  test('the methodology speaks to a reader; TF-IDF, Dice and the thresholds are in the appendix', () => {
    const reader = model.methodology.map((m) => `${m.heading} ${m.text}`).join(' ');
    const appendix = model.appendix.map((m) => `${m.heading} ${m.text}`).join(' ');
    expect(model.methodology.map((m) => m.heading)).toEqual([
      'What was compared',
      'What counts as a pledge',
      'What the verdicts mean',
      'How sure',
      'The side by side',
    ]);
    expect(reader).not.toMatch(/TF-IDF|Dice|cosine|bigram|logistic|threshold|wink-nlp|STS/i);
    expect(appendix).toMatch(/TF-IDF/);
    expect(appendix).toMatch(/Dice/);
    expect(appendix).toMatch(/at least 0\.3/);
  });

  test("a date the comparison read off a document that had none is the report's date too, with where it was read", () => {
    const undated = {
      ...resource,
      source: { ...resource.source, date: null, inferredDate: { date: '2016', from: { field: 'title' as const, text: 'Security meeting of 2016' } } },
      target: {
        ...resource.target,
        date: null,
        inferredDate: {
          date: '2018-06',
          from: { field: 'text' as const, text: `In June 2018, the ministers met again in Brussels ${'and agreed '.repeat(20)}` },
        },
      },
    };
    const read = reportModel(undated);
    expect(read.source).toMatchObject({ date: '2016', dateText: '2016', dateReadFrom: 'not given; read from its title: “Security meeting of 2016”' });
    expect(read.target.dateText).toBe('June 2018');
    expect(read.target.dateReadFrom).toMatch(/^not given; read from its text: “In June 2018, the ministers met again in Brussels and agreed .* …”$/);
    // Only a day takes "on": the year and the month read "in".
    expect(read.sentences[0]).toMatch(/^Of \d+ pledges made in 2016, .* by June 2018, /);
    expect(model.source.dateReadFrom).toBeNull();
  });

  test('a result stored before links cited days still makes a report', () => {
    const old = { ...resource, links: resource.links.map((l) => ({ ...l, explanation: { ...l.explanation, citations: undefined as never } })) };
    expect(reportModel(old).pairs.every((p) => p.cites.length === 0)).toBe(true);
  });
});

test('dateText writes ISO dates in words and keeps anything else', () => {
  expect(dateText('2018-06-11')).toBe('11 June 2018');
  expect(dateText('2021-09')).toBe('September 2021');
  expect(dateText('2021')).toBe('2021');
  expect(dateText('spring 2017')).toBe('spring 2017');
  expect(dateText(null)).toBeNull();
});
