import { alignDocuments } from '../../src/align/align';
import { citations, refersBack, sharesSubject } from '../../src/align/citations';
import { createSimilarity } from '../../src/similarity';
import { segment, type SegmentedDocument, type Unit } from '../../src/text';

/** An English document of one line per text. */
const doc = (...texts: string[]): SegmentedDocument => segment(texts.join('\n\n'), { language: 'en', mode: 'lines' });
const units = (...texts: string[]): readonly Unit[] => doc(...texts).units;
const side = (texts: string[], date?: string) => {
  const all = units(...texts);
  return { units: all, all, ...(date ? { date } : {}) };
};

describe('citations', () => {
  test('a later text naming the day an earlier one tells of cites it, the year read from the earlier one', () => {
    const report = side(['Published on 2 February 2016.', 'France and Belgium pledged on Monday (1 February) to reinforce their cooperation.']);
    const communique = side(['Our partnership was formalised by a joint declaration of 1 February 2016.', 'We met in Paris on 11 June 2018.']);
    expect(citations(report, communique)).toEqual([
      {
        s: 1,
        t: 0,
        dates: ['2016-02-01'],
        spans: { source: report.units[1]!.text, target: communique.units[0]!.text },
      },
    ]);
  });

  test("the document's date, when given, sets the year of its yearless dates", () => {
    const report = side(['They pledged on Monday (1 February) to act.'], '2017-02-02');
    const communique = side(['The declaration of 1 February 2016 stands.', 'The declaration of 1 February 2017 stands.']);
    expect(citations(report, communique).map((c) => c.t)).toEqual([1]);
  });

  test('a day named in more than two clauses of a side is a running subject, not a reference', () => {
    const a = side(['On 29 May 2018 an attack struck Liège.']);
    const b = side(['The attack of 29 May 2018.', 'Since 29 May 2018, patrols doubled.', 'The victims of 29 May 2018 were honoured.']);
    expect(citations(a, b)).toEqual([]);
    expect(citations(a, { ...b, units: b.units.slice(0, 2) })).toHaveLength(2);
  });

  test('the span is the stretch of the clause around the day, between commas, colons or dashes', () => {
    const a = side(['They met on 2 February 2016 to reinforce cooperation.']);
    const b = side(['Cooperation has been vigorous — notably since the attack in Liège on 29 May — and formalised on 2 February 2016, as agreed.']);
    expect(citations(a, b)[0]?.spans.target).toBe(' and formalised on 2 February 2016');
  });

  test('a dateline dates the document before a cited older date in its body', () => {
    const a = side(['Paris, 11 June 2018', 'Since the attacks of 13 November 2015, on 9 June we met.']);
    const b = side(['We met on 9 June 2018.']);
    expect(citations(a, b).map((c) => c.dates)).toEqual([['2018-06-09']]);
  });

  test('no dates, no citations', () => {
    expect(citations(side(['No dates here.']), side(['None here either.']))).toEqual([]);
  });
});

describe('sharesSubject', () => {
  const texts = [
    'France and Belgium pledged on Monday (1 February) to reinforce their cooperation.',
    'Our cooperation was formalised by a joint declaration of 1 February 2016.',
    'We honour the victims of 1 February 2016.',
  ];
  const sim = createSimilarity(texts, { language: 'en' });
  const [pledge, declaration, victims] = texts.map((t) => sim.prepare(t));
  test('a content word besides the date is shared: one subject', () => {
    expect(sharesSubject(pledge!, declaration!)).toBe(true);
  });
  test('only the date is shared: not one subject', () => {
    expect(sharesSubject(pledge!, victims!)).toBe(false);
  });
});

describe('refersBack', () => {
  const cited = 'Our partnership was formalised by a joint declaration of 1 February 2016.';
  test.each([
    ['en', 'It is in the spirit of this joint declaration that both parties will go on.', cited, true],
    ['en, "that" is a conjunction', 'We agreed that declaration texts should be short.', cited, false],
    ['en, another noun', 'This meeting was held in Paris.', cited, false],
    ['fr', 'Dans l’esprit de cette déclaration, les deux parties poursuivront.', 'formalisé par une déclaration commune du 1er février 2016', true],
    ['nl', 'In de geest van deze verklaring zetten beide partijen door.', 'vastgelegd in een gezamenlijke verklaring van 1 februari 2016', true],
    ['de', 'Im Sinne dieser Erklärung setzen beide Seiten fort.', 'durch eine gemeinsame Erklärung vom 1. Februar 2016 besiegelt', true],
  ] as const)('%s', (language, next, previous, expected) => {
    const lang = language.slice(0, 2) as 'en' | 'fr' | 'nl' | 'de';
    expect(refersBack(next, previous, lang)).toBe(expected);
  });
});

describe('alignDocuments with citations', () => {
  const report = doc(
    'Published on 2 February 2016.',
    'France and Belgium pledged on Monday (1 February) to reinforce their cooperation against terrorism.',
    'A liaison magistrate will be sent to Brussels.',
  );
  const communique = doc(
    'The ministers expressed their appreciation of this co-operation, formalised by a joint declaration of 1 February 2016.',
    'It is in the spirit of this joint declaration that both parties now intend to follow through on strengthening it.',
    'A liaison magistrate is stationed in Brussels.',
  );

  test('clauses sharing almost no words link through the day both name, and the clause pointing back joins', () => {
    const links = alignDocuments(report, communique, { language: 'en' });
    const cited = links.find((l) => l.source.includes(1 as never));
    expect(cited).toMatchObject({ target: [0, 1], relation: 'partial' });
    // The words alone score below the 0.3 threshold; the day both name adds 0.2.
    expect(cited!.score).toBeGreaterThanOrEqual(0.3);
    expect(cited!.explanation.citations).toEqual(['2016-02-01']);
    // Other links stand on their words alone.
    expect(links.find((l) => l.source.includes(2 as never))?.explanation.citations).toEqual([]);
  });

  test('a clause naming the same day on another subject is not linked by it, and a closer paraphrase outranks a citation', () => {
    const pledge = doc('Published on 30 March 2016.', 'Following the attacks of 22 March, the ministers pledged to set up joint investigation teams.');
    const later = doc('Our prosecutors now work in common investigation teams.', 'We will continue to honour the victims of 22 March 2016.');
    const links = alignDocuments(pledge, later, { language: 'en' });
    expect(links.map((l) => l.explanation.citations)).toEqual([[]]);
    expect(links[0]).toMatchObject({ source: [1] });
    expect(links[0]!.target).toContain(0);
  });

  test("a cited link keeps the bonus when it grows: its score is its joined texts' score plus 0.2", () => {
    const links = alignDocuments(report, communique, { language: 'en', threshold: 0 });
    const cited = links.find((l) => l.explanation.citations.length > 0)!;
    const plain = alignDocuments({ units: report.units.slice(1) }, { units: communique.units }, { language: 'en', threshold: 0 }).find(
      (l) => l.source.join() === cited.source.join() && l.target.join() === cited.target.join(),
    );
    expect(cited.target.length).toBe(2);
    expect(plain).toBeDefined();
    expect(cited.score).toBeCloseTo(plain!.score + 0.2, 2);
  });

  test('without the year, the yearless day cites nothing', () => {
    const undated = doc(...report.units.slice(1).map((u) => u.text));
    const links = alignDocuments(undated, communique, { language: 'en' });
    expect(links.every((l) => l.explanation.citations.length === 0)).toBe(true);
    expect(alignDocuments({ ...undated, date: '2016-02-02' }, communique, { language: 'en' }).some((l) => l.explanation.citations.length > 0)).toBe(true);
  });
});
