import request from 'supertest';
import { DEFAULT_LIMITS } from '../../src/config';
import { createWorkerPool } from '../../src/jobs';
import { createMemoryStore } from '../../src/store';
import { testApp } from '../fixtures/app';

const pair = (n: number) => ({
  source: { text: `The ministers will reinforce border checks number ${n}.`, title: `Report ${n}` },
  target: { text: `The ministers have strengthened frontier controls number ${n}.`, title: `Communiqué ${n}` },
});

describe('the alignment resource', () => {
  test('POST answers 201 with the resource and its Location; GET returns the same resource', async () => {
    const app = testApp();
    const created = await request(app).post('/api/v1/alignments').send(pair(1)).expect(201);
    expect(created.headers.location).toBe(`/api/v1/alignments/${created.body.id}`);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      createdAt: expect.any(String),
      source: { title: 'Report 1' },
      target: { title: 'Communiqué 1' },
    });
    expect(Object.keys(created.body).sort()).toEqual([
      'createdAt',
      'id',
      'links',
      'newPledges',
      'options',
      'order',
      'pledges',
      'source',
      'summary',
      'target',
      'topics',
      'version',
    ]);
    expect(Object.keys(created.body.source).sort()).toEqual(['clauses', 'date', 'inferredDate', 'language', 'publisher', 'title']);
    const fetched = await request(app).get(created.headers.location!).expect(200);
    expect(fetched.body).toEqual(created.body);
  });

  test('a stored alignment is tagged by its id, so a client holding it is answered 304 without the body, nor its reading', async () => {
    const store = createMemoryStore();
    const reads: string[] = [];
    const get: typeof store.get = (id, owner) => {
      reads.push(id);
      return store.get(id, owner);
    };
    const app = testApp({ store: { ...store, get } });
    const created = await request(app).post('/api/v1/alignments').send(pair(2)).expect(201);
    expect(created.headers.etag).toBe(`"${created.body.id}"`);
    const fetched = await request(app).get(created.headers.location!).expect(200);
    expect(fetched.headers.etag).toBe(created.headers.etag);
    expect(reads).toHaveLength(1);
    const unchanged = await request(app).get(created.headers.location!).set('If-None-Match', created.headers.etag!).expect(304);
    expect(unchanged.text).toBe('');
    expect(reads).toHaveLength(1);
    await request(app).get('/api/v1/alignments/unknown').set('If-None-Match', '"unknown"').expect(404);
    const head = await request(app).head(created.headers.location!).expect(200);
    expect(head.headers).toMatchObject({ etag: created.headers.etag, 'content-type': expect.stringMatching(/^application\/json/) });
    expect(reads).toHaveLength(1);
  });

  test('an alignment deleted between reading its head and its resource is a 404 that carries no tag of it', async () => {
    const store = createMemoryStore();
    const app = testApp({ store: { ...store, get: async () => undefined } });
    const created = await request(app).post('/api/v1/alignments').send(pair(3)).expect(201);
    const gone = await request(app).get(created.headers.location!).expect(404);
    expect(gone.headers.etag).not.toBe(created.headers.etag);
  });

  test('the same documents and options again return the stored result (200, same id)', async () => {
    const app = testApp();
    const first = await request(app).post('/api/v1/alignments').send(pair(1)).expect(201);
    const again = await request(app).post('/api/v1/alignments').send(pair(1)).expect(200);
    expect(again.body.id).toBe(first.body.id);
    const other = await request(app)
      .post('/api/v1/alignments')
      .send({ ...pair(1), options: { threshold: 0.5 } })
      .expect(201);
    expect(other.body.id).not.toBe(first.body.id);
  });

  test('GET /api/v1/alignments lists newest first, in pages, with the total and the next page', async () => {
    const app = testApp();
    for (const n of [1, 2, 3]) await request(app).post('/api/v1/alignments').send(pair(n)).expect(201);
    const page = await request(app).get('/api/v1/alignments?limit=2').expect(200);
    expect(page.body).toMatchObject({ total: 3, limit: 2, offset: 0, next: '/api/v1/alignments?limit=2&offset=2' });
    expect(page.body.items.map((i: { sourceTitle: string }) => i.sourceTitle)).toEqual(['Report 3', 'Report 2']);
    const last = await request(app).get(page.body.next).expect(200);
    expect(last.body.items.map((i: { sourceTitle: string }) => i.sourceTitle)).toEqual(['Report 1']);
    expect(last.body.next).toBeNull();
  });

  test('DELETE answers 204, then the resource is gone (404)', async () => {
    const app = testApp();
    const created = await request(app).post('/api/v1/alignments').send(pair(1)).expect(201);
    await request(app).delete(created.headers.location!).expect(204);
    const gone = await request(app).get(created.headers.location!).expect(404);
    expect(gone.body).toMatchObject({ code: 'not_found', status: 404 });
    await request(app).delete(created.headers.location!).expect(404);
  });
});

describe('the alignment resource: bad input gets a clear problem, never a 500', () => {
  const app = testApp({ limits: { ...DEFAULT_LIMITS, documentBytes: 1_000, units: 5 } });

  test.each([
    ['an unknown id', 404, 'not_found', () => request(app).get('/api/v1/alignments/no-such-id')],
    ['a bad page size', 422, 'invalid_request', () => request(app).get('/api/v1/alignments?limit=1000')],
    [
      'a missing target',
      422,
      'invalid_request',
      () =>
        request(app)
          .post('/api/v1/alignments')
          .send({ source: { text: 'x' } }),
    ],
    [
      'an empty text',
      422,
      'invalid_request',
      () =>
        request(app)
          .post('/api/v1/alignments')
          .send({ source: { text: ' ' }, target: { text: 'x' } }),
    ],
    ['malformed JSON', 400, 'malformed_json', () => request(app).post('/api/v1/alignments').set('content-type', 'application/json').send('{"source":')],
    [
      'plain text instead of JSON',
      415,
      'unsupported_media_type',
      () => request(app).post('/api/v1/alignments').set('content-type', 'text/plain').send('hello'),
    ],
    [
      'a document over the byte limit',
      413,
      'payload_too_large',
      () =>
        request(app)
          .post('/api/v1/alignments')
          .send({ source: { text: 'x '.repeat(600) }, target: { text: 'y' } }),
    ],
    [
      'a document with more units than allowed',
      413,
      'payload_too_large',
      () =>
        request(app)
          .post('/api/v1/alignments')
          .send({ source: { text: Array.from({ length: 8 }, (_, i) => `Point ${i}.`).join('\n\n') }, target: { text: 'y' } }),
    ],
  ] as const)('%s → %i %s', async (_, status, code, call) => {
    const res = await call().expect(status);
    expect(res.type).toBe('application/problem+json');
    expect(res.body).toMatchObject({ status, code });
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  test('work over the deadline → 503 deadline_exceeded', async () => {
    const runner = createWorkerPool({ align: { size: 1 }, deadlineMs: 300, queueWaitMs: 30_000 });
    try {
      const slow = testApp({ runner });
      const big = Array.from({ length: 3_000 }, (_, i) => `The ministers agreed on measure ${i} for border number ${i % 97}.`).join('\n\n');
      const res = await request(slow)
        .post('/api/v1/alignments')
        .send({ source: { text: big }, target: { text: big } })
        .expect(503);
      expect(res.body).toMatchObject({ code: 'deadline_exceeded', detail: expect.stringMatching(/did not finish/) });
    } finally {
      await runner.close();
    }
  }, 30_000);
});

describe('reports of a stored alignment', () => {
  test('GET …/report.csv downloads the CSV of the stored alignment; an unknown id is a 404 problem', async () => {
    const app = testApp();
    const created = await request(app).post('/api/v1/alignments').send(pair(1)).expect(201);
    const res = await request(app).get(`${created.headers.location}/report.csv`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename=communique-1-continuity.csv');
    expect(res.text.split('\r\n')[0]).toBe(
      '\uFEFFrow,source_units,target_units,source_text,target_text,score,relation,topic,verdict,confidence,cue,cites,reason,possible_units',
    );
    expect(res.text).toContain('pledge,0,0,The ministers will reinforce border checks number 1.');
    await request(app).get('/api/v1/alignments/nope/report.csv').expect(404);
  });
});

describe('PDF and HTML reports of a stored alignment', () => {
  // supertest's typings call the response a superagent Response; at run time it is the raw stream.
  const binary = (res: unknown, done: (error: Error | null, body: unknown) => void) => {
    const stream = res as NodeJS.ReadableStream;
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => done(null, Buffer.concat(chunks)));
  };

  test('report.pdf streams a PDF, the same bytes every time; report.html is one page with its own policy', async () => {
    const app = testApp();
    const created = await request(app).post('/api/v1/alignments').send(pair(1)).expect(201);
    const first = await request(app).get(`${created.headers.location}/report.pdf`).buffer(true).parse(binary).expect(200);
    const second = await request(app).get(`${created.headers.location}/report.pdf`).buffer(true).parse(binary).expect(200);
    expect(first.type).toBe('application/pdf');
    expect(first.headers['content-disposition']).toBe('attachment; filename=communique-1-continuity.pdf');
    expect((first.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect(Buffer.compare(first.body as Buffer, second.body as Buffer)).toBe(0);
    const html = await request(app).get(`${created.headers.location}/report.html`).expect(200);
    expect(html.type).toBe('text/html');
    expect(html.headers['content-security-policy']).toMatch(/script-src 'sha256-/);
    expect(html.headers['content-disposition']).toBe(`inline; filename="communique-1-continuity.html"`);
    expect(html.text).toContain('Report 1');
    await request(app).get('/api/v1/alignments/nope/report.pdf').expect(404);
    await request(app).get('/api/v1/alignments/nope/report.html').expect(404);
  });
});
