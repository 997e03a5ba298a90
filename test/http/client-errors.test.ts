import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { DEFAULT_LIMITS } from '../../src/limits';
import { countingRunner, testApp } from '../fixtures/app';
import { recordingLogger } from '../fixtures/logs';

const body = {
  source: { text: 'A French liaison magistrate will be sent to Belgium.' },
  target: { text: 'stationing a French liaison magistrate in Belgium' },
};
const json = JSON.stringify(body);

/** Sends exact bytes (supertest would serialise a Buffer under a JSON content type). */
async function raw(
  app: ReturnType<typeof testApp>,
  headers: Record<string, string>,
  bytes: Buffer,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const server = app.listen(0);
  try {
    const { port } = server.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/alignments`, { method: 'POST', headers, body: bytes });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  } finally {
    server.close();
  }
}

/** Every client mistake is a 4xx problem with its own code, in our words: never a 500, never a library's message. */
describe('client mistakes', () => {
  const app = testApp();
  const post = () => request(app).post('/api/v1/alignments');

  test.each([
    ['JSON in ISO-8859-1', () => post().set('Content-Type', 'application/json; charset=iso-8859-1').send(json), 415, 'unsupported_charset'],
    ['JSON in UTF-16', () => post().set('Content-Type', 'application/json; charset=utf-16').send(json), 415, 'unsupported_charset'],
    [
      'Content-Encoding: compress',
      () => post().set('Content-Type', 'application/json').set('Content-Encoding', 'compress').send(json),
      415,
      'unsupported_encoding',
    ],
    [
      'a gzip body that is not gzip',
      () => post().set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send('{"not": "gzip"}'),
      400,
      'bad_request',
    ],
    ['a br body that is not br', () => post().set('Content-Type', 'application/json').set('Content-Encoding', 'br').send('garbage!'), 400, 'bad_request'],
    ['an id that is a malformed percent-encoding', () => request(app).get('/api/v1/alignments/%ZZ'), 400, 'bad_request'],
    ['PUT on the collection', () => request(app).put('/api/v1/alignments').send(json), 405, 'method_not_allowed'],
    ['a file under a field name the form does not take', () => post().attach('document', Buffer.from('Some text.'), 'a.txt'), 422, 'invalid_request'],
    ['1 MB of semicolons as JSON text (no clauses)', () => post().send({ ...body, source: { text: ';'.repeat(1_000_000) } }), 422, 'input_unreadable'],
    [
      'an unpaired surrogate in JSON text',
      () => post().set('Content-Type', 'application/json').send('{"source":{"text":"a \\ud800 b"},"target":{"text":"a b"}}'),
      422,
      'input_unreadable',
    ],
  ] as const)('%s → %i %s', async (_, call, status, code) => {
    const res = await call().expect(status);
    expect(res.type).toBe('application/problem+json');
    expect(res.body).toMatchObject({ status, code });
    expect(res.body.detail).not.toMatch(/Unexpected|unexpected end|incorrect header|Failed to decode|iconv|zlib|busboy|multer/i);
  });

  test('a wrong method names the allowed ones in Allow', async () => {
    const res = await request(app).patch('/api/v1/alignments/some-id').expect(405);
    expect(res.headers.allow).toBe('DELETE, GET, HEAD');
    expect((await request(app).post('/healthz').expect(405)).headers.allow).toBe('GET, HEAD');
    await request(app).get('/no/such/route').expect(404);
  });

  test('JSON that is not valid UTF-8 is refused as an upload would be, not patched with U+FFFD', async () => {
    const bytes = Buffer.concat([Buffer.from('{"source":{"text":"caf'), Buffer.from([0xe9]), Buffer.from(' au lait"},"target":{"text":"a b"}}')]);
    const res = await raw(app, { 'Content-Type': 'application/json' }, bytes);
    expect(res).toMatchObject({ status: 422, body: { code: 'input_unreadable', detail: expect.stringMatching(/not valid UTF-8/) } });
  });

  test('a gzip body that is gzip is read', async () => {
    const res = await raw(app, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, gzipSync(json));
    expect(res.status).toBe(201);
  });

  test('2 MB of numbers as similarity pairs is a quick 413 naming the limit, not half a million issues', async () => {
    const numbers = `{"pairs":[${Array.from({ length: 400_000 }, (_, i) => i % 10).join(',')}]}`;
    const started = Date.now();
    const res = await request(app).post('/api/v1/similarity').set('Content-Type', 'application/json').send(numbers).expect(413);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(res.body.detail).toMatch(/400000 pairs; the limit is 10000/);
    const within = `{"pairs":[${Array.from({ length: 5_000 }, (_, i) => i).join(',')}]}`;
    const invalid = await request(app).post('/api/v1/similarity').set('Content-Type', 'application/json').send(within).expect(422);
    expect(invalid.body.issues).toHaveLength(21);
    expect(invalid.body.issues[20]).toMatch(/and 4980 more issues/);
  });

  test('a deadline under a second is said in tenths, not "0 s"', async () => {
    const { DeadlineExceededError, seconds } = await import('../../src/errors');
    expect(seconds(500)).toBe('0.5 s');
    expect(seconds(60_000)).toBe('60 s');
    expect(new DeadlineExceededError(`within ${seconds(300)}`).detail).toBe('within 0.3 s');
  });
});

describe('identical work is done once', () => {
  test('20 identical alignment requests at once: one comparison, one stored resource, the same id for all', async () => {
    const runner = countingRunner();
    const app = testApp({ runner });
    const responses = await Promise.all(Array.from({ length: 20 }, () => request(app).post('/api/v1/alignments').send(body)));
    expect(runner.counts.compare).toBe(1);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(responses.map((r) => r.status).sort()).toEqual([...Array(19).fill(200), 201]);
    expect((await request(app).get('/api/v1/alignments')).body.total).toBe(1);
  });

  test('a report is rendered once and then served from the store, whoever asks how often', async () => {
    const runner = countingRunner();
    const app = testApp({ runner });
    const url = (await request(app).post('/api/v1/alignments').send(body).expect(201)).headers.location!;
    const first = await Promise.all(Array.from({ length: 5 }, () => request(app).get(`${url}/report.csv`).expect(200)));
    const again = await request(app).get(`${url}/report.csv`).expect(200);
    expect(runner.counts['report.csv']).toBe(1);
    expect(new Set([...first, again].map((r) => r.text)).size).toBe(1);
  });
});

describe('readiness and logs', () => {
  test('/readyz is 503 while a lane has no room in its queue or no warm worker', async () => {
    const lanes = [{ name: 'align', size: 2, warm: 2, busy: 2, queued: 32, queueLength: 32 }];
    const busy = testApp({ runner: { ...countingRunner(), stats: () => lanes } });
    const res = await request(busy).get('/readyz').expect(503);
    expect(res.body).toMatchObject({ status: 'busy', lanes });
    const cold = testApp({ runner: { ...countingRunner(), stats: () => [{ ...lanes[0]!, warm: 0, busy: 0, queued: 0 }] } });
    await request(cold).get('/readyz').expect(503);
  });

  test('a client that goes away before its body is complete is logged once at info, without a stack', async () => {
    const { logger, lines } = recordingLogger();
    const server = testApp({ logger, limits: DEFAULT_LIMITS }).listen(0);
    try {
      const { port } = server.address() as { port: number };
      const net = await import('node:net');
      const socket = net.connect(port, '127.0.0.1');
      await new Promise((r) => socket.once('connect', r));
      socket.write('POST /api/v1/alignments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"source":');
      await new Promise((r) => setTimeout(r, 200));
      socket.destroy();
      await new Promise((r) => setTimeout(r, 300));
      const about = lines.filter((l) => l.path === '/api/v1/alignments');
      expect(about).toEqual([expect.objectContaining({ level: 30, msg: 'request aborted by the client' })]);
      expect(lines.some((l) => (l.level as number) >= 50)).toBe(false);
    } finally {
      server.close();
    }
  });
});
