import { createHash } from 'node:crypto';
import { HTML_REPORT_CSP, renderHtml } from '../../src/report/html';
import { reportModel } from '../../src/report';
import type { AlignmentResource } from '../../src/service';
import { seedResource } from '../fixtures/seed-report';

/** Tag-level reading of the page; the report is our own markup, so simple patterns suffice and keep the test dependency-free. */
const all = (html: string, re: RegExp): RegExpExecArray[] => [...html.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))];
const text = (fragment: string): string =>
  fragment
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const escaped = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('HTML report of the seed pair', () => {
  let resource: AlignmentResource;
  let html: string;
  beforeAll(async () => {
    resource = await seedResource();
    html = renderHtml(reportModel(resource));
  });

  test('one h1, headings in order without skipped levels, the sections the PDF has', () => {
    const headings = all(html, /<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/).map((m) => ({ level: Number(m[1]), text: text(m[2]!) }));
    expect(headings.filter((h) => h.level === 1)).toHaveLength(1);
    expect(headings[0]!.level).toBe(1);
    for (let i = 1; i < headings.length; i += 1) expect(headings[i]!.level).toBeLessThanOrEqual(headings[i - 1]!.level + 1);
    expect(headings.filter((h) => h.level === 2).map((h) => h.text)).toEqual([
      'The two documents',
      'Summary',
      'Pledges and their verdicts',
      'The two documents side by side',
      'Word differences of aligned clauses',
      'New pledges',
      'Dropped pledges',
      'Unmatched clauses',
      'Methodology',
    ]);
    expect(html).toMatch(/^<!doctype html>\s*<html lang="en">/);
  });

  test('the cover and the summary: titles, dates, publishers, the comparison date, counts and sentences', () => {
    const model = reportModel(resource);
    for (const s of [
      'France, Belgium step up security cooperation',
      '2 February 2016',
      '11 June 2018',
      'EUobserver',
      'Governments of France and Belgium',
      '23 November 2026 12:00 UTC',
    ]) {
      expect(html).toContain(escaped(s));
    }
    for (const s of model.sentences) expect(html).toContain(escaped(s));
    const counts = all(html, /<table class="counts">([\s\S]*?)<\/table>/)[0]![1]!;
    expect(counts).toContain(`<th scope="row">carried forward</th><td class="num">${model.counts.carried_forward}</td>`);
    expect(html).toMatch(
      new RegExp(
        `class="bar-label">completed</span><span class="bar status-completed" style="width:\\d+%"></span><span class="bar-value">${model.counts.completed}<`,
      ),
    );
  });

  test('every table has a caption and header cells with a scope', () => {
    const tables = all(html, /<table[^>]*>([\s\S]*?)<\/table>/);
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const [, body] of tables) {
      expect(body!.trimStart()).toMatch(/^<caption>[^<]/);
      const ths = all(body!, /<th\b[^>]*>/);
      expect(ths.length).toBeGreaterThan(0);
      for (const [th] of ths) expect(th).toMatch(/scope="(col|row)"/);
    }
  });

  test('every form control has a label, and the filters cover every verdict and topic of the table', () => {
    const controls = all(html, /<(input|select|textarea|button)\b[^>]*>/);
    expect(controls.length).toBeGreaterThan(3);
    for (const [tag, name] of controls) {
      if (name === 'button') continue; // clause buttons are labelled by their own text
      const id = /\bid="([^"]+)"/.exec(tag)?.[1];
      const wrapped = new RegExp(`<label>[^<]*${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(html);
      const byFor = id !== undefined && html.includes(`<label for="${id}">`);
      expect({ tag, labelled: wrapped || byFor }).toEqual({ tag, labelled: true });
    }
    const form = /<form id="pledge-filters"[\s\S]*?<\/form>/.exec(html)![0];
    expect(form).toContain('<legend>Verdict</legend>');
    for (const verdict of ['completed', 'carried forward', 'dropped']) expect(form).toContain(`> ${verdict}</label>`);
    expect(form).toContain('<label for="topic-filter">Topic</label>');
    for (const p of reportModel(resource).pledges) expect(form).toContain(`<option value="${escaped(p.topicLabel)}">`);
  });

  test('verdicts are words in the pledge table, and every row carries what the filters read', () => {
    const model = reportModel(resource);
    const table = /<table id="pledge-table"[^>]*>([\s\S]*?)<\/table>/.exec(html)![1]!;
    const rows = all(table, /<tr data-status="([a-z_]+)" data-topic="([^"]*)">([\s\S]*?)<\/tr>/);
    expect(rows).toHaveLength(model.pledges.length);
    const verdicts = rows.map((r) => text(/<span class="verdict[^"]*">([\s\S]*?)<\/span>/.exec(r[3]!)![1]!));
    expect(verdicts).toEqual(model.pledges.map((p) => p.verdict));
    expect(verdicts).toEqual(
      expect.arrayContaining(['completed', 'carried forward', 'dropped — the later text does not take it up', 'carried forward and widened']),
    );
    expect(table).not.toMatch(/>[^<]*carried_forward/);
    // Each row says why, in a sentence naming the clauses it rests on.
    for (const p of model.pledges) expect(table).toContain(escaped(p.reason));
    expect(table).toContain('stationing a French liaison magistrate in Belgium');
  });

  test('the side-by-side columns hold every unit of each document in order, and links name their counterparts', () => {
    for (const [side, prefix] of [
      ['source', 's'],
      ['target', 't'],
    ] as const) {
      const column = new RegExp(`<section class="column" lang="en" aria-labelledby="${side}-col-h">([\\s\\S]*?)</section>`).exec(html)![1]!;
      const items = all(column, /<li id="([st])-(\d+)"[^>]*>([\s\S]*?)<\/li>/);
      expect(items.map((m) => `${m[1]}-${m[2]}`)).toEqual(resource[side].clauses.map((u) => `${prefix}-${u.index}`));
      for (const [i, m] of items.entries()) expect(text(m[3]!)).toContain(resource[side].clauses[i]!.text);
    }
    const magistrate = resource.links.find((l) => resource.target.clauses[l.target[0]!]!.text.includes('liaison magistrate'))!;
    const sourceItem = new RegExp(
      `<li id="s-${magistrate.source[0]}"[^>]*><button type="button" class="clause" aria-pressed="false" data-links="([^"]+)"`,
    ).exec(html)!;
    expect(sourceItem[1]!.split(' ')).toContain(`t-${magistrate.target[0]}`);
  });

  test('a pair linked through a day both texts name says which, and what the link is to the verdicts', () => {
    expect(html).toMatch(/<th scope="row">S3 ↔ T[\d–]+<br><span class="muted">partial · score 0\.\d\d( · [a-z ,]+)? · cites 1 February 2016<\/span><\/th>/);
  });

  test('pairs are two columns: a useful diff with <del> and <ins>, or, when too different, the shared words marked', () => {
    const model = reportModel(resource);
    const pairsTable = /<table class="pairs stack">([\s\S]*?)<\/table>/.exec(html)![1]!;
    const rows = all(pairsTable, /<tr><th scope="row">[\s\S]*?<\/tr>/);
    expect(rows).toHaveLength(model.pairs.length);
    model.pairs.forEach((p, i) => {
      const [, left, right] = /<td>([\s\S]*?)<\/td><td>([\s\S]*?)<\/td>/.exec(rows[i]![0])!;
      if (p.display === 'diff') {
        expect(left).not.toContain('<ins>');
        expect(right).not.toContain('<del>');
      } else {
        expect(all(left!, /<mark>/).length).toBe(p.marks.source.length);
        expect(all(right!, /<mark>/).length).toBe(p.marks.target.length);
        expect(right).toContain('Worded too differently for a word diff: shared words marked');
      }
      expect(text(left!)).toContain(p.sourceText.slice(0, 20));
    });
    expect(html).toMatch(/del\{[^}]*text-decoration:line-through/);
    expect(html).toMatch(/ins\{[^}]*text-decoration:underline/);
  });

  test('self-contained and printable: nothing fetched, the script allowed by its hash, filters hidden in print', () => {
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(/);
    const scripts = all(html, /<script>([\s\S]*?)<\/script>/);
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]![1]!).digest('base64');
    expect(HTML_REPORT_CSP).toContain(`script-src 'sha256-${hash}'`);
    expect(HTML_REPORT_CSP).toContain("default-src 'none'");
    expect(html).toMatch(/@media print\{[\s\S]*\.filters[^{]*\{display:none!important\}/);
  });
});

test('text from the documents is escaped: a <script> in a document is shown as text', async () => {
  const seed = await seedResource();
  const evil = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
  const clauses = seed.source.clauses.map((u, i) => (i === 3 ? { ...u, text: evil } : u));
  const resource: AlignmentResource = { ...seed, source: { ...seed.source, title: `Title ${evil}`, publisher: evil, clauses } };
  const html = renderHtml(reportModel(resource));
  expect(all(html, /<script>/g)).toHaveLength(1);
  expect(html).not.toContain('<img');
  expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
  expect(html).toContain('<title>Continuity report: Title &lt;script&gt;');
});
