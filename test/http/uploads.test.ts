import request from 'supertest';
import { pdfOf as pdf } from '../fixtures/pdf';
import { DEFAULT_LIMITS } from '../../src/config';
import { blocksOfText, makeDocx } from '../extract/make-fixtures';
import { readSeed, SEED_2016, SEED_2018 } from '../fixtures/seeds';
import { testApp } from '../fixtures/app';

const SOURCE = 'A French liaison magistrate will be sent to Belgium.\n\nThe ministers met in Brussels.';
const TARGET_HTML =
  '<!doctype html><html><head><title>Communiqué 2018</title><script>var x = "will be sent";</script></head><body><h1>Communiqué</h1><ul><li>A French liaison magistrate was stationed in Belgium in March.</li><li>We will hold a meeting of experts.</li></ul></body></html>';

describe('POST /api/v1/alignments with multipart/form-data', () => {
  test('a .txt and an .html file: text extracted, markup and scripts dropped, title from the page', async () => {
    const res = await request(testApp())
      .post('/api/v1/alignments')
      .attach('source', Buffer.from(SOURCE), 'report.txt')
      .attach('target', Buffer.from(TARGET_HTML), { filename: 'communique.html', contentType: 'text/html' })
      .field('sourceDate', '2016-02-02')
      .expect(201);
    expect(res.body.source).toMatchObject({ title: 'report.txt', date: '2016-02-02' });
    expect(res.body.target.title).toBe('Communiqué 2018');
    expect(res.body.target.clauses.map((u: { text: string }) => u.text).join(' | ')).not.toMatch(/<|var x/);
    expect(res.body.pledges).toEqual([expect.objectContaining({ status: 'completed', topic: 'liaison-magistrate' })]);
  });

  test('a .md source and a .pdf target, with titles and options from the form', async () => {
    const res = await request(testApp())
      .post('/api/v1/alignments')
      .attach('source', Buffer.from(`# Report\n\n${SOURCE}`), 'report.md')
      .attach(
        'target',
        await pdf('A French liaison magistrate was stationed in Belgium in March.\n\nWe will hold a meeting of experts.', 'Communiqué'),
        'communique.pdf',
      )
      .field('sourceTitle', 'EUobserver, 2 February 2016')
      .field('options', JSON.stringify({ threshold: 0.3 }))
      .expect(201);
    expect(res.body.source.title).toBe('EUobserver, 2 February 2016');
    expect(res.body.options).toEqual({ threshold: 0.3 });
    expect(res.body.target.clauses.some((u: { text: string }) => u.text.includes('liaison magistrate'))).toBe(true);
    expect(res.body.pledges[0]).toMatchObject({ status: 'completed' });
  });

  test('the seed pair as .docx files: the same pledges and verdicts as from the .txt files', async () => {
    const app = testApp();
    const fromText = await request(app)
      .post('/api/v1/alignments')
      .send({ source: { text: readSeed(SEED_2016), title: 'r' }, target: { text: readSeed(SEED_2018), title: 'c' } })
      .expect(201);
    const fromDocx = await request(app)
      .post('/api/v1/alignments')
      .attach('source', await makeDocx(blocksOfText(readSeed(SEED_2016)), { title: 'r' }), 'report.docx')
      .attach('target', await makeDocx(blocksOfText(readSeed(SEED_2018)), { title: 'c' }), 'communique.docx')
      .expect(201);
    expect(fromDocx.body.source.title).toBe('r');
    const verdicts = (body: { pledges: Array<{ topic: string | null; status: string }> }) => body.pledges.map((p) => [p.topic, p.status]);
    expect(verdicts(fromDocx.body)).toEqual(verdicts(fromText.body));
    expect(fromDocx.body.summary).toEqual(fromText.body.summary);
  }, 30_000);

  test.each([
    ['a missing target file', 422, 'invalid_request', (r: request.Test) => r.attach('source', Buffer.from(SOURCE), 'a.txt')],
    [
      'an image',
      415,
      'unsupported_media_type',
      (r: request.Test) =>
        r.attach('source', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'a.png').attach('target', Buffer.from(SOURCE), 'b.txt'),
    ],
    [
      'options that are not JSON',
      422,
      'invalid_request',
      (r: request.Test) => r.attach('source', Buffer.from(SOURCE), 'a.txt').attach('target', Buffer.from(SOURCE), 'b.txt').field('options', '{nope'),
    ],
    [
      'a file over the limit',
      413,
      'payload_too_large',
      (r: request.Test) => r.attach('source', Buffer.from('word '.repeat(500)), 'a.txt').attach('target', Buffer.from(SOURCE), 'b.txt'),
    ],
  ] as const)('%s → %i %s', async (_, status, code, build) => {
    const app = testApp({ limits: { ...DEFAULT_LIMITS, documentBytes: 1_000 } });
    const res = await build(request(app).post('/api/v1/alignments')).expect(status);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.code).toBe(code);
  });
});
