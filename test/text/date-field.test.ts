import { documentDateSchema } from '../../src/resource';
import { dateProblem, inferDate } from '../../src/text';

describe('a document date as a caller gives it', () => {
  test.each(['2016-02-02', '2016-02-29', '2018-06', '2018', ' 2018-06-11 '])('%p is a date', (value) => {
    expect(documentDateSchema.safeParse(value).success).toBe(true);
  });

  test.each([
    ['yesterday-ish', /must be a date such as 2016-02-02/],
    ['2021-13-45', /no month 13/],
    ['2017-02-29', /not a day of the calendar/],
    ['2018-00', /no month 00/],
    ['spring 2017', /must be a date/],
    ['11 June 2018', /must be a date/],
    ['', /must be a date/],
  ])('%p is refused, saying why', (value, why) => {
    expect(dateProblem(value.trim())).toMatch(why);
    expect(documentDateSchema.safeParse(value).success).toBe(false);
  });
});

describe('the date read off a document without one', () => {
  test('a dateline in the first line, with the words it came from', () => {
    expect(inferDate('Franco-Belgian meeting Val Duchesse II : joint communiqué (Paris, 11 June 2018)\n\nOn the invitation of France…')).toEqual({
      date: '2018-06-11',
      from: { field: 'text', text: 'Franco-Belgian meeting Val Duchesse II : joint communiqué (Paris, 11 June 2018)' },
    });
  });

  test('a date in the title wins over one in the text', () => {
    expect(inferDate('Paris, 14 March 2018. The ministers met.', 'Communiqué of 2 May 2019')?.date).toBe('2019-05-02');
    expect(inferDate('The ministers met.', 'Communiqué of 2 May 2019')?.from.field).toBe('title');
  });

  test('a month and year, an ISO date, and a Dutch dateline', () => {
    expect(inferDate('Joint statement\nMarch 2018\n\nWe agree.')?.date).toBe('2018-03');
    expect(inferDate('Minutes 2020-11-03 of the board')?.date).toBe('2020-11-03');
    expect(
      inferDate('France, Belgium step up security cooperation\n\nMet dank overgenomen van EUobserver, gepubliceerd op dinsdag 2 februari 2016, 9:30.')?.date,
    ).toBe('2016-02-02');
  });

  test('a full date anywhere in the opening lines wins over a month named before it', () => {
    expect(inferDate('Report of March 2018\nBrussels, 4 April 2018')?.date).toBe('2018-04-04');
  });

  test('nothing when the opening lines name no date, even if the body does later', () => {
    const body = Array.from({ length: 20 }, (_, i) => `Line ${i} of the text.`).join('\n');
    expect(inferDate(`${body}\nSigned on 1 May 2019.`)).toBeUndefined();
    expect(inferDate('We met in 2018 and agreed.')).toBeUndefined();
  });

  test('a date inside a sentence of the text is an event it recalls, not its date: only a dateline or the title counts', () => {
    const opening =
      'Joint Leaders Statement on AUKUS\n\nIn September 2021, Australia, the United Kingdom and the United States announced AUKUS – a new security partnership that will promote a free and open Indo-Pacific.';
    expect(inferDate(opening)).toBeUndefined();
    expect(inferDate(`${opening}\nWASHINGTON, March 13, 2023`)?.date).toBe('2023-03-13');
  });

  test('a long title is cut around the date at word boundaries', () => {
    const line = `${'word '.repeat(40)}signed in Paris on 14 March 2018 by the ministers ${'more '.repeat(40)}`;
    const found = inferDate('The ministers met.', line)!;
    expect(found.date).toBe('2018-03-14');
    expect(found.from.text).toMatch(/^…(word )+signed in Paris on 14 March 2018 by the ministers( more)*…$/);
    expect(found.from.text.length).toBeLessThan(100);
  });
});
