import { createInlineRunner, type JobRunner } from '../../src/jobs';
import { createMemoryStore } from '../../src/store';
import { holdingRunner } from '../fixtures/holding-runner';
import { testService } from '../fixtures/app';

const request = {
  source: { text: 'The ministers will reinforce border checks.' },
  target: { text: 'The ministers have reinforced border checks.' },
};
const tick = () => new Promise((r) => setImmediate(r));

describe('work for callers who hang up', () => {
  test("an alignment's job is cancelled when its only caller goes, and nothing is stored", async () => {
    const runner = holdingRunner();
    const store = createMemoryStore();
    const service = testService({ runner, store });
    const gone = new AbortController();
    const created = service.create(request, { owner: '', signal: gone.signal });
    await tick();
    expect(runner.contexts).toHaveLength(1);
    gone.abort();
    await expect(created).rejects.toMatchObject({ code: 'request_aborted' });
    expect(runner.contexts[0]!.signal?.aborted).toBe(true);
    expect((await store.list('', { limit: 10, offset: 0 })).total).toBe(0);
  });

  test('a job two callers wait for is cancelled only when both have gone; a caller after that starts afresh', async () => {
    const runner = holdingRunner();
    const service = testService({ runner });
    const [first, second] = [new AbortController(), new AbortController()];
    const a = service.create(request, { owner: '', signal: first.signal });
    const b = service.create(request, { owner: '', signal: second.signal });
    await tick();
    expect(runner.contexts).toHaveLength(1);
    first.abort();
    await tick();
    expect(runner.contexts[0]!.signal?.aborted).toBe(false);
    second.abort();
    await expect(a).rejects.toMatchObject({ code: 'request_aborted' });
    await expect(b).rejects.toMatchObject({ code: 'request_aborted' });
    expect(runner.contexts[0]!.signal?.aborted).toBe(true);
    const third = new AbortController();
    const c = service.create(request, { owner: '', signal: third.signal });
    await tick();
    expect(runner.contexts).toHaveLength(2);
    expect(runner.contexts[1]!.signal?.aborted).toBe(false);
    third.abort();
    await expect(c).rejects.toMatchObject({ code: 'request_aborted' });
  });

  test("a job that ends after its callers left (its grace) and a later caller's job for the same request keep one stored result", async () => {
    // Jobs that run on to their end whatever the signal, each released by the test, as a pool's job within its grace.
    const inline = createInlineRunner();
    const gates: Array<() => void> = [];
    const runner: JobRunner = {
      run: async (job) => {
        await new Promise<void>((open) => gates.push(open));
        return inline.run(job);
      },
      stats: () => [],
      close: async () => undefined,
    };
    const store = createMemoryStore();
    const service = testService({ runner, store });
    const gone = new AbortController();
    const first = service.create(request, { owner: '', signal: gone.signal });
    await tick();
    gone.abort();
    const later = service.create(request, { owner: '' });
    await tick();
    expect(gates).toHaveLength(2);
    gates[0]!();
    const stored = await first;
    gates[1]!();
    const again = await later;
    expect(again).toMatchObject({ id: stored.id, reused: true });
    expect((await store.list('', { limit: 10, offset: 0 })).total).toBe(1);
  });

  test('a caller without a signal (the CLI, a test) keeps shared work alive whoever else goes', async () => {
    const runner = holdingRunner();
    const service = testService({ runner });
    const gone = new AbortController();
    void service.create(request, { owner: '' }).catch(() => undefined);
    const b = service.create(request, { owner: '', signal: gone.signal });
    await tick();
    gone.abort();
    await tick();
    expect(runner.contexts[0]!.signal?.aborted).toBe(false);
    void b.catch(() => undefined);
  });

  test('traces and similarity pass the caller’s signal to their job', async () => {
    const runner = holdingRunner();
    const service = testService({ runner });
    const gone = new AbortController();
    const traced = service.trace([request.source, request.target], {}, { owner: '', signal: gone.signal });
    const scored = service.similarity({ pairs: [['a b', 'a c']], explain: false }, { owner: '', signal: gone.signal });
    await tick();
    gone.abort();
    await expect(traced).rejects.toMatchObject({ code: 'request_aborted' });
    await expect(scored).rejects.toMatchObject({ code: 'request_aborted' });
  });
});
