import { createHash } from 'node:crypto';
import express from 'express';
import request from 'supertest';
import { webRoutes } from '../../src/http/routes/web';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../../src/limits';
import { QUALIFIER_WORDS, STATUS_WORDS, verdictWords } from '../../src/report/model/verdicts';
import { webPage } from '../../src/web/page';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('GET / (the web page)', () => {
  test('serves the page with a policy that allows exactly its inline script and stylesheet', async () => {
    const res = await request(express().use(webRoutes())).get('/');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html');
    const csp = res.headers['content-security-policy'] as string;
    const scripts = [...res.text.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const style = /<style>([\s\S]*?)<\/style>/.exec(res.text)![1]!;
    expect(scripts).toHaveLength(3);
    expect(csp).toContain(`script-src ${scripts.map(hash).join(' ')};`);
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toMatch(/default-src 'none'.*connect-src 'self'.*frame-src 'self'/);
    expect(res.text).not.toMatch(/\b(src|href)="(https?:)?\/\//);
  });

  test('every control has a label, file inputs accept the formats the API reads, and the regions are announced', () => {
    const { html } = webPage();
    const controls = [...html.matchAll(/<(input|select|textarea)\b[^>]*\bid="([^"]+)"[^>]*>/g)];
    expect(controls.map((c) => c[2])).toEqual(
      expect.arrayContaining([
        'source-file',
        'target-file',
        'source-text',
        'target-title',
        'target-date',
        'source-publisher',
        'segmentation',
        'monotone',
        'threshold',
      ]),
    );
    for (const [, , id] of controls) expect(html).toMatch(new RegExp(`<label[^>]* for="${id}">[^<]+</label>`));
    expect([...html.matchAll(/<(input|select|textarea)\b/g)]).toHaveLength(controls.length);
    for (const side of ['source', 'target'])
      expect(html).toMatch(new RegExp(`id="${side}-file" name="${side}" accept="\\.txt,\\.md,\\.html,\\.htm,\\.pdf,\\.docx`));
    for (const name of ['sourceTitle', 'sourceDate', 'sourcePublisher', 'targetTitle', 'targetDate', 'targetPublisher'])
      expect(html).toContain(`name="${name}"`);
    expect(html).toContain('<p id="progress" role="status" aria-live="polite"');
    expect(html).toContain('<div id="error" role="alert"');
    expect(html).toMatch(/<html lang="en">/);
    expect([...html.matchAll(/<h1\b/g)]).toHaveLength(1);
  });

  test('the form states the limits the service enforces, from its limits table', () => {
    expect(webPage().html).toMatch(/up to 2 MB, and at most 2,000,000 characters/);
    const smaller = webPage({ limits: { ...DEFAULT_LIMITS, documentBytes: 500_000, extractedChars: 400_000 } }).html;
    expect(smaller).toMatch(/up to 500 kB, and at most 400,000 characters/);
    expect(smaller).toContain('data-max-bytes="500000"');
  });

  test('the limits box names the clause limit too, which a long text meets before its size', () => {
    expect(webPage().html).toMatch(/at most 20,000 clauses, each of up to 5,000 characters\./);
    expect(webPage({ limits: { ...DEFAULT_LIMITS, units: 500, unitChars: 800 } }).html).toMatch(/at most 500 clauses, each of up to 800 characters\./);
  });

  test('text typed in Arabic or Hebrew reads in its own direction: the paste box and text fields have dir=auto', () => {
    const { html } = webPage();
    const typed = [...html.matchAll(/<(textarea|input type="text")\s[^>]*>/g)].map((m) => m[0]);
    expect(typed).toHaveLength(8);
    for (const tag of typed) expect(tag).toContain('dir="auto"');
  });

  test('the page hands its script the reports’ verdict words, so both name a verdict alike', () => {
    const raw = /data-verdict-words="([^"]+)"/.exec(webPage().html)![1]!;
    const words = JSON.parse(
      raw
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&amp;/g, '&'),
    );
    expect(words.status).toEqual(STATUS_WORDS);
    expect(words.qualifiers).toEqual(QUALIFIER_WORDS);
    expect(`dropped ${words.notTakenUp}`).toBe(verdictWords('dropped', []));
  });

  test('the scripts served are the checked files, unchanged', () => {
    const served = [...webPage().html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(served).toEqual(['outcome.js', 'date-preview.js', 'page.js'].map((f) => readFileSync(join(__dirname, '../../src/web/client', f), 'utf8').trim()));
    for (const script of served) expect(script.startsWith('// @ts-check')).toBe(true);
  });
});
