import { segmentInput } from '../../src/align';
import { closeReaders, compareReadingAside, readerStats } from '../../src/jobs/read-aside';
import { compareSegmented } from '../../src/pledges';
import { readSeed, SEED_2016, SEED_2018 } from '../fixtures/seeds';

describe('reading the documents on a second thread while they are aligned', () => {
  afterAll(() => closeReaders());
  const source = segmentInput({ text: readSeed(SEED_2016), date: '2016-02-02' });
  const target = segmentInput({ text: readSeed(SEED_2018), date: '2018-01-15' });

  it('gives the same comparison as reading them on this thread, verdicts, topics and new pledges included', async () => {
    const here = compareSegmented(source, target);
    expect(readerStats()).toBeUndefined();
    // Every size read aside, so that the seed pair goes through the reading worker.
    const aside = await compareReadingAside(source, target, {}, 0);
    expect(readerStats()).toMatchObject({ name: 'read', warm: 1, busy: 0 });
    expect(aside).toEqual(here);
    expect(JSON.stringify(aside)).toBe(JSON.stringify(here));
    expect(here.pledges.length).toBeGreaterThan(5);
  }, 30_000);

  it('reads small documents on this thread: a round trip would cost more than it saves', async () => {
    await closeReaders();
    await compareReadingAside(source, target);
    expect(readerStats()).toBeUndefined();
  }, 30_000);
});
