import { segmentInput } from '../../src/align';
import { alignForPledges } from '../../src/pledges/compare';
import { fromPortable, portable, readDocument } from '../../src/pledges/document-reading';
import { packTokens, unpackTokens } from '../../src/pledges/grammar/packed-tokens';
import { englishTagger, type Token } from '../../src/pledges/grammar/tagger';
import { assessPledges } from '../../src/pledges/verdicts';

const TEXTS = ['The ministers agreed on new rules; they were adopted in 2018.', 'Cancer research won’t stop: “we will go on”.', ''];
import { readSeed, SEED_2016, SEED_2018 } from '../fixtures/seeds';

test('tokens packed for another thread come back as they were, odd words and lemmas included', () => {
  const tokens = new Map<string, readonly Token[]>(
    englishTagger()
      .tag(TEXTS)
      .map((list, i) => [TEXTS[i]!, list]),
  );
  // A token whose word is not its span's characters, as a tagger that normalises a quote would give.
  const text = 'We can’t wait.';
  tokens.set(text, [{ text: "can't", lower: "can't", pos: 'AUX', lemma: 'can', start: 3, end: 8 }]);
  const back = unpackTokens(structuredClone(packTokens(tokens)));
  expect([...back]).toEqual([...tokens]);
  expect([...tokens.values()].flat().some((t) => t.lemma !== t.lower)).toBe(true);
});

describe('a document read apart from its comparison', () => {
  const source = segmentInput({ text: readSeed(SEED_2016), date: '2016-02-02' });
  const target = segmentInput({ text: readSeed(SEED_2018), date: '2018-01-15' });
  const { input } = alignForPledges(source, target);

  it('gives the same verdicts, topics and new pledges when read on another thread and sent back as plain data', () => {
    const sent = structuredClone({ source: portable(readDocument(input.source, 'source')), target: portable(readDocument(input.target, 'target')) });
    const apart = assessPledges({ ...input, read: { source: fromPortable(sent.source), target: fromPortable(sent.target) } });
    const here = assessPledges(input);
    expect(apart).toEqual(here);
    expect(here.pledges.length).toBeGreaterThan(5);
    expect(here.newPledges.length).toBeGreaterThan(5);
  });

  it('sends only the tokens its topics tag again: the pledges of the source, not every clause', () => {
    const { tagger, readings } = portable(readDocument(input.source, 'source'));
    const pledges = [...readings.values()].filter((r) => r.mood === 'commitment').length;
    expect(tagger.tokens.texts.length).toBeGreaterThan(0);
    expect(tagger.tokens.texts.length).toBeLessThanOrEqual(pledges);
    expect(tagger.tokens.texts.length).toBeLessThan(readings.size);
  });
});
