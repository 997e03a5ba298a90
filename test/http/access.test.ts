import { sizeInWords } from '../../src/limits';
import request from 'supertest';
import { hashKey, loadConfig } from '../../src/config';
import { createMemoryStore } from '../../src/store';
import { testApp, testService } from '../fixtures/app';

const ALICE = 'alice-secret-0123456789';
const BOB = 'bob-secret-9876543210';
const body = {
  source: { text: 'A French liaison magistrate will be sent to Belgium.' },
  target: { text: 'stationing a French liaison magistrate in Belgium' },
};
const as = (key: string) => ({ Authorization: `Bearer ${key}` });

describe('API keys', () => {
  const app = testApp({ keys: { alice: ALICE, bob: BOB } });

  test('no key, or a key we do not know, is 401 with WWW-Authenticate; the same answer for both', async () => {
    const none = await request(app).get('/api/v1/alignments').expect(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(none.body).toMatchObject({ code: 'unauthorized', status: 401 });
    const wrong = await request(app).get('/api/v1/alignments').set(as('not-a-key-at-all-xyz')).expect(401);
    expect(wrong.body.code).toBe('unauthorized');
    await request(app).post('/api/v1/alignments').send(body).expect(401);
    await request(app)
      .post('/api/v1/similarity')
      .send({ pairs: [['a', 'b']] })
      .expect(401);
  });

  test('an alignment belongs to the key that made it: another key gets 404 for it, its reports and its deletion, and an empty list', async () => {
    const created = await request(app).post('/api/v1/alignments').set(as(ALICE)).send(body).expect(201);
    const url = created.headers.location!;
    await request(app).get(url).set(as(ALICE)).expect(200);
    for (const path of [url, `${url}/report.csv`, `${url}/report.html`]) {
      const res = await request(app).get(path).set(as(BOB)).expect(404);
      expect(res.body.code).toBe('not_found');
    }
    await request(app).delete(url).set(as(BOB)).expect(404);
    expect((await request(app).get('/api/v1/alignments').set(as(BOB)).expect(200)).body.total).toBe(0);
    expect((await request(app).get('/api/v1/alignments').set('X-API-Key', ALICE).expect(200)).body.items.map((i: { id: string }) => i.id)).toEqual([
      created.body.id,
    ]);
    // The same documents from another key are that key's own alignment, not a reuse of Alice's.
    const bobs = await request(app).post('/api/v1/alignments').set(as(BOB)).send(body).expect(201);
    expect(bobs.body.id).not.toBe(created.body.id);
    await request(app).get(url).set(as(ALICE)).expect(200);
  });

  test("the web page's cookie carries the key too, so its report frame and download links work", async () => {
    const created = await request(app)
      .post('/api/v1/alignments')
      .set('Cookie', `cc_key=${encodeURIComponent(ALICE)}`)
      .send(body);
    expect([200, 201]).toContain(created.status);
    await request(app)
      .get(`${created.headers.location}/report.csv`)
      .set('Cookie', `cc_key=${encodeURIComponent(ALICE)}`)
      .expect(200);
  });

  test('the API description, health and the web page need no key; the page asks for one', async () => {
    await request(app).get('/api/v1/openapi.json').expect(200);
    await request(app).get('/healthz').expect(200);
    const page = await request(app).get('/').expect(200);
    expect(page.text).toMatch(/<input type="password" id="api-key"/);
    expect((await request(testApp()).get('/').expect(200)).text).not.toMatch(/<input[^>]*id="api-key"/);
  });
});

describe('storage quota and retention', () => {
  test('alignments older than the retention are deleted by the sweep; newer ones stay', async () => {
    const store = createMemoryStore();
    let now = new Date('2026-01-01T00:00:00.000Z');
    const service = testService({ store, now: () => now, retentionDays: 30 });
    const { id: old } = await service.create(body);
    now = new Date('2026-01-25T00:00:00.000Z');
    const { id: recent } = await service.create({ ...body, options: { monotone: true } });
    now = new Date('2026-02-05T00:00:00.000Z');
    expect(await service.sweep()).toBe(1);
    await expect(service.getJson(old)).rejects.toThrow(/No alignment/);
    expect(Buffer.from(await service.getJson(recent)).toString()).toMatch(/^\{/);
  });

  test('a key over its quota is refused with 403 quota_exceeded, and nothing more is stored', async () => {
    const size = Buffer.byteLength((await request(testApp()).post('/api/v1/alignments').send(body).expect(201)).text);
    const quota = Math.round(size * 1.5);
    const app = testApp({ keys: { alice: ALICE }, quotaBytes: quota });
    await request(app).post('/api/v1/alignments').set(as(ALICE)).send(body).expect(201);
    const other = { ...body, target: { text: 'The ministers will meet again in June to review the magistrate.' } };
    const res = await request(app).post('/api/v1/alignments').set(as(ALICE)).send(other).expect(403);
    expect(res.body).toMatchObject({
      code: 'quota_exceeded',
      detail: expect.stringMatching(new RegExp(`take [\\d.]+ kB of its ${sizeInWords(quota).replace('.', '\\.')}`)),
    });
    expect((await request(app).get('/api/v1/alignments').set(as(ALICE))).body.total).toBe(1);
  });

  test('two requests at once with room for one: one is kept, the other refused saying how much it would take', async () => {
    const size = Buffer.byteLength((await request(testApp()).post('/api/v1/alignments').send(body).expect(201)).text);
    const app = testApp({ keys: { alice: ALICE }, quotaBytes: Math.round(size * 1.5) });
    const other = { ...body, target: { text: 'The ministers will meet again in June to review the magistrate.' } };
    const answers = await Promise.all([body, other].map((b) => request(app).post('/api/v1/alignments').set(as(ALICE)).send(b)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 403]);
    expect(answers.find((a) => a.status === 403)!.body.detail).toMatch(/^This alignment would take [\d.]+ kB, and this key's stored alignments take/);
    expect((await request(app).get('/api/v1/alignments').set(as(ALICE))).body.total).toBe(1);
  });
});

describe('where the service listens', () => {
  test('without keys it binds 127.0.0.1, and another address needs keys or an explicit opt-in', () => {
    expect(loadConfig({})).toMatchObject({ ok: true, value: { host: '127.0.0.1', apiKeys: [] } });
    const open = loadConfig({ HOST: '0.0.0.0' });
    expect(open).toMatchObject({ ok: false, error: expect.stringMatching(/^HOST: 0\.0\.0\.0 .*API_KEYS.*ALLOW_UNAUTHENTICATED=true/) });
    expect(loadConfig({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED: 'true' })).toMatchObject({ ok: true, value: { host: '0.0.0.0' } });
    expect(loadConfig({ HOST: '::1' })).toMatchObject({ ok: true });
  });

  test('with keys it listens on every address by default, and keeps only their hashes', () => {
    const config = loadConfig({ API_KEYS: `alice:${ALICE}, ${BOB}` });
    expect(config).toMatchObject({ ok: true, value: { host: '0.0.0.0' } });
    const keys = config.ok ? config.value.apiKeys : [];
    expect(keys).toEqual([
      { name: 'alice', hash: hashKey(ALICE) },
      { name: `key-${hashKey(BOB).slice(0, 8)}`, hash: hashKey(BOB) },
    ]);
    expect(JSON.stringify(config)).not.toContain(ALICE);
  });

  test('a key file may hold hashes, comments and blank lines; a short or doubled key is a clear error', () => {
    const file = `# newsroom keys\n\nalice:sha256:${hashKey(ALICE)}\nbob:${BOB}\n`;
    const config = loadConfig({ API_KEYS_FILE: '/keys' }, () => file);
    expect(config.ok && config.value.apiKeys.map((k) => k.name)).toEqual(['alice', 'bob']);
    expect(config.ok && config.value.apiKeys[0]!.hash).toBe(hashKey(ALICE));
    expect(loadConfig({ API_KEYS: 'short' })).toMatchObject({ ok: false, error: expect.stringMatching(/API_KEYS entry 1: a key needs at least 16/) });
    expect(loadConfig({ API_KEYS: `a:${ALICE},a:${BOB}` })).toMatchObject({ ok: false, error: expect.stringMatching(/used twice/) });
    expect(
      loadConfig({ API_KEYS_FILE: '/nope' }, () => {
        throw new Error('ENOENT');
      }),
    ).toMatchObject({ ok: false, error: 'API_KEYS_FILE: cannot read /nope' });
  });
});
