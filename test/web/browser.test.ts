import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { SEED_2016, SEED_2018 } from '../fixtures/seeds';
import { CHROMIUM, CHROMIUM_ARGS, chromiumUnavailable } from './chromium';
import { startWebServer, type WebServer } from './server';

const SCREENS = '/tmp/screens';
const seed = (file: string) => join(__dirname, '../../seeds', file);
const unavailable = chromiumUnavailable();
if (unavailable) console.warn(`Skipping the browser test: ${unavailable}`);
const describeInBrowser = unavailable ? describe.skip : describe;

jest.setTimeout(120_000);

describeInBrowser('the web page in chromium', () => {
  let server: WebServer;
  let context: BrowserContext;
  let userDataDir: string;
  let page: Page;
  /** Console errors and CSP violations: the page and report must run under their own policies without one. */
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    // Long enough for the progress count to tick at least once.
    server = await startWebServer({ delayMs: 1_500 });
    userDataDir = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      // The empty form's 422 is the refusal the last test asks for; the browser logs it like any failed fetch.
      if (m.type() === 'error' && !/status of 422/.test(m.text())) problems.push(`${m.location().url}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(String(e)));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  let report: FrameLocator;

  test('uploading the two seed files shows progress, then the report with its download links', async () => {
    await page.goto(`${server.base}/`);
    await page.screenshot({ path: `${SCREENS}/page.png`, fullPage: true });
    expect(await page.locator('h1').textContent()).toBe('Compare two documents');

    await page.getByLabel('File (.txt, .md, .html, .pdf or .docx)').first().setInputFiles(seed(SEED_2016));
    await page.locator('#target-file').setInputFiles(seed(SEED_2018));
    await page.getByLabel('Date').first().fill('2016-02-02');
    await page.locator('#target-date').fill('2018-06-11');
    await page.locator('#source-publisher').fill('EUobserver');
    await page.getByRole('button', { name: 'Align the documents' }).click();

    const progress = page.getByRole('status');
    await expect(progress).toContainTextSoon(/Aligning… [1-9] s/);
    await page.screenshot({ path: `${SCREENS}/progress.png` });
    await expect(progress).toContainTextSoon(/Done in \d+ s: \d+ completed, \d+ carried forward, \d+ dropped, \d+ new\./);

    report = page.frameLocator('#report-frame');
    await report.locator('#pledge-table').waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe('result-h');
    await page.screenshot({ path: `${SCREENS}/page-report.png` });
    const base = await page.locator('a', { hasText: 'Download JSON' }).getAttribute('href');
    expect(base).toMatch(/^\/api\/v1\/alignments\/[\w-]+$/);
    expect(await page.locator('a', { hasText: 'Download PDF' }).getAttribute('href')).toBe(`${base}/report.pdf`);
    expect(await page.locator('a', { hasText: 'Download CSV' }).getAttribute('href')).toBe(`${base}/report.csv`);
    expect(await page.locator('a', { hasText: 'Open the report on its own page' }).getAttribute('href')).toBe(`${base}/report.html`);
    const json = (await (await fetch(server.base + base)).json()) as { source: { title: string; date: string } };
    expect(json.source).toMatchObject({ title: 'France, Belgium step up security cooperation', date: '2016-02-02' });
  });

  test('the pledge table shows completed and carried-forward rows in words', async () => {
    const verdicts = await report.locator('#pledge-table tbody .verdict').allTextContents();
    expect(verdicts).toContain('completed');
    expect(verdicts).toContain('carried forward');
    expect(verdicts.some((v) => v.includes('_'))).toBe(false);
  });

  test('selecting a clause highlights its counterparts in the other column, by mouse and by keyboard', async () => {
    const magistrate = report.locator('#docs-h ~ .columns li', { hasText: 'A French liaison magistrate will be sent' }).locator('button');
    const ids = (await magistrate.getAttribute('data-links'))!.split(' ');
    expect(ids.length).toBeGreaterThan(0);
    await magistrate.click();
    expect(await magistrate.getAttribute('aria-pressed')).toBe('true');
    for (const id of ids) expect(await report.locator(`#${id}`).getAttribute('class')).toMatch(/\bis-linked\b/);
    expect(await report.locator(`#${ids[0]}`).textContent()).toMatch(/liaison magistrate/);
    expect(await report.locator('#link-status').textContent()).toMatch(/^source clause \d+ is linked to target clause \d+/);
    await page.screenshot({ path: `${SCREENS}/report-linked.png` });

    // The keyboard: a target clause's button, Space, then Enter on it again to clear.
    const other = report.locator('#target-col-h ~ ol button').first();
    await other.focus();
    await page.keyboard.press('Space');
    expect(await other.getAttribute('aria-pressed')).toBe('true');
    expect(await magistrate.getAttribute('aria-pressed')).toBe('false');
    for (const id of (await other.getAttribute('data-links'))!.split(' ')) expect(await report.locator(`#${id}`).getAttribute('class')).toMatch(/\bis-linked\b/);
    await page.keyboard.press('Enter');
    expect(await other.getAttribute('aria-pressed')).toBe('false');
    expect(await report.locator('.is-linked').count()).toBe(0);
  });

  test('the filters hide pledge rows by verdict and by topic', async () => {
    const rows = report.locator('#pledge-table tbody tr');
    const total = await rows.count();
    const completed = await report.locator('#pledge-table tbody tr[data-status="completed"]').count();
    await report.getByLabel('completed').uncheck();
    expect(await report.locator('#pledge-table tbody tr:not([hidden])').count()).toBe(total - completed);
    expect(await report.locator('#filter-count').textContent()).toBe(`Showing ${total - completed} of ${total} pledges.`);
    await report.getByLabel('completed').check();
    await report.getByLabel('Topic').selectOption('liaison magistrate');
    const visible = await report.locator('#pledge-table tbody tr:not([hidden])').allTextContents();
    expect(visible).toHaveLength(1);
    expect(visible[0]).toMatch(/liaison magistrate/);
    await report.locator('#pledges-h').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/report-filtered.png` });
    await report.getByLabel('Topic').selectOption('');
  });

  test('the report on its own page, and the PDF link', async () => {
    const href = (await page.locator('a', { hasText: 'Download PDF' }).getAttribute('href'))!;
    const own = await context.newPage();
    own.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${m.location().url}: ${m.text()}`);
    });
    await own.goto(server.base + href.replace(/report\.pdf$/, 'report.html'));
    await own.screenshot({ path: `${SCREENS}/report.png` });
    await own.screenshot({ path: `${SCREENS}/report-full.png`, fullPage: true });
    await own.close();
    if (!server.real.pdf) {
      console.warn('GET /api/v1/alignments/{id}/report.pdf is not routed yet: only the PDF link\'s href was checked.');
      return;
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a', { hasText: 'Download PDF' }).click()]);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('an empty form is refused, and the problem is shown readably in an alert', async () => {
    await page.goto(`${server.base}/`);
    await page.getByRole('button', { name: 'Align the documents' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainTextSoon(/The request is not valid/);
    const text = (await alert.innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/source\.text/);
    expect(text).toMatch(/must not be empty/);
    expect(await page.getByRole('status').textContent()).toBe('The alignment was refused.');
    await page.screenshot({ path: `${SCREENS}/error.png`, fullPage: true });
  });

  test('no console errors and no Content-Security-Policy violations on the way', () => {
    expect(problems).toEqual([]);
  });
});

/** Polls a locator's text until it matches (jest has no web-first assertions). */
declare global {
  namespace jest {
    interface Matchers<R> {
      toContainTextSoon(pattern: RegExp): Promise<R>;
    }
  }
}
expect.extend({
  async toContainTextSoon(locator: { textContent(): Promise<string | null> }, pattern: RegExp) {
    const until = Date.now() + 30_000;
    let last: string | null = null;
    while (Date.now() < until) {
      last = await locator.textContent();
      if (last !== null && pattern.test(last)) return { pass: true, message: () => `text matched ${pattern}` };
      await new Promise((r) => setTimeout(r, 100));
    }
    return { pass: false, message: () => `expected text matching ${pattern}, last was ${JSON.stringify(last)}` };
  },
});
