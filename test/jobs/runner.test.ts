import { DeadlineExceededError, PayloadTooLargeError } from '../../src/errors';
import { createInlineRunner, createWorkerPool, type CompareJob, type JobRunner } from '../../src/jobs';
import { readSeed, SEED_2016, SEED_2018 } from '../fixtures/seeds';
import { reportModel } from '../../src/report/model';
import { seedResource } from '../fixtures/seed-report';
import { vectorsLoaded } from '../../src/similarity/vectors';

test('a similarity job in the worker pool leaves this thread without the vectors: they load in the worker', async () => {
  const pool = createWorkerPool({ size: 1, deadlineMs: 60_000 });
  try {
    const result = await pool.run({ kind: 'similarity', pairs: [['an in-person summit', 'convened today in person']] });
    expect(result.scores[0]).toBeGreaterThan(0);
    expect(vectorsLoaded()).toBe(false);
  } finally {
    await pool.close();
  }
}, 30_000);

const limits = { maxUnits: 20_000, maxUnitChars: 5_000 };
const job = (source: string, target: string, extra: Partial<CompareJob> = {}): CompareJob => ({
  kind: 'compare',
  source: { text: source },
  target: { text: target },
  options: {},
  limits,
  ...extra,
});

/** One contract for every runner: the pool (worker threads) and the inline runner (the CLI's). */
describe.each([
  ['worker pool', () => createWorkerPool({ size: 1, deadlineMs: 60_000 })],
  ['inline runner', () => createInlineRunner()],
] as const)('%s', (_, make) => {
  let runner: JobRunner;
  beforeAll(() => {
    runner = make();
  });
  afterAll(() => runner.close());

  test('compares the seed pair: links and pledge verdicts come back as plain data', async () => {
    const result = await runner.run(job(readSeed(SEED_2016), readSeed(SEED_2018)));
    expect(result.links.length).toBeGreaterThan(10);
    expect(result.pledges.find((p) => p.topic === 'liaison-magistrate')?.status).toBe('completed');
  }, 30_000);

  test('scores clause pairs with the word vectors where it runs', async () => {
    const result = await runner.run({ kind: 'similarity', pairs: [['address addictions', 'reduce substance use disorder']], explain: true });
    expect(result.language).toBe('en');
    expect(result.explanations?.[0]?.signals.vectors).toBeGreaterThan(0);
  }, 30_000);

  test('renders the PDF report as bytes (pdfkit lays out synchronously, so the server does it here)', async () => {
    const bytes = await runner.run({ kind: 'pdf', model: reportModel(await seedResource()) });
    expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.byteLength).toBeGreaterThan(20_000);
  }, 60_000);

  test('a document with more units than allowed is refused as too large, naming the limit', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `Clause number ${i} is here.`).join('\n\n');
    await expect(runner.run(job(many, 'x y z.', { limits: { ...limits, maxUnits: 10 } }))).rejects.toThrow(PayloadTooLargeError);
    await expect(runner.run(job(many, 'x y z.', { limits: { ...limits, maxUnits: 10 } }))).rejects.toThrow(/limit is 10/);
  }, 30_000);

  test('a unit longer than allowed is refused as too large', async () => {
    await expect(runner.run(job('word '.repeat(2_000), 'x y z.', { limits: { ...limits, maxUnitChars: 5_000 } }))).rejects.toThrow(
      PayloadTooLargeError,
    );
  }, 30_000);
});

describe('worker pool', () => {
  test('a job past its deadline fails with a deadline error, and the same pool runs the next one', async () => {
    // 5 s: room for a worker's start-up on a loaded machine, far less than the 20,000-clause job needs.
    const pool = createWorkerPool({ size: 1, deadlineMs: 5_000 });
    try {
      await pool.run(job('warm up.', 'warm up.'));
      const big = Array.from({ length: 20_000 }, (_, i) => `The ministers agreed on measure ${i} for border number ${i % 97}.`).join('\n\n');
      await expect(pool.run(job(big, big))).rejects.toThrow(DeadlineExceededError);
      await expect(pool.run(job('The ministers will act.', 'The ministers acted.'))).resolves.toHaveProperty('links');
    } finally {
      await pool.close();
    }
  }, 60_000);

  test('the event loop stays free while a worker aligns', async () => {
    const pool = createWorkerPool({ size: 1, deadlineMs: 60_000 });
    try {
      await pool.run(job('warm up.', 'warm up.'));
      const big = Array.from({ length: 2_000 }, (_, i) => `The ministers agreed on measure ${i} for border number ${i % 97}.`).join('\n\n');
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
      await pool.run(job(big, big));
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
