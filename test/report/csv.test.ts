import fc from 'fast-check';
import { asSource, asTarget } from '../../src/align';
import { CSV_COLUMNS, renderCsv, reportModel, type ReportModel } from '../../src/report';
import { seedResource } from '../fixtures/seed-report';
import { parseCsv } from './csv-reader';

describe('CSV report', () => {
  let model: ReportModel;
  beforeAll(async () => {
    model = reportModel(await seedResource());
  });

  test('the seed report: a header, one row per link, pledge and new pledge, every row as wide as the header', () => {
    const csv = renderCsv(model);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const body = rows.slice(1);
    for (const r of body) expect(r).toHaveLength(CSV_COLUMNS.length);
    expect(body.filter((r) => r[0] === 'link')).toHaveLength(model.pairs.length);
    expect(body.filter((r) => r[0] === 'pledge')).toHaveLength(model.pledges.length);
    expect(body.filter((r) => r[0] === 'new_pledge')).toHaveLength(model.newPledges.length);
    const magistrate = body.find((r) => r[0] === 'pledge' && r[7] === 'liaison magistrate')!;
    expect(magistrate[3]).toMatch(/^A French liaison magistrate will be sent/);
    expect(magistrate[4]).toBe('stationing a French liaison magistrate in Belgium');
    expect(magistrate[8]).toBe('completed');
    // The link that stands on a day both texts name says which.
    const cited = body.filter((r) => r[0] === 'link' && r[11] !== '');
    expect(cited.map((r) => [r[3]!.slice(0, 36), r[11]])).toEqual([['France and Belgium pledged on Monday', '1 February 2016']]);
    // Both texts survive exactly, quotes and Unicode included.
    expect(body.some((r) => r[3]!.includes('"European security pact"'))).toBe(true);
    expect(body.some((r) => r[4]!.includes('“No Money For Terror”'))).toBe(true);
  });

  test('property: any text survives the round trip, and nothing reads as a formula', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const one: ReportModel = {
          ...model,
          pairs: [
            {
              source: [asSource(0)],
              target: [asTarget(1)],
              sourceText: a,
              targetText: b,
              score: 0.5,
              relation: 'partial',
              diff: null,
              cites: [],
              role: 'link',
              display: 'shared',
              marks: { source: [], target: [], words: [] },
              concepts: [],
            },
          ],
          pledges: [],
          newPledges: [],
        };
        const rows = parseCsv(renderCsv(one).slice(1));
        const guard = (t: string) => (/^[=+\-@\t\r]/.test(t) ? `'${t}` : t);
        expect(rows[1]!.slice(3, 5)).toEqual([guard(a), guard(b)]);
      }),
      { numRuns: 500 },
    );
  });
});
