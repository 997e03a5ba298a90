import { compareDocuments, closeReaders, readBeside, READ_BESIDE_AT } from '../../src/jobs/reading';
import { compareSegmented, compareSegmentedBeside, readDocuments } from '../../src/pledges';
import { segmentInput } from '../../src/align';
import { readSeed, SEED_2016, SEED_2018 } from '../fixtures/seeds';

afterAll(() => closeReaders());

const seed = () => [segmentInput({ text: readSeed(SEED_2016), date: '2016-02-02' }), segmentInput({ text: readSeed(SEED_2018), date: '2018-01-15' })] as const;

test('a comparison whose clauses are read on the reading thread is the comparison read here, verdicts, evidence and topics alike', async () => {
  const [source, target] = seed();
  const here = compareSegmented(source, target);
  const beside = await compareSegmentedBeside(source, target, {}, readBeside);
  expect(beside).toEqual(here);
  expect(beside.pledges.length).toBeGreaterThan(5);
}, 60_000);

test('the readings from the reading thread are the readings made here, clause by clause', async () => {
  const [source, target] = seed();
  const there = await readBeside(source, target);
  const here = readDocuments(source, target);
  expect([...there.source]).toEqual([...here.source]);
  expect([...there.target]).toEqual([...here.target]);
  expect([...here.source.values()].some((r) => r.mood === 'commitment')).toBe(true);
}, 60_000);

test('a reading that fails is a failed comparison, not one with verdicts read from nothing', async () => {
  const [source, target] = seed();
  await expect(compareSegmentedBeside(source, target, {}, () => Promise.reject(new Error('reader lost')))).rejects.toThrow('reader lost');
});

test('the time spent waiting for the reading thread is reported as the read stage', async () => {
  const [source, target] = seed();
  const stages: Record<string, number> = {};
  await compareSegmentedBeside(source, target, { onStage: (stage, ms) => (stages[stage] = ms) }, async (s, t) => {
    await new Promise((r) => setTimeout(r, 50));
    return readDocuments(s, t);
  });
  expect(Object.keys(stages)).toEqual(expect.arrayContaining(['rescore', 'links', 'read', 'evidence', 'verdicts']));
  expect(stages.read).toBeGreaterThanOrEqual(0);
});

test('small documents are compared on this thread alone; large ones read beside, with the same result', async () => {
  const [source, target] = seed();
  expect(source.units.length + target.units.length).toBeLessThan(READ_BESIDE_AT);
  expect(await compareDocuments(source, target)).toEqual(compareSegmented(source, target));
  // A large pair: the seed clauses repeated until both sides together pass the threshold.
  const clauses = (doc: { units: ReadonlyArray<{ kind: string }> }) => doc.units.filter((u) => u.kind === 'clause').length;
  const times = Math.ceil(READ_BESIDE_AT / (clauses(source) + clauses(target)));
  const big = (text: string, date: string) => segmentInput({ text: Array.from({ length: times }, () => text).join('\n\n'), date });
  const [a, b] = [big(readSeed(SEED_2016), '2016-02-02'), big(readSeed(SEED_2018), '2018-01-15')];
  expect(clauses(a) + clauses(b)).toBeGreaterThanOrEqual(READ_BESIDE_AT);
  expect(await compareDocuments(a, b)).toEqual(compareSegmented(a, b));
}, 120_000);
