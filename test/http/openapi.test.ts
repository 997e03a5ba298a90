import Ajv2020 from 'ajv/dist/2020';
import request, { type Response } from 'supertest';
import { DEFAULT_LIMITS } from '../../src/config';
import { createWorkerPool } from '../../src/jobs';
import { openApiDocument } from '../../src/http/openapi/document';
import { testApp } from '../fixtures/app';

type Doc = ReturnType<typeof openApiDocument>;
const doc = openApiDocument() as unknown as {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
  components: Doc['components'];
};
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });

/** The documented path template a concrete path belongs to ("/api/v1/alignments/abc" → "/api/v1/alignments/{id}"). */
function templateOf(path: string): string {
  const bare = path.split('?')[0]!;
  const found = Object.keys(doc.paths).find((t) => new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(bare));
  if (!found) throw new Error(`undocumented path ${bare}`);
  return found;
}

const seen = new Set<string>();

/** Checks a real response against the document: the status is listed, and the body matches its schema. */
function conforms(method: string, path: string, res: Response): void {
  const template = templateOf(path);
  seen.add(`${method} ${template}`);
  const operation = doc.paths[template]![method];
  expect({ method, template, documented: Boolean(operation) }).toEqual({ method, template, documented: true });
  const response = operation!.responses[String(res.status)];
  expect({ method, template, status: res.status, documented: Boolean(response) }).toEqual({ method, template, status: res.status, documented: true });
  if (!response!.content) {
    expect(res.text ?? '').toBe('');
    return;
  }
  const type = res.type;
  const media = response!.content[type];
  expect({ method, template, status: res.status, type, documented: Boolean(media) }).toEqual({ method, template, status: res.status, type, documented: true });
  const validate = ajv.compile({ ...(media!.schema as object), components: doc.components });
  const ok = validate(/json/.test(type) ? res.body : res.text);
  expect({ method, template, status: res.status, errors: ok ? null : validate.errors }).toEqual({ method, template, status: res.status, errors: null });
}

describe('OpenAPI 3.1 document', () => {
  const app = testApp({ limits: { ...DEFAULT_LIMITS, documentBytes: 200_000, units: 500 } });
  const call = async (method: 'get' | 'post' | 'delete', path: string, body?: unknown, type?: string): Promise<Response> => {
    let req = request(app)[method](path);
    if (type) req = req.set('content-type', type);
    const res = await (body === undefined ? req : req.send(body as object));
    conforms(method, path, res);
    return res;
  };

  test('is served at /api/v1/openapi.json and declares OpenAPI 3.1', async () => {
    const res = await request(app).get('/api/v1/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toContain('/api/v1/alignments/{id}');
  });

  test('a human-readable page lists every operation', async () => {
    const res = await request(app).get('/api/v1/docs').expect(200);
    expect(res.type).toBe('text/html');
    for (const path of Object.keys(doc.paths)) expect(res.text).toContain(path.replace(/\{/g, '{'));
  });

  test('real responses of every route and error match the document', async () => {
    await call('get', '/healthz');
    await call('get', '/readyz');
    await call('get', '/api/v1/examples');
    const example = await call('post', '/api/v1/examples/seed-pair/alignments');
    await call('post', '/api/v1/examples/seed-pair/alignments');
    await call('post', '/api/v1/examples/nope/alignments');
    const created = await call('post', '/api/v1/alignments', {
      source: { text: 'A French liaison magistrate will be sent to Belgium. The ministers will not create a corps.', title: 'A', date: '2016-02-02' },
      target: { text: 'stationing a French liaison magistrate in Belgium. We support the reform of Frontex.', title: 'B' },
      options: { threshold: 0.3, topics: [{ id: 'x', label: 'X', aliases: ['Frontex'] }] },
    });
    await call('post', '/api/v1/alignments', { source: { text: 'x' } });
    await call('post', '/api/v1/alignments', '{"source":', 'application/json');
    await call('post', '/api/v1/alignments', 'plain words', 'text/plain');
    await call('post', '/api/v1/alignments', { source: { text: 'x '.repeat(150_000) }, target: { text: 'y' } });
    await call('get', '/api/v1/alignments?limit=1');
    await call('get', '/api/v1/alignments?limit=0');
    await call('get', `/api/v1/alignments/${example.body.id}`);
    await call('get', `/api/v1/alignments/${example.body.id}/report.csv`);
    await call('get', '/api/v1/alignments/nope/report.csv');
    await call('get', `/api/v1/alignments/${example.body.id}/report.html`);
    await call('get', '/api/v1/alignments/nope/report.pdf');
    const pdf = await request(app)
      .get(`/api/v1/alignments/${example.body.id}/report.pdf`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    seen.add('get /api/v1/alignments/{id}/report.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    await call('delete', `/api/v1/alignments/${created.body.id}`);
    await call('delete', `/api/v1/alignments/${created.body.id}`);
    await call('get', `/api/v1/alignments/${created.body.id}`);
    await call('post', '/api/v1/similarity', { pairs: [['border checks', 'frontier controls']], explain: true });
    await call('post', '/api/v1/similarity', { pairs: [] });
    await call('post', '/api/v1/traces', {
      documents: [
        { text: 'We pledged to develop a passenger name record database.', date: '2016' },
        { text: 'We will continue to develop the passenger name record database.', date: '2017' },
        { text: 'The passenger name record database has been in operation since May.', date: '2018' },
      ],
    });
    await call('post', '/api/v1/traces', { documents: [] });
    await call('post', '/api/v1/documents/date', { text: 'Joint communiqué (Paris, 11 June 2018)\n\nThe ministers met.' });
    await call('post', '/api/v1/documents/date', { text: 'No date here.' });
    await call('post', '/api/v1/documents/date', { title: 'no text' });
    await call('post', '/api/v1/alignments', { source: { text: 'a', date: '2021-13-45' }, target: { text: 'b' } });
    // Every documented operation was exercised.
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => m !== 'parameters')
        .map((m) => `${m} ${path}`),
    );
    expect(documented.filter((op) => !seen.has(op))).toEqual([]);
  }, 60_000);

  test('429 and 503 problems match the document too', async () => {
    const limited = testApp({ rateLimitPerMinute: 1 });
    await request(limited).get('/api/v1/alignments').expect(200);
    const res429 = await request(limited).get('/api/v1/alignments').expect(429);
    conforms('get', '/api/v1/alignments', res429);
    const runner = createWorkerPool({ align: { size: 1 }, deadlineMs: 50, queueWaitMs: 30_000 });
    try {
      const big = Array.from({ length: 3_000 }, (_, i) => `The ministers agreed on measure ${i} for border number ${i % 97}.`).join('\n\n');
      const res503 = await request(testApp({ runner }))
        .post('/api/v1/alignments')
        .send({ source: { text: big }, target: { text: big } });
      conforms('post', '/api/v1/alignments', res503);
      expect(res503.status).toBe(503);
    } finally {
      await runner.close();
    }
  }, 30_000);
});
