import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { SEED_2016, SEED_2018 } from '../fixtures/seeds';
import { chromiumUnavailable, launchPage } from './chromium';
import { startWebServer, type WebServer } from './server';
import './matchers';

/** Screenshots to look at after a run. */
const SHOT = (name: string) => `/tmp/15a-${name}.png`;
const seed = (file: string) => join(__dirname, '../../seeds', file);
const unavailable = chromiumUnavailable();
if (unavailable) console.warn(`Skipping the browser test: ${unavailable}`);
const describeInBrowser = unavailable ? describe.skip : describe;

jest.setTimeout(120_000);

type Counts = string;
const countsOf = (page: Page): Promise<Counts> =>
  page
    .locator('#counts')
    .innerText()
    .then((t) => t.replace(/\s+/g, ' '));
/** The page's own width as the browser lays it out: over the viewport means a sideways scroll. */
const pageWidth = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { document: { scrollingElement: { scrollWidth: number } } }).document.scrollingElement.scrollWidth);

describeInBrowser('the web page in chromium', () => {
  let server: WebServer;
  let context: BrowserContext;
  let closeBrowser: (() => Promise<void>) | undefined;
  let page: Page;
  /** Console errors and CSP violations: the page and report must run under their own policies without one. */
  const problems: string[] = [];

  beforeAll(async () => {
    // Long enough for the progress count to tick at least once.
    server = await startWebServer({ delayMs: 1_500 });
    ({ page, context, close: closeBrowser } = await launchPage({ acceptDownloads: true }));
    page.on('console', (m) => {
      // Refusals the tests ask for (413, 415, 422) are logged by the browser like any failed fetch.
      if (m.type() === 'error' && !/status of 4(13|15|22)/.test(m.text())) problems.push(`${m.location().url}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(String(e)));
  });

  afterAll(async () => {
    await closeBrowser?.();
    await server?.close();
  });

  let report: FrameLocator;
  let undatedCounts: Counts;

  test('the form states the limits and that dates matter before anything is sent', async () => {
    await page.goto(`${server.base}/`);
    await page.screenshot({ path: SHOT('form-1280'), fullPage: true });
    expect(await page.locator('h1').textContent()).toBe('Compare two documents');
    expect(await page.locator('#limits').innerText()).toMatch(/up to 2 MB/);
    expect(await page.locator('#dates-matter').innerText()).toMatch(/^Dates matter\./);
  });

  test('seed files without dates: the dates read off them show before sending, then the outcome comes first', async () => {
    await page.locator('#source-file').setInputFiles(seed(SEED_2016));
    await page.locator('#target-file').setInputFiles(seed(SEED_2018));
    await expect(page.locator('#source-date-inferred')).toContainTextSoon(/No date given: 2016-02-02 will be used, read from its text: “.*2 februari 2016/);
    await expect(page.locator('#target-date-inferred')).toContainTextSoon(/2018-06-11 will be used, read from its text: “.*\(Paris, 11 June 2018\)”/);
    await page.screenshot({ path: SHOT('inferred-1280'), fullPage: true });
    await page.getByRole('button', { name: 'Align the documents' }).click();

    const progress = page.getByRole('status');
    await expect(progress).toContainTextSoon(/^Aligning…$/);
    await expect(page.locator('#elapsed')).toContainTextSoon(/^[1-9] s$/);
    await expect(progress).toContainTextSoon(/Done in \d+ s: \d+ completed, \d+ carried forward, \d+ dropped, \d+ new\./);
    undatedCounts = await countsOf(page);
    expect(undatedCounts).toMatch(/^\d+ completed \d+ carried forward \d+ dropped \d+ new pledges$/);
    // The outcome is in view and has the focus; the counts and the pledge table stand above the full report.
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe('result-h');
    const heading = (await page.locator('#result-h').boundingBox())!;
    expect(heading.y).toBeGreaterThan(-2);
    expect(heading.y).toBeLessThan(900);
    const [counts, table, frame] = await Promise.all(['#counts', '#outcome-table', '#report-frame'].map((s) => page.locator(s).boundingBox()));
    expect(counts!.y).toBeLessThan(table!.y);
    expect(table!.y).toBeLessThan(frame!.y);
    expect(await page.locator('#dates-used').innerText()).toMatch(/earlier document was read as of 2016-02-02.*later document was read as of 2018-06-11/);
    await page.screenshot({ path: SHOT('outcome-1280') });
  });

  test('the same seeds with their dates give the same counts, and the stored resource keeps the dates given', async () => {
    await page.locator('#source-date').fill('2016-02-02');
    await page.locator('#target-date').fill('2018-06-11');
    await page.locator('#source-publisher').fill('EUobserver');
    await page.getByRole('button', { name: 'Align the documents' }).click();
    await expect(page.locator('#dates-used')).toContainTextSoon(/earlier document is dated 2016-02-02/);
    expect(await countsOf(page)).toBe(undatedCounts);
    const base = await page.locator('a', { hasText: 'Download JSON' }).getAttribute('href');
    expect(base).toMatch(/^\/api\/v1\/alignments\/[\w-]+$/);
    expect(await page.locator('a', { hasText: 'Download PDF' }).getAttribute('href')).toBe(`${base}/report.pdf`);
    const json = (await (await fetch(server.base + base)).json()) as { source: { date: string; publisher: string } };
    expect(json.source).toMatchObject({ date: '2016-02-02', publisher: 'EUobserver' });
  });

  test('the full report below is as tall as its content: one scroll, the page’s', async () => {
    report = page.frameLocator('#report-frame');
    await report.locator('#pledge-table').waitFor();
    await page.waitForFunction(() => {
      const frame = (
        globalThis as unknown as {
          document: { getElementById(id: string): { clientHeight: number; contentDocument: { documentElement: { scrollHeight: number } } } };
        }
      ).document.getElementById('report-frame');
      return frame.clientHeight + 2 >= frame.contentDocument.documentElement.scrollHeight;
    });
    await page.locator('#report-h').scrollIntoViewIfNeeded();
    await page.screenshot({ path: SHOT('report-1280') });
  });

  test('the outcome table filters by verdict and topic', async () => {
    const total = await page.locator('#outcome-table tbody tr').count();
    await page.locator('#filter-status').selectOption('completed');
    const completed = await page.locator('#outcome-table tbody tr:not([hidden])').allTextContents();
    expect(completed.length).toBeGreaterThan(0);
    expect(completed.every((row) => row.startsWith('completed'))).toBe(true);
    expect(await page.locator('#outcome-count').textContent()).toBe(`Showing ${completed.length} of ${total}.`);
    await page.locator('#filter-status').selectOption('');
    await page.locator('#filter-topic').selectOption('liaison magistrate');
    expect(await page.locator('#outcome-table tbody tr:not([hidden])').allTextContents()).toEqual([expect.stringMatching(/liaison magistrate/)]);
    await page.locator('#filter-topic').selectOption('');
  });

  test('in the report, selecting a clause highlights its counterparts, and its filters hide rows', async () => {
    const magistrate = report.locator('#docs-h ~ .columns li', { hasText: 'A French liaison magistrate will be sent' }).locator('button');
    const ids = (await magistrate.getAttribute('data-links'))!.split(' ');
    await magistrate.click();
    expect(await magistrate.getAttribute('aria-pressed')).toBe('true');
    for (const id of ids) expect(await report.locator(`#${id}`).getAttribute('class')).toMatch(/\bis-linked\b/);
    await magistrate.click();
    await report.getByLabel('Topic').selectOption('liaison magistrate');
    expect(await report.locator('#pledge-table tbody tr:not([hidden])').count()).toBe(1);
    await report.getByLabel('Topic').selectOption('');
  });

  test('the PDF link downloads a PDF', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a', { hasText: 'Download PDF' }).click()]);
    expect(
      readFileSync(await download.path())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });

  test('an empty form, an impossible date, an oversize file and a fake DOCX: each said in plain words beside its field', async () => {
    await page.goto(`${server.base}/`);
    await page.getByRole('button', { name: 'Align the documents' }).click();
    expect(await page.locator('#source-document-error').innerText()).toBe('Paste or upload the earlier document.');
    expect(await page.locator('#target-document-error').innerText()).toBe('Paste or upload the later document.');
    expect(await page.locator('#source-text').getAttribute('aria-invalid')).toBe('true');

    await page.locator('#source-text').fill('A French liaison magistrate will be sent to Belgium.');
    await page.locator('#target-text').fill('A French liaison magistrate was sent to Belgium.');
    await page.locator('#source-date').fill('2021-13-45');
    await page.getByRole('button', { name: 'Align the documents' }).click();
    await expect(page.locator('#source-date-error')).toContainTextSoon(/2021-13-45 has no month 13; give a date such as 2016-02-02/);
    expect(await page.locator('#source-date').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#source-document-error').innerText()).toBe('');
    await page.screenshot({ path: SHOT('bad-date-1280'), fullPage: true });

    await page.locator('#source-date').fill('2016-02-02');
    await page.locator('#target-file').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(3_100_000, 'a') });
    await page.getByRole('button', { name: 'Align the documents' }).click();
    expect(await page.locator('#target-file-error').innerText()).toBe('This file is 3.1 MB; the limit is 2 MB.');
    expect(await page.locator('#target-file').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#source-date-error').innerText()).toBe('');
    await page.screenshot({ path: SHOT('oversize-1280'), fullPage: true });

    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    await page
      .locator('#target-file')
      .setInputFiles({ name: 'communique.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: png });
    await page.getByRole('button', { name: 'Align the documents' }).click();
    await expect(page.locator('#target-file-error')).toContainTextSoon(
      /^The file for the later document \(target\), "communique\.docx": the file is named as DOCX but it is actually a PNG image/,
    );
  });

  test('at 390 px: no sideways scroll before or after the outcome, and the topic filter in view', async () => {
    const narrow = await context.newPage();
    narrow.on('pageerror', (e) => problems.push(String(e)));
    await narrow.setViewportSize({ width: 390, height: 844 });
    await narrow.goto(`${server.base}/`);
    expect(await pageWidth(narrow)).toBeLessThanOrEqual(390);
    await narrow.screenshot({ path: SHOT('form-390'), fullPage: true });
    await narrow.locator('#source-file').setInputFiles(seed(SEED_2016));
    await narrow.locator('#target-file').setInputFiles(seed(SEED_2018));
    await narrow.getByRole('button', { name: 'Align the documents' }).click();
    await narrow.locator('#counts').waitFor();
    expect(await countsOf(narrow)).toBe(undatedCounts);
    await narrow.screenshot({ path: SHOT('outcome-390') });
    expect(await pageWidth(narrow)).toBeLessThanOrEqual(390);
    const filter = (await narrow.locator('#filter-topic').boundingBox())!;
    expect(filter.x).toBeGreaterThanOrEqual(0);
    expect(filter.x + filter.width).toBeLessThanOrEqual(390);
    await narrow.frameLocator('#report-frame').locator('#pledge-table').waitFor();
    expect(await pageWidth(narrow)).toBeLessThanOrEqual(390);
    await narrow.locator('#report-h').scrollIntoViewIfNeeded();
    await narrow.screenshot({ path: SHOT('report-390') });
    const inner = await narrow.evaluate(() => {
      const frame = (
        globalThis as unknown as {
          document: { getElementById(id: string): { clientWidth: number; contentDocument: { documentElement: { scrollWidth: number } } } };
        }
      ).document.getElementById('report-frame');
      return { frame: frame.clientWidth, report: frame.contentDocument.documentElement.scrollWidth };
    });
    // No sideways scroll inside the frame either: the report itself fits the narrow screen.
    expect(inner.report).toBeLessThanOrEqual(inner.frame);
    await narrow.screenshot({ path: SHOT('full-390'), fullPage: true });
    await narrow.close();
  });

  test('no console errors and no Content-Security-Policy violations on the way', () => {
    expect(problems).toEqual([]);
  });
});
