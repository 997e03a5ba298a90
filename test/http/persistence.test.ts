import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/http/app';
import { createInlineRunner, createWorkerPool } from '../../src/jobs';
import { DEFAULT_LIMITS } from '../../src/config';
import { createAlignmentService } from '../../src/service';
import { createSqliteStore, createThreadedSqliteStore } from '../../src/store';

const body = {
  source: { text: 'A French liaison magistrate will be sent to Belgium.', title: '2016', date: '2016-02-02' },
  target: { text: 'A French liaison magistrate was stationed in Belgium in March.', title: '2018', date: '2018-06-11' },
};

async function appOn(dir: string) {
  const store = await createSqliteStore({ dir });
  const service = createAlignmentService({ store, runner: createInlineRunner(), limits: DEFAULT_LIMITS });
  return { app: createApp({ service }), store };
}

describe('persistence', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'alignments-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('an alignment survives a restart of the app: same resource, same list, still deletable', async () => {
    const first = await appOn(dir);
    const created = await request(first.app).post('/api/v1/alignments').send(body).expect(201);
    await first.store.close();

    const second = await appOn(dir);
    try {
      const fetched = await request(second.app).get(created.headers.location!).expect(200);
      expect(fetched.body).toEqual(created.body);
      expect(fetched.body.pledges[0]).toMatchObject({ status: 'completed', topic: 'liaison-magistrate' });
      const list = await request(second.app).get('/api/v1/alignments').expect(200);
      expect(list.body.total).toBe(1);
      // The same request after the restart is answered from the store, not recomputed.
      const again = await request(second.app).post('/api/v1/alignments').send(body).expect(200);
      expect(again.body.id).toBe(created.body.id);
      await request(second.app).delete(created.headers.location!).expect(204);
    } finally {
      await second.store.close();
    }
  });
});

describe('as the server runs it: the store on its own thread, the work in worker pools', () => {
  test('a created alignment reads back byte for byte, and its reports render from it (moved to their worker) again and again', async () => {
    const runner = createWorkerPool({ align: { size: 1 }, report: { size: 1 }, deadlineMs: 120_000 });
    const dir = mkdtempSync(join(tmpdir(), 'alignments-'));
    const store = await createThreadedSqliteStore({ dir });
    try {
      const created = await request(createApp({ service: createAlignmentService({ store, runner, limits: DEFAULT_LIMITS }) }))
        .post('/api/v1/alignments')
        .send(body)
        .expect(201);
      // With no room left under the quota no report is kept, so each request reads the resource and renders it anew.
      const quotaBytes = await store.usage('');
      const app = createApp({ service: createAlignmentService({ store, runner, limits: DEFAULT_LIMITS, quotaBytes }) });
      const fetched = await request(app).get(created.headers.location!).expect(200);
      expect(fetched.text).toBe(created.text);
      for (const format of ['csv', 'html', 'csv']) {
        const report = await request(app).get(`${created.headers.location!}/report.${format}`).expect(200);
        expect(report.headers['x-report-stored']).toBe('false');
        expect(report.text).toContain('liaison magistrate');
      }
    } finally {
      await runner.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('responsiveness', () => {
  test('/healthz answers within milliseconds while a large alignment runs in a worker', async () => {
    const runner = createWorkerPool({ align: { size: 1 }, deadlineMs: 120_000 });
    const store = await createSqliteStore({ dir: mkdtempSync(join(tmpdir(), 'alignments-')) });
    try {
      const app = createApp({ service: createAlignmentService({ store, runner, limits: DEFAULT_LIMITS }) });
      const server = app.listen(0);
      const agent = request(server);
      await agent.post('/api/v1/alignments').send(body).expect(201); // warms the worker
      const big = Array.from({ length: 3_000 }, (_, i) => `The ministers agreed on measure ${i} for border number ${i % 97} and coast ${i % 13}.`).join('\n\n');
      let done = false;
      const began = performance.now();
      const alignment = agent
        .post('/api/v1/alignments')
        .send({ source: { text: big }, target: { text: big.split('\n\n').reverse().join('\n\n') } })
        .expect(201)
        .then(() => {
          done = true;
        });
      const latencies: number[] = [];
      while (!done) {
        const started = performance.now();
        await agent.get('/healthz').expect(200);
        latencies.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 20));
      }
      await alignment;
      const tookMs = performance.now() - began;
      server.close();
      latencies.sort((a, b) => a - b);
      expect(latencies.length).toBeGreaterThan(10);
      // A blocked event loop would hold a health check for the whole alignment. Alone, the worst is ~12 ms; with the
      // other suites running on two cores a pause of 600 ms was seen, so the worst case is held to a share of the
      // alignment's own duration (2–3 s), which a blocked loop cannot meet, rather than to a fixed time.
      expect(latencies[Math.floor(latencies.length / 2)]!).toBeLessThan(50);
      expect(latencies[latencies.length - 1]!).toBeLessThan(tookMs / 2);
    } finally {
      await runner.close();
      await store.close();
    }
  }, 120_000);
});
