import type { BrowserContext, Page } from 'playwright-core';
import { chromiumUnavailable, launchPage } from './chromium';
import { startWebServer, type WebServer } from './server';
import './matchers';

/** Screenshots to look at after a run. */
const SHOT = (name: string) => `/tmp/15b-${name}.png`;
const unavailable = chromiumUnavailable();
const describeInBrowser = unavailable ? describe.skip : describe;

jest.setTimeout(120_000);

// The page's globals, typed only as far as these checks reach into them.
type Doc = { activeElement: { id: string; textContent: string } | null; scrollingElement: { scrollWidth: number } };
const focusedId = (page: Page) => page.evaluate(() => (globalThis as unknown as { document: Doc }).document.activeElement?.id ?? '');

/** The name a download of this link is saved under: the file name its response gives (Content-Disposition). */
const jsonName = async (page: Page, link: ReturnType<Page['locator']>): Promise<string> => {
  await link.waitFor();
  const href = (await link.getAttribute('href'))!;
  expect(await link.getAttribute('download')).toBe('');
  const header = await page.evaluate(async (url) => (await fetch(url)).headers.get('content-disposition') ?? '', href);
  return /filename="([^"]+)"/.exec(header)?.[1] ?? '';
};
const URL_PATH = 'security/cooperation/plans/2016/france-belgium-joint-plan-for-police-and-judicial-cooperation-with-every-annex-and-every-detail.html';
const LONG_URL_SOURCE = `France will publish the joint security plan at https://www.example.org/${URL_PATH} before the summer.\n\nBelgium will send a liaison magistrate to Paris.`;
const LONG_URL_TARGET = `France has published the joint security plan at https://www.example.org/${URL_PATH} in June.\n\nBelgium has sent a liaison magistrate to Paris.`;

describeInBrowser('the web page’s form and outcome, as a user meets them', () => {
  let server: WebServer;
  let context: BrowserContext;
  let closeBrowser: (() => Promise<void>) | undefined;
  let page: Page;

  beforeAll(async () => {
    // Long enough for the seconds beside the status to tick at least once.
    server = await startWebServer({ delayMs: 1_500 });
    ({ page, context, close: closeBrowser } = await launchPage());
  });

  afterAll(async () => {
    await closeBrowser?.();
    await server?.close();
  });

  /** Pastes both texts and sends them. */
  async function align(on: Page, source: string, target: string) {
    await on.goto(`${server.base}/`);
    await on.locator('#source-text').fill(source);
    await on.locator('#target-text').fill(target);
    await on.getByRole('button', { name: 'Align the documents' }).click();
    await on.locator('#counts').waitFor();
  }

  test('while aligning, the status says “Aligning…” once, the seconds tick outside it, and the pressed button keeps the focus', async () => {
    await page.goto(`${server.base}/`);
    await page.locator('#source-text').fill(LONG_URL_SOURCE);
    await page.locator('#target-text').fill(LONG_URL_TARGET);
    // Every change a screen reader would announce: the texts the status region is given.
    await page.evaluate(() => {
      const g = globalThis as unknown as {
        said: string[];
        document: { getElementById(id: string): { textContent: string } };
        MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void };
      };
      g.said = [];
      const status = g.document.getElementById('progress');
      new g.MutationObserver(() => g.said.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
    });
    const button = page.getByRole('button', { name: 'Align the documents' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#elapsed')).toContainTextSoon(/^[1-9] s$/);
    expect(await page.locator('#progress').textContent()).toBe('Aligning…');
    expect(await focusedId(page)).toBe('');
    expect(await page.evaluate(() => (globalThis as unknown as { document: Doc }).document.activeElement?.textContent)).toBe('Align the documents');
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    await page.screenshot({ path: SHOT('aligning-1280') });
    await expect(page.locator('#progress')).toContainTextSoon(/^Done in \d+ s:/);
    const said = await page.evaluate(() => (globalThis as unknown as { said: string[] }).said);
    expect(said).toEqual(['Aligning…', expect.stringMatching(/^Done in/)]);
    expect(await page.locator('#elapsed').textContent()).toBe('');
  });

  test('a long URL breaks inside its cell: the verdict column stays in view at 1280 px', async () => {
    // The outcome of the test above: a pledge whose text holds a 150-character URL.
    const wrap = await page.evaluate(() => {
      const el = (globalThis as unknown as { document: { querySelector(s: string): { scrollWidth: number; clientWidth: number } } }).document.querySelector(
        '.table-wrap',
      );
      return { scroll: el.scrollWidth, client: el.clientWidth };
    });
    expect(wrap.scroll).toBeLessThanOrEqual(wrap.client);
    const verdict = (await page.locator('#outcome-table tbody tr').first().locator('td').first().boundingBox())!;
    expect(verdict.width).toBeGreaterThan(100);
    expect(await page.locator('#outcome-table tbody td').first().getAttribute('dir')).toBe('auto');
    await page.locator('#outcome-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: SHOT('long-url-1280') });
  });

  test('… and at 390 px every card fits the screen', async () => {
    const narrow = await context.newPage();
    await narrow.setViewportSize({ width: 390, height: 844 });
    await align(narrow, LONG_URL_SOURCE, LONG_URL_TARGET);
    expect(await narrow.evaluate(() => (globalThis as unknown as { document: Doc }).document.scrollingElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const cell of await narrow.locator('#outcome-table td').all()) {
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await narrow.locator('#outcome-table').scrollIntoViewIfNeeded();
    await narrow.screenshot({ path: SHOT('long-url-390') });
    await narrow.close();
  });

  test('a link threshold out of range is said beside its field, which gets the focus; nothing is sent', async () => {
    await page.goto(`${server.base}/`);
    await page.locator('#source-text').fill(LONG_URL_SOURCE);
    await page.locator('#target-text').fill(LONG_URL_TARGET);
    // What Chromium makes of "1,5" typed in a number field.
    await page.locator('#threshold').fill('15');
    let sent = 0;
    page.on('request', (r) => void (r.method() === 'POST' && /alignments$/.test(r.url()) && (sent += 1)));
    await page.getByRole('button', { name: 'Align the documents' }).click();
    await expect(page.locator('#threshold-error')).toContainTextSoon(/^The link threshold is a number from 0 to 1/);
    expect(await page.locator('#threshold').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#threshold').getAttribute('aria-describedby')).toContain('threshold-error');
    expect(await focusedId(page)).toBe('threshold');
    expect(sent).toBe(0);
    await page.locator('#threshold').scrollIntoViewIfNeeded();
    await page.screenshot({ path: SHOT('threshold-1280') });
  });

  test('a file’s problem is shown under the file field, not under the paste box', async () => {
    await page.goto(`${server.base}/`);
    await page.locator('#source-text').fill(LONG_URL_SOURCE);
    await page.locator('#target-file').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(3_100_000, 'a') });
    await page.getByRole('button', { name: 'Align the documents' }).click();
    expect(await page.locator('#target-file-error').innerText()).toBe('This file is 3.1 MB; the limit is 2 MB.');
    expect(await page.locator('#target-document-error').innerText()).toBe('');
    const [file, error, paste] = await Promise.all(['#target-file', '#target-file-error', '#target-text'].map((s) => page.locator(s).boundingBox()));
    expect(error!.y).toBeGreaterThan(file!.y);
    expect(error!.y).toBeLessThan(paste!.y);
    await page.locator('#target-file').scrollIntoViewIfNeeded();
    await page.screenshot({ path: SHOT('file-error-1280') });
  });

  test('an HTML file’s date preview quotes its text, not its markup, even after a long head', async () => {
    await page.goto(`${server.base}/`);
    const head = `<style>${'p{margin:0}\n'.repeat(1_000)}</style>`;
    const html = `<!doctype html><html><head><title>Leaders’ statement</title>${head}</head><body><p>In September 2021 the leaders met in Washington.</p><p>They will meet again.</p></body></html>`;
    await page.locator('#source-file').setInputFiles({ name: 'b.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await expect(page.locator('#source-date-inferred')).toContainTextSoon(
      /will be used, read from its text: “In September 2021 the leaders met in Washington\.”/,
    );
    expect(await page.locator('#source-date-inferred').textContent()).not.toContain('<');
    await page.screenshot({ path: SHOT('html-preview-1280') });
  });

  test('a refused example pair is told in the box under the form, not pinned to the user’s fields', async () => {
    await page.goto(`${server.base}/`);
    await page.route('**/api/v1/examples/seed-pair/alignments', (route) =>
      route.fulfill({
        status: 413,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          title: 'Payload too large',
          status: 413,
          detail: 'the later document has 600 clauses; at most 500 are accepted',
          fields: [{ field: 'target.text', detail: 'the later document has 600 clauses; at most 500 are accepted' }],
          requestId: 'r-1',
        }),
      }),
    );
    await page.getByRole('button', { name: 'Align the example pair instead' }).click();
    await expect(page.locator('#error')).toContainTextSoon(/the later document has 600 clauses/);
    expect(await page.locator('#target-document-error').innerText()).toBe('');
    expect(await page.locator('#target-text').getAttribute('aria-invalid')).toBeNull();
    expect(await focusedId(page)).toBe('error');
    await page.screenshot({ path: SHOT('example-refused-1280') });
    await page.unroute('**/api/v1/examples/seed-pair/alignments');
  });

  test('pasted text is titled by its first line, as the same text uploaded is: the report is headed with it, and the JSON named after it', async () => {
    await align(page, `Joint security plan of France and Belgium\n\n${LONG_URL_SOURCE}`, `Joint security plan: first report\n\n${LONG_URL_TARGET}`);
    const report = page.frameLocator('#report-frame');
    await expect(report.locator('body')).toContainTextSoon(/Joint security plan of France and Belgium → Joint security plan: first report/);
    const json = page.locator('a', { hasText: 'Download JSON' });
    expect(await jsonName(page, json)).toBe('joint-security-plan-continuity.json');
    await page.locator('#report-h').scrollIntoViewIfNeeded();
    await page.screenshot({ path: SHOT('pasted-title-1280') });
  });

  test('the outcome table names each verdict as the report below it does, and the JSON saves under the reports’ name', async () => {
    // A pledge the later text leaves aside: its verdict has the most words to agree on.
    await align(page, `${LONG_URL_SOURCE}\n\nFrance will open a consulate in Liège next year.`, LONG_URL_TARGET);
    const report = page.frameLocator('#report-frame');
    await report.locator('#pledge-table').waitFor();
    const inReport = new Set((await report.locator('#pledge-table .verdict').allTextContents()).map((t) => t.trim()));
    const onPage = (await page.locator('#outcome-table tbody tr:not([data-status="new"]) td:first-child').allTextContents()).map((t) => t.trim());
    expect(onPage.length).toBeGreaterThan(0);
    expect(new Set(onPage)).toEqual(inReport);
    expect(onPage).toContain('dropped — the later text does not take it up');
    const json = page.locator('a', { hasText: 'Download JSON' });
    expect(await jsonName(page, json)).toMatch(/^([a-z0-9-]+-)?continuity\.json$/);
  });
});
