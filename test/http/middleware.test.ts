import { Writable } from 'node:stream';
import pino from 'pino';
import request from 'supertest';
import { testApp } from '../fixtures/app';

/** A pino logger writing JSON lines into an array the test can read. */
function capturedLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe('request ids and logs', () => {
  test('every response carries an X-Request-Id; a problem document quotes it; the log line has it', async () => {
    const { logger, lines } = capturedLogger();
    const app = testApp({ logger });
    const res = await request(app).get('/api/v1/alignments/missing').expect(404);
    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.requestId).toBe(id);
    await new Promise((r) => setImmediate(r));
    expect(lines).toContainEqual(expect.objectContaining({ reqId: id, method: 'GET', path: '/api/v1/alignments/missing', status: 404, msg: 'request' }));
  });

  test("a caller's own plausible id is kept; an implausible one is replaced", async () => {
    const app = testApp();
    const kept = await request(app).get('/healthz').set('X-Request-Id', 'editor-42.run_7').expect(200);
    expect(kept.headers['x-request-id']).toBe('editor-42.run_7');
    const replaced = await request(app).get('/healthz').set('X-Request-Id', 'x'.repeat(500)).expect(200);
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('an unexpected error is logged with its stack, and the caller sees a 500 problem without it', async () => {
    const { logger, lines } = capturedLogger();
    const app = testApp({ logger, runner: { run: () => Promise.reject(new Error('disk on fire')), stats: () => [], close: async () => {} } });
    const res = await request(app)
      .post('/api/v1/alignments')
      .send({ source: { text: 'a b c' }, target: { text: 'a b d' } })
      .expect(500);
    expect(res.body).toMatchObject({ code: 'internal', requestId: res.headers['x-request-id'] });
    expect(JSON.stringify(res.body)).not.toContain('disk on fire');
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 50, reqId: res.headers['x-request-id'], err: expect.objectContaining({ message: 'disk on fire' }) }),
    );
  });
});

describe('security headers and rate limits', () => {
  test('helmet sets the usual security headers', async () => {
    const res = await request(testApp()).get('/healthz').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  test('over the per-minute limit, the API answers 429 with Retry-After; health checks are not limited', async () => {
    const app = testApp({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i += 1) await request(app).get('/api/v1/alignments').expect(200);
    const res = await request(app).get('/api/v1/alignments').expect(429);
    expect(res.type).toBe('application/problem+json');
    expect(res.body).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    await request(app).get('/healthz').expect(200);
  });

  test("date previews (asked as the user types) have a window of their own, so they never use up the comparison's", async () => {
    const app = testApp({ rateLimitPerMinute: 2 });
    const preview = () => request(app).post('/api/v1/documents/date').send({ text: 'Brussels, 2 February 2016. The ministers met.' });
    for (let i = 0; i < 10; i += 1) await preview().expect(200);
    await request(app).get('/api/v1/alignments').expect(200);
    await request(app).get('/api/v1/alignments').expect(200);
    await request(app).get('/api/v1/alignments').expect(429);
    // Five times the limit, then 429 too: the previews are limited, only apart.
    const over = await preview().expect(429);
    expect(over.body).toMatchObject({ code: 'rate_limited' });
  });
});
