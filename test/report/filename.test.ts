import { reportFileName } from '../../src/report';

const named = (source: string | null, sourceDate: string | null, target: string | null, targetDate: string | null) =>
  reportFileName({ source: { title: source, date: sourceDate }, target: { title: target, date: targetDate } }, 'pdf');

describe('report file names', () => {
  test('the seed pair: the later document names the occasion, the years say which two', () => {
    expect(
      named(
        'France, Belgium step up security cooperation',
        '2016-02-02',
        'Franco-Belgian intergovernmental meeting Val Duchesse II : joint communiqué (Paris, 11 June 2018)',
        '2018-06-11',
      ),
    ).toBe('franco-belgian-intergovernmental-meeting-2016-vs-2018-continuity.pdf');
  });

  test('titles that share words are named by them, abbreviations closed up', () => {
    expect(
      named(
        'U.S.-EU Trade and Technology Council Inaugural Joint Statement',
        '2021-09-29',
        'U.S.-EU Joint Statement of the Trade and Technology Council',
        '2022-12-05',
      ),
    ).toBe('us-eu-trade-technology-2021-vs-2022-continuity.pdf');
  });

  test('two documents of one year are told apart by month; a missing date says so; no title, no date still gives a name', () => {
    expect(named('Déclaration commune', '2020-01-15', 'Déclaration commune', '2020-05-02')).toBe('declaration-commune-2020-01-vs-2020-05-continuity.pdf');
    expect(named('Joint statement', null, 'Joint statement', '2019')).toBe('joint-statement-undated-vs-2019-continuity.pdf');
    expect(named(null, null, null, null)).toBe('continuity.pdf');
    // A year in a title is said once, by the dates.
    expect(named('Summit 2021 statement', '2021-09-29', 'Summit 2022 statement', '2022-12-05')).toBe('summit-statement-2021-vs-2022-continuity.pdf');
  });

  test('only ASCII letters, digits and hyphens, whatever the titles hold', () => {
    const name = named('Москва "quoted"/path\\..', '2020-01-01', 'Łódź; rm -rf / <script>', '2021-01-01');
    expect(name).toMatch(/^[a-z0-9-]+\.pdf$/);
    expect(name).toBe('lodz-rm-rf-script-2020-vs-2021-continuity.pdf');
  });
});
