import request from 'supertest';
import { DEFAULT_LIMITS } from '../../src/limits';
import { testApp } from '../fixtures/app';

/** JSON with every non-ASCII character \u-escaped, as some clients (Python's json.dumps by default) send it. */
const asciiJson = (value: unknown): string => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Greek prose of about `bytes` UTF-8 bytes: two bytes a letter, so \u-escaped it is three times as long. */
const greek = (bytes: number): string => {
  const sentence = 'Οι υπουργοί συμφώνησαν να στείλουν έναν δικαστικό σύνδεσμο στο Βέλγιο. ';
  return sentence.repeat(Math.ceil(bytes / Buffer.byteLength(sentence))).trim();
};

describe('JSON bodies: one guard, and a limit each route derives from its documents', () => {
  test.each(['/api/v1/similarity', '/api/v1/traces', '/api/v1/documents/date', '/api/v1/alignments'])(
    'text/plain to %s → 415 unsupported_media_type, not a 422 about an undefined body',
    async (path) => {
      const res = await request(testApp()).post(path).set('Content-Type', 'text/plain').send('hello').expect(415);
      expect(res.type).toBe('application/problem+json');
      expect(res.body).toMatchObject({ type: 'about:blank#unsupported_media_type', code: 'unsupported_media_type' });
      expect(res.body.detail).toMatch(/^Send .*application\/json.*, not text\/plain\.$/);
    },
  );

  test('one document within the 2 MB limit, sent \\u-escaped (5.4 MB of JSON), is read by the date preview', async () => {
    const body = asciiJson({ text: `Paris, 14 March 2018\n\n${greek(1_900_000)}` });
    expect(body.length).toBeGreaterThan(5_000_000);
    const res = await request(testApp()).post('/api/v1/documents/date').set('Content-Type', 'application/json').send(body).expect(200);
    expect(res.body).toMatchObject({ date: '2018-03-14' });
  });

  test('two 1.2 MB documents \\u-escaped (6.8 MB of JSON) are read: the caller hears of the one real mistake in them, not of the body size', async () => {
    const text = greek(1_200_000);
    const body = asciiJson({ source: { text }, target: { text }, options: { threshold: 2 } });
    expect(body.length).toBeGreaterThan(6_500_000);
    const res = await request(testApp()).post('/api/v1/alignments').set('Content-Type', 'application/json').send(body).expect(422);
    expect(res.body).toMatchObject({ code: 'invalid_request', fields: [{ field: 'options.threshold', detail: expect.any(String) }] });
  });

  test('traces take up to twelve documents: three 1.2 MB ones \\u-escaped (11 MB of JSON) are read', async () => {
    const text = greek(1_200_000);
    const body = asciiJson({ documents: [{ text }, { text }, { text }], options: { threshold: 2 } });
    const res = await request(testApp()).post('/api/v1/traces').set('Content-Type', 'application/json').send(body).expect(422);
    expect(res.body.fields).toEqual([{ field: 'options.threshold', detail: expect.any(String) }]);
  });

  test('the document limit is still checked once the body is parsed: 413 naming source.text', async () => {
    const limits = { ...DEFAULT_LIMITS, documentBytes: 100_000 };
    const body = asciiJson({ source: { text: greek(120_000) }, target: { text: 'A short later text.' } });
    const res = await request(testApp({ limits })).post('/api/v1/alignments').set('Content-Type', 'application/json').send(body).expect(413);
    expect(res.body.code).toBe('payload_too_large');
    expect(res.body.fields).toEqual([{ field: 'source.text', detail: expect.stringMatching(/the limit is 100 kB/) }]);
  });

  test('a body over its route limit → 413 saying which limit, and traces get room for twelve documents', async () => {
    const limits = { ...DEFAULT_LIMITS, documentBytes: 10_000 };
    const app = testApp({ limits });
    // 1.3 MB: over the alignments route's 2 × 10 kB × 3 + 1 MB, within the traces route's 12 × 10 kB × 3 + 1 MB.
    const filler = 'x'.repeat(1_300_000);
    const big = await request(app)
      .post('/api/v1/alignments')
      .send({ source: { text: filler }, target: { text: 'y' } })
      .expect(413);
    expect(big.body.code).toBe('payload_too_large');
    expect(big.body.detail).toMatch(
      /^The request body is 1\.3 MB; the limit for POST \/api\/v1\/alignments is 1\.06 MB: 2 documents of up to 10 kB each, allowing for JSON escaping/,
    );
    // The same body is within the traces route's limit (12 documents), so it reaches the per-document check.
    const traced = await request(app)
      .post('/api/v1/traces')
      .send({ documents: [{ text: filler }, { text: 'y' }] })
      .expect(413);
    expect(traced.body.detail).toMatch(/^The text of document #1 is 1\.3 MB; the limit is 10 kB/);
  });
});
