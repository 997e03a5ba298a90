import { type AppError, DeadlineExceededError, OverloadedError, PayloadTooLargeError } from '../../src/errors';
import { createInlineRunner, createWorkerPool, type CompareJob, type JobRunner } from '../../src/jobs';
import { readSeed, SEED_2016, SEED_2018 } from '../fixtures/seeds';
import { seedResource } from '../fixtures/seed-report';
import { recordingLogger } from '../fixtures/logs';
import { vectorsLoaded } from '../../src/similarity/vectors';
import type { Comparison } from '../../src/pledges';
import { ABANDON_GRACE_MS } from '../../src/workers/pool';

test('a similarity job in the worker pool leaves this thread without the word vectors: they load in the worker', async () => {
  const pool = createWorkerPool({ align: { size: 1 }, report: { size: 1 }, deadlineMs: 60_000 });
  try {
    const result = await pool.run({ kind: 'similarity', pairs: [['an in-person summit', 'convened today in person']], explain: false });
    expect(result.scores[0]).toBeGreaterThan(0);
    expect(vectorsLoaded()).toBe(false);
  } finally {
    await pool.close();
  }
}, 30_000);

const limits = { maxUnits: 20_000, maxUnitChars: 5_000, maxResultBytes: 25_000_000 };
const job = (source: string, target: string, extra: Partial<CompareJob> = {}): CompareJob => ({
  kind: 'compare',
  source: { text: source },
  target: { text: target },
  options: {},
  limits,
  ...extra,
});
/** Waits until every lane has a warm worker, as /readyz does, so a short queue wait is not spent on start-up. */
async function untilWarm(runner: JobRunner): Promise<void> {
  while (!runner.stats().every((lane) => lane.warm === lane.size)) await new Promise((r) => setTimeout(r, 50));
}
const clauses = (n: number) => Array.from({ length: n }, (_, i) => `The ministers agreed on measure ${i} for border number ${i % 97}.`).join('\n\n');

/** One contract for every runner: the pool (worker threads) and the inline runner (the CLI's). */
describe.each([
  ['worker pool', () => createWorkerPool({ align: { size: 1 }, report: { size: 1 }, deadlineMs: 60_000 })],
  ['inline runner', () => createInlineRunner()],
] as const)('%s', (_, make) => {
  let runner: JobRunner;
  beforeAll(() => {
    runner = make();
  });
  afterAll(() => runner.close());

  test('compares the seed pair: links and pledge verdicts come back as JSON text, with its size', async () => {
    const sized = await runner.run(job(readSeed(SEED_2016), readSeed(SEED_2018)));
    const text = (from: number, to?: number): string => Buffer.from(sized.json.subarray(from, to)).toString('utf8');
    const rest = JSON.parse(text(sized.restAt)) as Pick<Comparison, 'links' | 'pledges'>;
    expect(Object.keys(rest)).toEqual(['links', 'order', 'pledges', 'newPledges', 'topics', 'summary']);
    expect(Object.keys(JSON.parse(text(0, sized.targetAt)))).toEqual(['language', 'clauses']);
    expect(Object.keys(JSON.parse(text(sized.targetAt, sized.restAt)))).toEqual(['language', 'clauses']);
    expect(rest.links.length).toBeGreaterThan(10);
    expect(rest.pledges.find((p) => p.topic === 'liaison-magistrate')?.status).toBe('completed');
    // Its own buffer, whole: the worker moves it to the request thread rather than copying it.
    expect(sized.json.byteOffset).toBe(0);
    expect(sized.json.byteLength).toBe(sized.json.buffer.byteLength);
  }, 30_000);

  test('scores clause pairs with the word vectors where it runs', async () => {
    const result = await runner.run({ kind: 'similarity', pairs: [['address addictions', 'reduce substance use disorder']], explain: true });
    expect(result.language).toBe('en');
    expect(result.explanations?.[0]?.signals.vectors).toBeGreaterThan(0);
  }, 30_000);

  test('renders each report of a stored resource as bytes', async () => {
    const resource = Buffer.from(JSON.stringify(await seedResource()));
    const pdf = await runner.run({ kind: 'report', format: 'pdf', resource });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const csv = Buffer.from(await runner.run({ kind: 'report', format: 'csv', resource })).toString('utf8');
    expect(csv).toContain('liaison magistrate');
    const html = Buffer.from(await runner.run({ kind: 'report', format: 'html', resource })).toString('utf8');
    expect(html).toMatch(/^<!doctype html>/i);
  }, 60_000);

  test('scores similarity pairs, paraphrase above unrelated', async () => {
    const result = await runner.run({
      kind: 'similarity',
      explain: false,
      pairs: [
        ['border checks', 'border controls'],
        ['border checks', 'mild weather'],
      ],
    });
    expect(result.language).toBe('en');
    expect(result.scores[0]).toBeGreaterThan(result.scores[1]!);
  }, 30_000);

  test('a document with more units than allowed is refused as too large, naming the limit', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `Clause number ${i} is here.`).join('\n\n');
    await expect(runner.run(job(many, 'x y z.', { limits: { ...limits, maxUnits: 10 } }))).rejects.toThrow(PayloadTooLargeError);
    await expect(runner.run(job(many, 'x y z.', { limits: { ...limits, maxUnits: 10 } }))).rejects.toThrow(/at most 10 can be compared/);
    // The refusal names the input it is about, across the thread boundary too, so the page can mark it.
    const error = (await runner.run(job('x y z.', many, { limits: { ...limits, maxUnits: 10 } })).catch((e: unknown) => e)) as AppError;
    expect(error.fields).toEqual([
      { field: 'target.text', detail: expect.stringMatching(/^The later document \(target\) has 30 clauses and headings; at most 10 can be compared/) },
    ]);
  }, 30_000);

  test('a unit longer than allowed is refused as too large', async () => {
    await expect(runner.run(job('word '.repeat(2_000), 'x y z.'))).rejects.toThrow(PayloadTooLargeError);
  }, 30_000);

  test('a result over the size of one stored alignment is refused before it leaves the worker', async () => {
    const error = await runner.run(job(clauses(50), clauses(50), { limits: { ...limits, maxResultBytes: 5_000 } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    expect((error as AppError).detail).toMatch(/would take [\d.]+ kB; the limit is 5 kB for one stored alignment/);
  }, 30_000);

  test('a fault inside the work is an internal error whose cause is the original, never shown to the caller', async () => {
    const error = (await runner.run({ kind: 'report', format: 'csv', resource: Buffer.from('{"not":"a resource"}') }).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('internal');
    expect(error.detail).not.toMatch(/undefined|TypeError/);
    expect((error.cause as Error).message).toMatch(/\w/);
  }, 30_000);
});

describe('worker pool', () => {
  test('a job past its deadline fails with a deadline error, is logged with its request id, and the same pool runs the next one', async () => {
    const { logger, lines } = recordingLogger();
    // The deadline counts from a warm worker taking the job, so it can be far shorter than a worker's start.
    const pool = createWorkerPool({ align: { size: 1 }, deadlineMs: 1_500, queueWaitMs: 30_000, logger });
    try {
      await expect(pool.run(job(clauses(20_000), clauses(20_000)), { requestId: 'late-1' })).rejects.toThrow(DeadlineExceededError);
      await expect(pool.run(job('The ministers will act.', 'The ministers acted.'))).resolves.toHaveProperty('restAt');
      expect(lines).toContainEqual(expect.objectContaining({ msg: expect.stringMatching(/deadline/), reqId: 'late-1', pool: 'align' }));
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'worker replaced', why: 'deadline' }));
    } finally {
      await pool.close();
    }
  }, 60_000);

  test('work whose caller has gone: a queued job is dropped at once, a running one still running after the grace has its worker terminated and replaced', async () => {
    const { logger, lines } = recordingLogger();
    const pool = createWorkerPool({ align: { size: 1 }, report: { size: 1 }, deadlineMs: 60_000, queueWaitMs: 30_000, logger });
    try {
      await untilWarm(pool);
      const [running, queued] = [new AbortController(), new AbortController()];
      const long = pool.run(job(clauses(20_000), clauses(20_000)), { requestId: 'gone-running', signal: running.signal });
      const short = pool.run(job('The ministers will act.', 'The ministers acted.'), { requestId: 'gone-queued', signal: queued.signal });
      expect(pool.stats()[0]).toMatchObject({ busy: 1, queued: 1 });
      queued.abort();
      await expect(short).rejects.toMatchObject({ code: 'request_aborted' });
      expect(pool.stats()[0]).toMatchObject({ busy: 1, queued: 0 });
      const stopped = Date.now();
      running.abort();
      await expect(long).rejects.toMatchObject({ code: 'request_aborted' });
      // Stopped once the grace is over, not at once and not at its end (20k clauses a side take many seconds).
      expect(Date.now() - stopped).toBeGreaterThanOrEqual(ABANDON_GRACE_MS - 50);
      expect(Date.now() - stopped).toBeLessThan(ABANDON_GRACE_MS + 1_000);
      expect(lines).toContainEqual(expect.objectContaining({ reqId: 'gone-queued', msg: expect.stringMatching(/dropped/) }));
      expect(lines).toContainEqual(expect.objectContaining({ reqId: 'gone-running', msg: expect.stringMatching(/worker terminated/) }));
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'worker replaced', why: 'abandoned' }));
      await expect(pool.run(job('The ministers will act.', 'The ministers acted.'))).resolves.toHaveProperty('restAt');
      const already = new AbortController();
      already.abort();
      await expect(pool.run(job('a', 'b'), { signal: already.signal })).rejects.toMatchObject({ code: 'request_aborted' });
    } finally {
      await pool.close();
    }
  }, 60_000);

  test('a running job whose caller goes but which ends within the grace answers as ever, and its worker is kept', async () => {
    const { logger, lines } = recordingLogger();
    const pool = createWorkerPool({ align: { size: 1 }, report: { size: 1 }, deadlineMs: 60_000, queueWaitMs: 30_000, logger });
    try {
      await untilWarm(pool);
      const gone = new AbortController();
      const small = pool.run(job('The ministers will act.', 'The ministers acted.'), { requestId: 'gone-early', signal: gone.signal });
      expect(pool.stats()[0]).toMatchObject({ busy: 1 });
      gone.abort();
      await expect(small).resolves.toHaveProperty('restAt');
      await new Promise((resolve) => setTimeout(resolve, ABANDON_GRACE_MS + 200));
      expect(lines).not.toContainEqual(expect.objectContaining({ msg: 'worker replaced' }));
      expect(pool.stats()[0]).toMatchObject({ busy: 0, warm: 1 });
    } finally {
      await pool.close();
    }
  }, 60_000);

  test("a fault inside a worker is logged with the request id and the worker's own error, and passed on as the cause", async () => {
    const { logger, lines } = recordingLogger();
    const pool = createWorkerPool({ align: { size: 1 }, report: { size: 1 }, deadlineMs: 60_000, queueWaitMs: 30_000, logger });
    try {
      const error = (await pool
        .run({ kind: 'report', format: 'csv', resource: Buffer.from('{}') }, { requestId: 'bad-1' })
        .catch((e: unknown) => e)) as AppError;
      expect(error.code).toBe('internal');
      const logged = lines.find((l) => l.msg === 'job failed inside its worker');
      expect(logged).toMatchObject({ reqId: 'bad-1', pool: 'report', err: { message: (error.cause as Error).message } });
      // The worker's own account: where it failed, and why (the stored record does not fit the resource schema).
      expect(String((logged!.err as { stack: string }).stack)).toMatch(/run-job/);
      expect((error.cause as Error).message).toBe('A stored alignment could not be read.');
    } finally {
      await pool.close();
    }
  }, 60_000);

  test('the deadline starts when a warm worker takes the job: a fresh pool with a 1 s deadline answers its first job', async () => {
    // Start-up is spent in the queue (30 s allowed), not against the job's 1 s.
    const pool = createWorkerPool({ align: { size: 1 }, deadlineMs: 1_000, queueWaitMs: 30_000 });
    try {
      await expect(pool.run(job('The ministers will act.', 'The ministers acted.'))).resolves.toHaveProperty('restAt');
    } finally {
      await pool.close();
    }
  }, 60_000);

  test('a burst cannot wedge it: every queued job is answered or refused by its own timer, and the next one runs', async () => {
    // The old pool rejected an expired job when a slot popped it and then left the slot idle; queued jobs had no timer.
    const pool = createWorkerPool({ align: { size: 1 }, deadlineMs: 1_500, queueWaitMs: 1_000, queueLength: 10 });
    try {
      await untilWarm(pool);
      const started = Date.now();
      const outcomes = await Promise.allSettled(Array.from({ length: 14 }, () => pool.run(job(clauses(20_000), clauses(20_000)))));
      const reasons = outcomes.map((o) => (o.status === 'rejected' ? (o.reason as AppError).code : 'ok'));
      expect(reasons.filter((r) => r === 'overloaded').length).toBeGreaterThanOrEqual(4); // beyond the queue, or waited too long
      expect(reasons).toContain('deadline_exceeded');
      expect(Date.now() - started).toBeLessThan(30_000);
      await untilWarm(pool);
      await expect(pool.run(job('The ministers will act.', 'The ministers acted.'))).resolves.toHaveProperty('restAt');
      expect(pool.stats()[0]).toMatchObject({ name: 'align', queued: 0, busy: 0 });
    } finally {
      await pool.close();
    }
  }, 60_000);

  test('reports have their own workers: an alignment finishes while PDF renders are queued', async () => {
    const pool = createWorkerPool({ align: { size: 1 }, report: { size: 1 }, deadlineMs: 60_000 });
    try {
      await pool.run(job('warm.', 'warm.'));
      const resource = Buffer.from(JSON.stringify(await seedResource()));
      const order: string[] = [];
      const reports = Array.from({ length: 4 }, () => pool.run({ kind: 'report', format: 'pdf', resource }).then(() => order.push('pdf')));
      await untilWarm(pool);
      await pool.run(job('The ministers will act.', 'The ministers acted.')).then(() => order.push('alignment'));
      await Promise.all(reports);
      expect(order[0]).toBe('alignment');
    } finally {
      await pool.close();
    }
  }, 120_000);

  test('a full queue refuses at once as overloaded, and a closed pool refuses too', async () => {
    const pool = createWorkerPool({ align: { size: 1 }, deadlineMs: 60_000, queueLength: 1 });
    const running = pool.run(job(clauses(300), clauses(300))).catch(() => undefined);
    const queued = pool.run(job(clauses(300), clauses(300))).catch(() => undefined);
    await expect(pool.run(job('a.', 'b.'))).rejects.toThrow(OverloadedError);
    await pool.close();
    await Promise.all([running, queued]);
    await expect(pool.run(job('a.', 'b.'))).rejects.toThrow(OverloadedError);
  }, 60_000);

  test('the event loop stays free while a worker aligns', async () => {
    const pool = createWorkerPool({ align: { size: 1 }, deadlineMs: 60_000 });
    try {
      await pool.run(job('warm up.', 'warm up.'));
      let ticks = 0;
      let worstGap = 0;
      let last = Date.now();
      const timer = setInterval(() => {
        const now = Date.now();
        worstGap = Math.max(worstGap, now - last);
        last = now;
        ticks += 1;
      }, 5);
      const started = Date.now();
      await pool.run(job(clauses(2_000), clauses(2_000)));
      clearInterval(timer);
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThan(200);
      expect(ticks).toBeGreaterThan(elapsed / 50);
      expect(worstGap).toBeLessThan(200);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
