import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { communiquePairs, seedPair } from '../../scripts/gold/pairs';
import { renderCsv, renderHtml, pdfBuffer, reportModel, type ReportModel } from '../../src/report';
import type { AlignmentResource } from '../../src/service';
import { testService } from '../fixtures/app';
import { parseCsv } from './csv-reader';

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

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const section = (html: string, id: string): string => html.slice(html.indexOf(`id="${id}"`), html.indexOf('</section>', html.indexOf(`id="${id}"`)));
const refs = (fragment: string, side: 's' | 't'): number[] => [...fragment.matchAll(new RegExp(`href="#${side}-(\\d+)"`, 'g'))].map((m) => Number(m[1]));

/** CSV rows as records, read as a spreadsheet would. */
function csvRecords(csv: string): Array<Record<string, string>> {
  const [header, ...body] = parseCsv(csv.replace(/^\uFEFF/, ''));
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
      expect({ source: row.source, status: row.status, evidence: row.targets.map((t) => t.index) }).toEqual({
        source: p.source,
        status: p.status,
        evidence: p.evidence.map((e) => e.target),
      });
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
    // The PDF's pledge table: each pledge's verdict with its reason, in the JSON's order. A bare count of the
    // verdict's words would also count them inside quoted clauses ("… completed the roadmap").
    const table = pdfText.slice(pdfText.indexOf('Verdict and why'), pdfText.indexOf('New pledges', pdfText.indexOf('Verdict and why')));
    let at = 0;
    model.pledges.forEach((row, i) => {
      const said = flat(`${row.verdict} ${row.reason}`).slice(0, 60);
      const found = table.indexOf(said, at);
      expect({ pledge: i, said, inOrder: found >= 0 }).toEqual({ pledge: i, said, inOrder: true });
      at = found + said.length;
    });
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
    // The PDF heads each list with its length.
    expect([...pdfText.matchAll(/In the \S+ document \((\d+)\)/g)].map((m) => Number(m[1]))).toEqual([
      model.unmatchedSource.length,
      model.unmatchedTarget.length,
    ]);
  });

  // The truths below are computed from the stored resource's links and verdicts, never from the report model.
  const truth = () => {
    const abandons = (p: AlignmentResource['pledges'][number]) => p.qualifiers.includes('negated');
    const dropped = resource.pledges.filter((p) => p.status === 'dropped');
    const linkedTargets = (s: number) => resource.links.filter((l) => l.source.includes(s as never)).flatMap((l) => l.target as readonly number[]);
    // What the side by side may show for a pledge: its evidence, its weak candidates, and what the aligner linked to it.
    const near = (p: AlignmentResource['pledges'][number]) =>
      new Set([...p.evidence.map((e) => e.target as number), ...p.possible.map((c) => c.target as number), ...linkedTargets(p.source)]);
    const pledgeOf = new Map(resource.pledges.map((p) => [p.source as number, p]));
    return { abandons, dropped, near, pledgeOf };
  };
  const numberIn = (re: RegExp, text: string): number => Number(re.exec(text)?.[1] ?? 0);

  test('the dropped caption counts the silent and the abandoned apart, as the verdicts have them', () => {
    const { abandons, dropped, near } = truth();
    const silent = dropped.filter((p) => !abandons(p));
    const caption = model.captions.dropped;
    expect(numberIn(/(\d+) that “[^”]*” does not take up/, caption)).toBe(silent.length);
    expect(numberIn(/(\d+) that it abandons/, caption)).toBe(dropped.filter(abandons).length);
    // "Does not take up" is said only of pledges with no evidence; "abandons" only of pledges whose evidence abandons them.
    for (const p of silent) expect(p.evidence).toEqual([]);
    for (const p of dropped.filter(abandons)) expect(p.evidence.length).toBeGreaterThan(0);
    // A clause that "comes close" is claimed exactly when one is shown.
    const close = silent.filter((p) => near(p).size > 0).length;
    expect(/comes close/.test(caption)).toBe(close > 0);
    if (close > 0 && close < silent.length) expect(caption).toContain(`${close} of them have a clause that comes close`);
  });

  test('a silently dropped pledge is linked in the side by side to exactly the clauses its verdict names as close', () => {
    const { abandons, dropped, near } = truth();
    const column = section(html, 'docs-h');
    for (const p of dropped.filter((d) => !abandons(d))) {
      const item = new RegExp(`<li id="s-${p.source}"[^>]*>(<button[^>]*data-links="([^"]*)")?`).exec(column)!;
      const shown = (item[2] ?? '')
        .split(' ')
        .filter(Boolean)
        .map((id) => Number(id.slice(2)));
      expect({ pledge: p.source, shown: [...shown].sort((a, b) => a - b) }).toEqual({ pledge: p.source, shown: [...near(p)].sort((a, b) => a - b) });
      const row = model.dropped.find((r) => r.source === p.source)!;
      for (const t of shown) expect(row.reason).toContain(`T${t}`);
      if (shown.length === 0) expect(row.reason).not.toMatch(/T\d/);
    }
  });

  test('new pledges: none continues a source pledge, and one that resembles a pledge says which, as its caption counts', () => {
    const { pledgeOf } = truth();
    const evidence = new Set(resource.pledges.flatMap((p) => p.evidence.map((e) => e.target as number)));
    const resembles = (t: number) =>
      new Set([
        ...resource.links.filter((l) => l.target.includes(t as never)).flatMap((l) => (l.source as readonly number[]).filter((s) => pledgeOf.has(s))),
        ...resource.pledges.filter((p) => p.possible.some((c) => c.target === t)).map((p) => p.source as number),
      ]);
    const rows = [...section(html, 'new-h').matchAll(/<tr><td><a href="#t-(\d+)">[\s\S]*?<\/tr>/g)];
    expect(rows.map((r) => Number(r[1]))).toEqual(resource.newPledges.map((n) => n.target as number));
    for (const [row, t] of rows.map((r) => [r[0], Number(r[1])] as const)) {
      expect(evidence.has(t)).toBe(false);
      expect({ t, named: refs(row, 's').sort((a, b) => a - b) }).toEqual({ t, named: [...resembles(t)].sort((a, b) => a - b) });
    }
    const resembling = resource.newPledges.filter((n) => resembles(n.target).size > 0).length;
    expect(/resembles? a pledge/.test(model.captions.newPledges)).toBe(resembling > 0);
    if (resembling > 1) expect(model.captions.newPledges).toContain(`${resembling} of them resemble a pledge`);
  });

  test('unmatched clauses have no link, evidence or candidate, and every clause without one is listed', () => {
    const { near } = truth();
    const touched = {
      source: new Set([
        ...resource.links.flatMap((l) => l.source as readonly number[]),
        ...resource.pledges.filter((p) => near(p).size > 0).map((p) => p.source as number),
      ]),
      target: new Set([...resource.links.flatMap((l) => l.target as readonly number[]), ...resource.pledges.flatMap((p) => [...near(p)])]),
    };
    const [src, tgt] = section(html, 'unmatched-h').split('Only in the target');
    for (const [side, listed, prefix] of [
      ['source', src!, 's'],
      ['target', tgt!, 't'],
    ] as const) {
      const expected = resource[side].clauses.filter((u) => u.kind === 'clause' && !touched[side].has(u.index)).map((u) => u.index);
      expect(refs(listed, prefix)).toEqual(expected);
    }
  });

  test('the summary sentences give the stored verdicts’ numbers', () => {
    const n = (status: string) => resource.pledges.filter((p) => p.status === status).length;
    const [made, completed, carried, dropped] = /Of (\d+) pledges? made.*?, (\d+) (?:was|were) reported completed.*?, (\d+) carried forward and (\d+) dropped/
      .exec(model.sentences[0]!)!
      .slice(1)
      .map(Number);
    expect({ made, completed, carried, dropped }).toEqual({
      made: resource.pledges.length,
      completed: n('completed'),
      carried: n('carried_forward'),
      dropped: n('dropped'),
    });
    expect(numberIn(/makes (\d+) new commitment/, model.sentences[1]!)).toBe(resource.newPledges.length);
    const low = { verdicts: resource.pledges.filter((p) => p.confidence < 0.55).length, news: resource.newPledges.filter((p) => p.confidence < 0.55).length };
    const said = model.sentences.find((s) => s.includes('below 0.55')) ?? '';
    expect({ verdicts: numberIn(/(\d+) verdicts? /, said), news: numberIn(/(\d+) new pledges? /, said) }).toEqual(low);
    // Every "check" the HTML prints is one of those: in the pledge table, again in the dropped table, and among the new pledges.
    const droppedLow = resource.pledges.filter((p) => p.status === 'dropped' && p.confidence < 0.55).length;
    expect((html.match(/\(check\)/g) ?? []).length).toBe(low.verdicts + droppedLow + low.news);
  });
});
