import { alignDocuments } from '../../src/align/align';
import { citations, refersBack } from '../../src/align/citations';
import { segment, type Unit } from '../../src/text';

const units = (...texts: string[]): readonly Unit[] => segment(texts.join('\n\n'), { language: 'en', mode: 'lines' }).units;
const side = (texts: string[], date?: string) => {
  const all = units(...texts);
  return { units: all, all, ...(date ? { date } : {}) };
};

describe('citations', () => {
  test('a later text naming the day an earlier one tells of cites it, the year read from the earlier one', () => {
    const report = side(['Published on 2 February 2016.', 'France and Belgium pledged on Monday (1 February) to reinforce their cooperation.']);
    const communique = side(['Our partnership was formalised by a joint declaration of 1 February 2016.', 'We met in Paris on 11 June 2018.']);
    expect(citations(report, communique)).toEqual([{ s: 1, t: 0, dates: ['2016-02-01'] }]);
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

  test('no dates, no citations', () => {
    expect(citations(side(['No dates here.']), side(['None here either.']))).toEqual([]);
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
  const report = segment(
    [
      'Published on 2 February 2016.',
      'France and Belgium pledged on Monday (1 February) to reinforce their cooperation against terrorism.',
      'A liaison magistrate will be sent to Brussels.',
    ].join('\n\n'),
    { language: 'en', mode: 'lines' },
  );
  const communique = segment(
    [
      'The ministers expressed their appreciation of a partnership formalised by a joint declaration of 1 February 2016.',
      'It is in the spirit of this joint declaration that both parties now intend to follow through on strengthening it.',
      'A liaison magistrate is stationed in Brussels.',
    ].join('\n\n'),
    { language: 'en', mode: 'lines' },
  );

  test('clauses sharing almost no words link through the day both name, and the clause pointing back joins', () => {
    const links = alignDocuments(report, communique, { language: 'en' });
    const cited = links.find((l) => l.source.includes(1 as never));
    expect(cited).toMatchObject({ target: [0, 1], relation: 'partial' });
    expect(cited!.score).toBeGreaterThanOrEqual(0.5);
    expect(cited!.explanation.citations).toEqual(['2016-02-01']);
    // Other links stand on their words alone.
    expect(links.find((l) => l.source.includes(2 as never))?.explanation.citations).toEqual([]);
  });

  test('without the year, the yearless day cites nothing', () => {
    const undated = segment(report.units.slice(1).map((u) => u.text).join('\n\n'), { language: 'en', mode: 'lines' });
    const links = alignDocuments(undated, communique, { language: 'en' });
    expect(links.every((l) => l.explanation.citations.length === 0)).toBe(true);
    expect(alignDocuments({ ...undated, date: '2016-02-02' }, communique, { language: 'en' }).some((l) => l.explanation.citations.length > 0)).toBe(true);
  });
});
