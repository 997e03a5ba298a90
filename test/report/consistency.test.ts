import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { communiquePairs, seedPair } from '../../scripts/gold/pairs';
import { renderCsv, renderHtml, pdfBuffer, reportModel, type ReportModel } from '../../src/report';
import type { AlignmentResource } from '../../src/service';
import { testService } from '../fixtures/app';

/**
 * One verdict model, every output: for the seed pair and every dev
 * communiqué pair (when ../shared is beside the project), each pledge's
 * verdict and evidence, the new pledges and the unmatched clauses must read
 * the same in the JSON resource, the HTML page, the CSV and the PDF — and the
 * lists must not contradict each other.
 */
const pairs = [{ ...seedPair(), name: 'seed pair' }, ...communiquePairs(['dev']).map((p) => ({ ...p, name: p.gold.pair }))];
const dir = mkdtempSync(join(tmpdir(), 'consistency-'));

async function resourceOf(p: (typeof pairs)[number]): Promise<AlignmentResource> {
  const service = testService({ now: () => new Date('2026-12-02T10:00:00Z') });
  const { id } = await service.create({
    source: { text: p.sourceText, date: p.gold.source.date, title: `${p.name} (source)` },
    target: { text: p.targetText, date: p.gold.target.date, title: `${p.name} (target)` },
  });
  return service.get(id);
}

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const section = (html: string, id: string): string => html.slice(html.indexOf(`id="${id}"`), html.indexOf('</section>', html.indexOf(`id="${id}"`)));
const refs = (fragment: string, side: 's' | 't'): number[] => [...fragment.matchAll(new RegExp(`href="#${side}-(\\d+)"`, 'g'))].map((m) => Number(m[1]));

/** CSV rows as records (our own writer's quoting: fields quoted with doubled quotes). */
function csvRecords(csv: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 1);
    else field += c;
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

const flat = (s: string): string => s.replace(/[\s\u00ad-]+/g, ' ').trim();

describe.each(pairs.map((p) => [p.name, p] as const))('%s: every output says the same', (_, pair) => {
  let resource: AlignmentResource;
  let model: ReportModel;
  let html: string;
  let csv: Array<Record<string, string>>;
  let pdfText: string;
  beforeAll(async () => {
    resource = await resourceOf(pair);
    model = reportModel(resource);
    html = renderHtml(model);
    csv = csvRecords(renderCsv(model));
    const file = join(dir, `${pair.name}.pdf`);
    writeFileSync(file, await pdfBuffer(model));
    pdfText = flat(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  }, 120_000);

  test('each pledge’s verdict and evidence: the same in the JSON, the HTML, the CSV and the PDF', () => {
    const rows = [...section(html, 'pledges-h').matchAll(/<tr data-status="([a-z_]+)"[^>]*>([\s\S]*?)<\/tr>/g)];
    const csvPledges = csv.filter((r) => r.row === 'pledge');
    expect(rows).toHaveLength(resource.pledges.length);
    expect(csvPledges).toHaveLength(resource.pledges.length);
    resource.pledges.forEach((p, i) => {
      const row = model.pledges[i]!;
      expect({ source: row.source, status: row.status, evidence: row.targets.map((t) => t.index) }).toEqual({ source: p.source, status: p.status, evidence: p.evidence.map((e) => e.target) });
      const [, status, cells] = rows[i]!;
      expect(status).toBe(p.status);
      expect(refs(cells!, 's')).toEqual([p.source]);
      expect(refs(cells!.split('possible, too weak')[0]!, 't')).toEqual(p.evidence.map((e) => e.target));
      expect(unescape(cells!)).toContain(row.verdict);
      expect({ source: Number(csvPledges[i]!.source_units), targets: csvPledges[i]!.target_units, verdict: csvPledges[i]!.verdict }).toEqual({
        source: p.source,
        targets: p.evidence.map((e) => e.target).join(' '),
        verdict: row.verdict,
      });
    });
    // The PDF's pledge table: each verdict as often as the JSON gives it.
    const table = pdfText.slice(pdfText.indexOf('Verdict and why'), pdfText.indexOf('Side by side'));
    for (const verdict of new Set(model.pledges.map((p) => p.verdict))) {
      const longer = [...new Set(model.pledges.map((p) => p.verdict))].filter((v) => v !== verdict && v.startsWith(verdict));
      const count = table.split(verdict).length - 1 - longer.reduce((n, v) => n + table.split(v).length - 1, 0);
      expect({ verdict, count }).toEqual({ verdict, count: model.pledges.filter((p) => p.verdict === verdict).length });
    }
  });

  test('new pledges: the same list everywhere, and none of them is evidence of a pledge', () => {
    const targets = resource.newPledges.map((n) => n.target as number);
    expect(refs(section(html, 'new-h'), 't')).toEqual(targets);
    expect(csv.filter((r) => r.row === 'new_pledge').map((r) => Number(r.target_units))).toEqual(targets);
    const evidence = new Set(resource.pledges.flatMap((p) => p.evidence.map((e) => e.target as number)));
    expect(targets.filter((t) => evidence.has(t))).toEqual([]);
    for (const n of model.newPledges) expect(pdfText).toContain(flat(n.text).slice(0, 40));
  });

  test('unmatched clauses: the same list in the HTML and the PDF, and never a clause a verdict cites or a link holds', () => {
    const unmatched = section(html, 'unmatched-h');
    const [src, tgt] = unmatched.split('Only in the target');
    expect(refs(src!, 's')).toEqual(model.unmatchedSource.map((u) => u.index));
    expect(refs(tgt!, 't')).toEqual(model.unmatchedTarget.map((u) => u.index));
    const evidence = new Set(resource.pledges.flatMap((p) => p.evidence.map((e) => e.target as number)));
    const linked = new Set(resource.links.flatMap((l) => l.target as readonly number[]));
    for (const u of model.unmatchedTarget) expect(evidence.has(u.index) || linked.has(u.index)).toBe(false);
    expect(pdfText).toContain(`In the source document (${model.unmatchedSource.length})`.replace('source document', model.source.date?.slice(0, 4) === model.target.date?.slice(0, 4) ? 'source document' : `${model.source.date!.slice(0, 4)} document`));
  });

  test('the captions and the summary hold for what they caption', () => {
    // Dropped: every pledge the caption calls abandoned cites the clause that abandons it; every other one cites nothing.
    for (const p of model.dropped) {
      if (p.qualifiers.includes('negated')) expect(p.targets.length).toBeGreaterThan(0);
      else expect(p.targets).toEqual([]);
    }
    const said = /(\d+) that .* does not take up/.exec(model.captions.dropped);
    expect(Number(said?.[1] ?? 0)).toBe(model.dropped.filter((p) => !p.qualifiers.includes('negated')).length);
    // The first summary sentence's numbers are the table's.
    const [made, completed, carried, dropped] = /Of (\d+) pledges? made.*?, (\d+) (?:was|were) reported completed.*?, (\d+) carried forward and (\d+) dropped/.exec(model.sentences[0]!)!.slice(1).map(Number);
    expect({ made, completed, carried, dropped }).toEqual({
      made: model.pledges.length,
      completed: model.pledges.filter((p) => p.status === 'completed').length,
      carried: model.pledges.filter((p) => p.status === 'carried_forward').length,
      dropped: model.pledges.filter((p) => p.status === 'dropped').length,
    });
    expect(Number(/makes (\d+) new commitment/.exec(model.sentences[1]!)?.[1])).toBe(model.newPledges.length);
    // A reason names every clause the verdict cites.
    for (const p of model.pledges) for (const t of p.targets) expect(p.reason).toContain(`T${t.index}`);
  });
});
