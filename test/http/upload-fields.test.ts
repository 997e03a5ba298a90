import { pdfOf as pdf } from '../fixtures/pdf';
import request from 'supertest';
import { DEFAULT_LIMITS } from '../../src/limits';
import { testApp } from '../fixtures/app';

const SOURCE = 'A French liaison magistrate will be sent to Belgium.\n\nThe ministers met in Brussels.';
const TARGET = 'A French liaison magistrate was stationed in Belgium.\n\nWe will hold a meeting of experts.';

/** A title of `words` words, far over the 500-character limit when long enough. */
const longTitle = (words: number): string =>
  Array.from({ length: words }, (_, i) => `Ministerial${i}`)
    .join(' ')
    .slice(0, 20 * words);

/** What an upload's caller sees of the fields read from its files: titles, file names, the text's size and its character set. */
describe('uploads: what is read from the files', () => {
  const app = testApp();
  const post = () => request(app).post('/api/v1/alignments');

  test('a UTF-8 file name is read as UTF-8: the title is "Déclaration commune 2016.txt", not "DÃ©claration"', async () => {
    const res = await post().attach('source', Buffer.from(SOURCE), 'Déclaration commune 2016.txt').attach('target', Buffer.from(TARGET), 'b.txt').expect(201);
    expect(res.body.source.title).toBe('Déclaration commune 2016.txt');
  });

  test.each([
    [
      'an HTML <title>',
      async (t: string) => ({ bytes: Buffer.from(`<html><head><title>${t}</title></head><body><p>${SOURCE}</p></body></html>`), name: 'a.html' }),
    ],
    ['a PDF Title', async (t: string) => ({ bytes: await pdf(SOURCE, t), name: 'a.pdf' })],
  ])('%s of 1,200 characters is shortened to 500 at a word boundary with an ellipsis, not refused', async (_, make) => {
    const title = longTitle(100);
    expect(title.length).toBeGreaterThan(1_000);
    const file = await make(title);
    const res = await post().attach('source', file.bytes, file.name).attach('target', Buffer.from(TARGET), 'b.txt');
    expect(res.status).toBe(201);
    const got = res.body.source.title as string;
    expect(got.length).toBeLessThanOrEqual(500);
    expect(got.length).toBeGreaterThan(450);
    expect(got.endsWith(' …') || got.endsWith('…')).toBe(true);
    // Whole words only: what comes before the ellipsis is a prefix of the title ending where a word ends.
    const kept = got.replace(/\s*…$/, '');
    expect(title.startsWith(kept)).toBe(true);
    expect(title[kept.length]).toBe(' ');
  });

  test('a title the caller types over 500 characters is still refused, naming source.title', async () => {
    const res = await post()
      .attach('source', Buffer.from(SOURCE), 'a.txt')
      .attach('target', Buffer.from(TARGET), 'b.txt')
      .field('sourceTitle', longTitle(40))
      .expect(422);
    expect(res.body.fields).toEqual([{ field: 'source.title', detail: expect.stringMatching(/500/) }]);
  });

  test('a title typed in the form with a control character → 422 naming the field, as in JSON', async () => {
    const res = await post()
      .attach('source', Buffer.from(SOURCE), 'a.txt')
      .attach('target', Buffer.from(TARGET), 'b.txt')
      .field('targetPublisher', 'Agence\u0001')
      .expect(422);
    expect(res.body).toMatchObject({ code: 'invalid_request', fields: [{ field: 'target.publisher', detail: expect.stringContaining('U+0001') }] });
  });

  test('a title read from the file with control characters is cleaned, not refused: the caller did not type it', async () => {
    const html = `<html><head><title>Minutes&#1; of the &#27;meeting</title></head><body><p>${SOURCE}</p></body></html>`;
    const res = await post().attach('source', Buffer.from(html), 'a.html').attach('target', Buffer.from(TARGET), 'b.txt').expect(201);
    expect(res.body.source.title).toBe('Minutes of the meeting');
  });

  test('a windows-1252 HTML file within the file limit is read, though its text is longer in UTF-8', async () => {
    const limits = { ...DEFAULT_LIMITS, documentBytes: 10_000 };
    const para = 'Le magistrat de liaison français sera envoyé en Belgique: été, café, élève, déjà. ';
    const body = `<p>${'é'.repeat(3_000)} ${para.repeat(60)}</p>`.slice(0, 9_000);
    const html = Buffer.from(`<html><head><meta charset="windows-1252"></head><body>${body}</p></body></html>`, 'latin1');
    expect(html.length).toBeLessThan(limits.documentBytes);
    expect(Buffer.byteLength(html.toString('latin1'), 'utf8')).toBeGreaterThan(limits.documentBytes);
    const res = await request(testApp({ limits }))
      .post('/api/v1/alignments')
      .attach('source', html, 'latin.html')
      .attach('target', Buffer.from(TARGET), 'b.txt');
    expect(res.body).not.toMatchObject({ fields: [{ field: 'source.text' }] });
    expect(res.status).toBe(201);
  });

  test('the file limit still holds for uploads: 413 naming source.file', async () => {
    const limits = { ...DEFAULT_LIMITS, documentBytes: 1_000 };
    const res = await request(testApp({ limits }))
      .post('/api/v1/alignments')
      .attach('source', Buffer.from('word '.repeat(300)), 'a.txt')
      .attach('target', Buffer.from(TARGET), 'b.txt')
      .expect(413);
    expect(res.body.fields).toEqual([{ field: 'source.file', detail: 'The file for the earlier document (source) is over the limit of 1 kB.' }]);
  });

  test('a charset declared on the uploaded part is honoured: windows-1252 text is read, not refused as invalid UTF-8', async () => {
    const latin = Buffer.from('Déclaration commune: le magistrat de liaison sera envoyé en Belgique.\n\nLes ministres se sont réunis.', 'latin1');
    const res = await post()
      .attach('source', latin, { filename: 'latin.txt', contentType: 'text/plain; charset=windows-1252' })
      .attach('target', Buffer.from(TARGET), 'b.txt')
      .expect(201);
    expect(res.body.source.clauses[0].text).toMatch(/^Déclaration commune/);
  });

  test('without a declared charset, windows-1252 text is still refused as not UTF-8, naming source.file', async () => {
    const latin = Buffer.from('Déclaration commune: le magistrat sera envoyé.', 'latin1');
    const res = await post().attach('source', latin, 'latin.txt').attach('target', Buffer.from(TARGET), 'b.txt').expect(422);
    expect(res.body).toMatchObject({ code: 'input_unreadable', fields: [{ field: 'source.file', detail: expect.stringMatching(/not valid UTF-8/) }] });
  });
});
