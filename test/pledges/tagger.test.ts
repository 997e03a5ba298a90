import { englishTagger, forgetTagged, prepareEngines } from '../../src/pledges/grammar/tagger';

const words = (tokens: ReadonlyArray<{ text: string }>) => tokens.map((t) => t.text);
// wink-nlp learns a word it met before a full stop as one token; met again, it would no longer split it.
const OTHER_DOCUMENT = ['We will defend the interests of America’s.', 'They praised Alzheimer’s.'];

describe('the English tagger', () => {
  it('splits a possessive off its noun', () => {
    expect(words(englishTagger().tag(['The order will enhance America’s AI leadership.'])[0]!)).toEqual([
      'The',
      'order',
      'will',
      'enhance',
      'America',
      '’s',
      'AI',
      'leadership',
      '.',
    ]);
  });

  it("tags a document the same whatever another document's tagger read before", () => {
    englishTagger().tag(OTHER_DOCUMENT);
    expect(words(englishTagger().tag(['Research on Alzheimer’s disease will grow.'])[0]!)).toEqual([
      'Research',
      'on',
      'Alzheimer',
      '’s',
      'disease',
      'will',
      'grow',
      '.',
    ]);
  });

  it('tags a document seen lately as it did the first time, and what follows it too', () => {
    const tagTwice = () => {
      const tagger = englishTagger();
      const document = tagger.tag(OTHER_DOCUMENT);
      return [document, tagger.tag(['Our work on America’s AI leadership will go on.'])];
    };
    forgetTagged();
    const first = tagTwice();
    // The second time the document comes from memory; the engine that tags the next text must still have read it.
    expect(tagTwice()).toEqual(first);
  });

  it('keeps the tokens it is told to keep, and tags a later text with the engine that read the document', () => {
    const fresh = englishTagger();
    const kept = fresh.tag(OTHER_DOCUMENT);
    fresh.keep([OTHER_DOCUMENT[0]!]);
    // The text kept is not tagged again: the same tokens, not a second reading.
    expect(fresh.tag([OTHER_DOCUMENT[0]!])[0]).toBe(kept[0]);
    // Letting tokens go does not make the next text a document of its own: the engine has met "America’s" before a
    // full stop and keeps it whole, as it did before any were let go.
    const next = 'Our work on America’s AI leadership will go on.';
    const reference = englishTagger();
    reference.tag(OTHER_DOCUMENT);
    fresh.keep([]);
    expect(words(fresh.tag([next])[0]!)).toEqual(words(reference.tag([next])[0]!));
    expect(words(fresh.tag([next])[0]!)).not.toEqual(words(englishTagger().tag([next])[0]!));
  });

  it('tags with an engine made ahead of need as with one made on the spot', () => {
    const next = 'Our work on America’s AI leadership will go on.';
    const tagWith = () => {
      forgetTagged();
      const tagger = englishTagger();
      return [...tagger.tag(OTHER_DOCUMENT), ...tagger.tag([next])].map(words);
    };
    const onTheSpot = tagWith();
    prepareEngines();
    // Made while idle, before the documents came: each is as fresh as one made for them.
    expect(tagWith()).toEqual(onTheSpot);
    expect(tagWith()).toEqual(onTheSpot);
  });

  it('gives a fresh engine to as many documents as a long-running worker reads', () => {
    // The model re-encodes one of its tables each time an engine is built from it; past ~20 that string broke V8's limit.
    for (let i = 0; i < 40; i += 1) expect(englishTagger().tag([`We will meet in ${2000 + i}.`])[0]!.length).toBe(6);
  });
});

describe('a comparison', () => {
  type Pledges = typeof import('../../src/pledges');
  const fresh = (): Pledges => {
    let loaded: Pledges | undefined;
    jest.isolateModules(() => {
      loaded = require('../../src/pledges') as Pledges;
    });
    return loaded!;
  };

  it('gives the same result in a worker that has compared other documents as in a new one', () => {
    const source = { text: 'America’s partners will fund research on Alzheimer’s disease. We will hold a summit next year.' };
    const target = { text: 'The summit took place in May. America’s partners funded research on Alzheimer’s disease.' };
    const used = fresh();
    used.compareTexts({ text: OTHER_DOCUMENT.join(' ') }, { text: 'America’s. Alzheimer’s.' });
    expect(used.compareTexts(source, target)).toEqual(fresh().compareTexts(source, target));
  });
});

describe('the English reader without a tagger of its own', () => {
  it('takes a fresh tagger for each document it reads, so a kept reader carries no words from one to the next', () => {
    const tagging = require('../../src/pledges/grammar/tagger') as typeof import('../../src/pledges/grammar/tagger');
    const { grammarReader } = require('../../src/pledges/grammar/reader') as typeof import('../../src/pledges/grammar/reader');
    const made = jest.spyOn(tagging, 'englishTagger');
    const reader = grammarReader();
    reader.readAll([{ text: 'We will defend the interests of America’s.' }]);
    reader.readAll([{ text: 'We will enhance America’s AI leadership.' }]);
    expect(made).toHaveBeenCalledTimes(2);
    made.mockRestore();
  });
});
