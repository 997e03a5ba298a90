import { DEFAULT_LIMITS } from '../../src/limits';
import { createInlineRunner, type JobRunner } from '../../src/jobs';
import { readResource } from '../../src/resource';
import { createMemoryStore } from '../../src/store';
import { testService } from '../fixtures/app';
import { readSeed, SEED_2016, SEED_2018 } from '../fixtures/seeds';

const seedPair = {
  source: { text: readSeed(SEED_2016), title: 'Joint statement — 2016', publisher: 'Council' },
  target: { text: readSeed(SEED_2018) },
};

/** Runs jobs inline, then records what this thread serialises once the job's answer is back. */
function watchingRunner(): JobRunner & { serialised: unknown[] } {
  const inner = createInlineRunner();
  const serialised: unknown[] = [];
  return {
    serialised,
    async run(job, context) {
      const result = await inner.run(job, context);
      const stringify = JSON.stringify;
      jest.spyOn(JSON, 'stringify').mockImplementation((value: unknown, ...rest: unknown[]) => {
        serialised.push(value);
        return (stringify as (...args: unknown[]) => string)(value, ...rest);
      });
      return result;
    },
    stats: () => inner.stats(),
    close: () => inner.close(),
  };
}

afterEach(() => jest.restoreAllMocks());

describe('creating an alignment', () => {
  test("the request thread does not serialise the comparison: it builds the resource's JSON around the worker's text", async () => {
    const runner = watchingRunner();
    const created = await testService({ runner }).create(seedPair);
    jest.restoreAllMocks();
    const big = runner.serialised.filter((v) => v !== null && typeof v === 'object' && ('links' in v || 'clauses' in v || 'source' in v));
    expect(big).toEqual([]);
    expect(created.json.length).toBeGreaterThan(50_000);
  }, 30_000);

  test('stores the resource as JSON.stringify would write it: every field, in order, and readable', async () => {
    const store = createMemoryStore();
    const { id, json: bytes } = await testService({ store }).create(seedPair);
    const json = Buffer.from(bytes).toString('utf8');
    const read = readResource(json);
    expect(read.ok).toBe(true);
    const parsed = JSON.parse(json) as Record<string, Record<string, unknown>>;
    expect(JSON.stringify(parsed)).toBe(json);
    expect(Object.keys(parsed)).toEqual([
      'version',
      'id',
      'createdAt',
      'options',
      'source',
      'target',
      'links',
      'order',
      'pledges',
      'newPledges',
      'topics',
      'summary',
    ]);
    expect(Object.keys(parsed.source!)).toEqual(['title', 'date', 'inferredDate', 'publisher', 'language', 'clauses']);
    expect(parsed.source).toMatchObject({ title: 'Joint statement — 2016', date: null, publisher: 'Council' });
    // Sent without a title, the target is titled by its first line, as the same text uploaded as a file is.
    expect(parsed.target).toMatchObject({
      title: 'Franco-Belgian intergovernmental meeting Val Duchesse II : joint communiqué (Paris, 11 June 2018)',
      inferredDate: { date: '2018-06-11' },
    });
    expect(Buffer.from((await store.get(id, ''))!.json).toString('utf8')).toBe(json);
  }, 30_000);

  test('counts the resource to the byte against the limit: one byte under its size is refused, its size is stored', async () => {
    const { json } = await testService().create(seedPair);
    const bytes = Buffer.byteLength(json);
    const refused = testService({ limits: { ...DEFAULT_LIMITS, resourceBytes: bytes - 1 } }).create(seedPair);
    await expect(refused).rejects.toMatchObject({ code: 'payload_too_large' });
    await expect(testService({ limits: { ...DEFAULT_LIMITS, resourceBytes: bytes } }).create(seedPair)).resolves.toMatchObject({ json });
  }, 60_000);
});
