import { segmentInput } from '../../src/align';
import { pledgesOf, readDocument } from '../../src/pledges/document-reading';
import { readSeed, SEED_2016, SEED_2018 } from '../fixtures/seeds';

describe("a document's reading", () => {
  const source = { ...segmentInput({ text: readSeed(SEED_2016), date: '2016-02-02' }), date: '2016-02-02' };
  const target = { ...segmentInput({ text: readSeed(SEED_2018), date: '2018-01-15' }), date: '2018-01-15' };

  it('depends on the document alone: the same readings whether or not another document was read first', () => {
    const alone = readDocument(target, 'target').readings;
    readDocument(source, 'source');
    expect([...readDocument(target, 'target').readings]).toEqual([...alone]);
  });

  it("keeps the tokens of the source's pledges for their topics", () => {
    const { readings, tagger } = readDocument(source, 'source');
    const pledges = pledgesOf(source, readings);
    expect(pledges.length).toBeGreaterThan(5);
    const kept = tagger.tag([pledges[0]!.text])[0];
    // Asked again, a kept text gives the very tokens it was read with, not a second tagging.
    expect(tagger.tag([pledges[0]!.text])[0]).toBe(kept);
  });
});
