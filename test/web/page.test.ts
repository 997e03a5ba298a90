import { createHash } from 'node:crypto';
import express from 'express';
import request from 'supertest';
import { webRoutes } from '../../src/http/routes/web';
import { webPage } from '../../src/web/page';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('GET / (the web page)', () => {
  test('serves the page with a policy that allows exactly its inline script and stylesheet', async () => {
    const res = await request(express().use(webRoutes())).get('/');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html');
    const csp = res.headers['content-security-policy'] as string;
    const script = /<script>([\s\S]*?)<\/script>/.exec(res.text)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(res.text)![1]!;
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toMatch(/default-src 'none'.*connect-src 'self'.*frame-src 'self'/);
    expect(res.text).not.toMatch(/\b(src|href)="(https?:)?\/\//);
  });

  test('every control has a label, file inputs accept the formats the API reads, and the regions are announced', () => {
    const { html } = webPage();
    const controls = [...html.matchAll(/<(input|select|textarea)\b[^>]*\bid="([^"]+)"[^>]*>/g)];
    expect(controls.map((c) => c[2])).toEqual(expect.arrayContaining(['source-file', 'target-file', 'source-text', 'target-title', 'target-date', 'source-publisher', 'segmentation', 'monotone', 'threshold']));
    for (const [, , id] of controls) expect(html).toMatch(new RegExp(`<label[^>]* for="${id}">[^<]+</label>`));
    expect([...html.matchAll(/<(input|select|textarea)\b/g)]).toHaveLength(controls.length);
    for (const side of ['source', 'target']) expect(html).toMatch(new RegExp(`id="${side}-file" name="${side}" accept="\\.txt,\\.md,\\.html,\\.htm,\\.pdf,\\.docx`));
    for (const name of ['sourceTitle', 'sourceDate', 'sourcePublisher', 'targetTitle', 'targetDate', 'targetPublisher']) expect(html).toContain(`name="${name}"`);
    expect(html).toContain('<p id="progress" role="status" aria-live="polite"');
    expect(html).toContain('<div id="error" role="alert"');
    expect(html).toMatch(/<html lang="en">/);
    expect([...html.matchAll(/<h1\b/g)]).toHaveLength(1);
  });
});
