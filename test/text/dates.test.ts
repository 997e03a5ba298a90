import fc from 'fast-check';
import { documentDate, findDates, isDateWord, yearIn } from '../../src/text';

/** Each mention as [the words it covers, its day]: what a reader checks. */
const read = (text: string, year?: number | string): Array<[string, string]> => findDates(text, year).map((d) => [text.slice(d.start, d.end), d.iso]);

describe('findDates', () => {
  test.each([
    ['en, day first', 'a joint declaration of 1 February 2016 intended to', [['1 February 2016', '2016-02-01']]],
    ['en, month first', 'signed on February 1, 2016 in Brussels', [['February 1, 2016', '2016-02-01']]],
    ['en, ordinal', 'on the 25th of May 2018', [['25th of May 2018', '2018-05-25']]],
    ['en, abbreviated', 'from 3 Sept. 2017', [['3 Sept. 2017', '2017-09-03']]],
    ['fr', 'la déclaration du 1er février 2016', [['1er février 2016', '2016-02-01']]],
    ['nl', 'gepubliceerd op dinsdag 2 februari 2016, 9:30', [['2 februari 2016', '2016-02-02']]],
    ['de', 'am 1. Februar 2016 in Brüssel', [['1. Februar 2016', '2016-02-01']]],
    [
      'fr, abbreviated',
      'du 3 janv. 2017 au 5 déc. 2017',
      [
        ['3 janv. 2017', '2017-01-03'],
        ['5 déc. 2017', '2017-12-05'],
      ],
    ],
    ['ISO', 'see the note of 2016-02-01.', [['2016-02-01', '2016-02-01']]],
    ['ISO with a time', 'sent 2016-02-01T10:00Z', [['2016-02-01', '2016-02-01']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  test('a date without a year takes the year given, and is left out without one', () => {
    expect(read('pledged on Monday (1 February) to reinforce', 2016)).toEqual([['1 February', '2016-02-01']]);
    expect(read('pledged on Monday (1 February) to reinforce')).toEqual([]);
    expect(findDates('on 29 May', 2018)[0]?.explicitYear).toBe(false);
    expect(findDates('on 29 May 2018', 2000)[0]).toMatchObject({ iso: '2018-05-29', explicitYear: true });
  });

  test('with a full document date, a yearless date takes the nearest year', () => {
    expect(read('Since the attacks of 13 November', '2016-01-04')).toEqual([['13 November', '2015-11-13']]);
    expect(read('by 30 November, and since 29 May', '2018-06-11')).toEqual([
      ['30 November', '2018-11-30'],
      ['29 May', '2018-05-29'],
    ]);
    expect(read('on Monday (1 February)', '2016-02-02')).toEqual([['1 February', '2016-02-01']]);
  });

  test('a form that names no real day leaves the others to try', () => {
    expect(read('Member states may 3 May 2018 report')).toEqual([['3 May 2018', '2018-05-03']]);
  });

  test('days that do not exist are not dates', () => {
    expect(read('2016-02-30, 31 June 2018, 29 February 2017, 0 May 2018, 32 May 2018')).toEqual([]);
    expect(read('29 February 2016')).toEqual([['29 February 2016', '2016-02-29']]);
  });

  test('"may" the verb, years and months alone, and numbers inside words are not dates', () => {
    expect(read('Member states may 3 times a year report; in 2016; in February 2016; A1 May 2018x', 2018)).toEqual([]);
  });

  test('property: any text is read without error, mentions lie in order inside it and name real days', () => {
    const pieces = fc.constantFrom('1 ', 'February ', '2016', 'mai ', '31', '-', '02', '. ', 'May ', 'x', ' ', 'er ', ', ');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((p) => p.join('')),
        ),
        fc.option(fc.integer({ min: 1900, max: 2099 }), { nil: undefined }),
        (text, year) => {
          let end = 0;
          for (const d of findDates(text, year)) {
            expect(d.start).toBeGreaterThanOrEqual(end);
            expect(d.end).toBeLessThanOrEqual(text.length);
            end = d.end;
            expect(new Date(`${d.iso}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d.iso);
          }
        },
      ),
    );
  });
});

describe('documentDate', () => {
  test("the document's own date wins; else the first full date its texts name", () => {
    expect(documentDate(['Published on 2 February 2016.', 'On 1 February'], '2016-02-03')).toBe('2016-02-03');
    expect(documentDate(['On 1 February', 'gepubliceerd op dinsdag 2 februari 2016', 'the attacks of 13 November 2015'])).toBe('2016-02-02');
    expect(documentDate(['Paris, 11 June 2018'], 'June 2019')).toBe('2019');
    expect(documentDate(['Paris, 11 June 2018'], '11 June 2018')).toBe('2018-06-11');
    expect(documentDate(['no dates here', 'in 2016 only a year'])).toBeUndefined();
  });
});

test('isDateWord: month names in four languages and numbers, nothing else', () => {
  expect(['February', 'février', 'februari', 'Februar', 'mai', '2016', '1'].every(isDateWord)).toBe(true);
  expect(['cooperation', 'Monday', '1st', 'declaration'].some(isDateWord)).toBe(false);
});

test('yearIn: the first year standing alone, or none', () => {
  expect(yearIn('Paris, June 2019')).toBe(2019);
  expect(yearIn('2016-02-02')).toBe(2016);
  expect(yearIn('last Monday')).toBeUndefined();
  expect(yearIn('ref 120160')).toBeUndefined();
});
