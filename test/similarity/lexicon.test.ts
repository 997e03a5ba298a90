import { analyse, compileLexicon, DEFAULT_LEXICON, extendLexicon } from '../../src/similarity/lexicon';
import { tokenize } from '../../src/similarity/tokens';

const en = compileLexicon(DEFAULT_LEXICON, 'en');
const concepts = (text: string): string[] => [...analyse(text, en).concepts].sort();

describe('tokens', () => {
  test('stems, flags stop words, and keeps acronyms whole', () => {
    expect(tokenize('The GOT controls of the EU’s co-operation', 'en').map((t) => [t.stem, t.stop])).toEqual([
      ['the', true],
      ['got', false],
      ['control', false],
      ['of', true],
      ['the', true],
      ['eu', false],
      ['cooper', false],
    ]);
  });

  test('each language uses its own stemmer and stop list', () => {
    expect(tokenize('les contrôles', 'fr').map((t) => [t.stem, t.stop])).toEqual([
      ['le', true],
      ['contrôl', false],
    ]);
    expect(tokenize('die Grenzkontrollen', 'de').map((t) => [t.stem, t.stop])).toEqual([
      ['die', true],
      ['grenzkontroll', false],
    ]);
  });
});

describe('alias lexicon', () => {
  test.each([
    ['allow more resort to common investigation teams', 'jit'],
    ['intensifying the use of joint inquiry teams (JCTs, French acronym ECE, Dutch acronym GOT)', 'jit'],
    ['systematic checks at the external borders of the Schengen area', 'external-border-checks'],
    ['systematic border controls on the EU’s external frontiers', 'external-border-checks'],
    ['the quick creation of an EU border and coastguard corps', 'frontex'],
    ['the reform of and granting of further powers to the Frontex agency', 'frontex'],
    ['their national passenger name record (PNR) database', 'pnr'],
    ['A French liaison magistrate will be sent to Belgium', 'liaison-magistrate'],
  ])('%s names %s', (text, concept) => {
    expect(concepts(text)).toContain(concept);
  });

  test('synonyms fold onto one term and say which words were folded', () => {
    const a = analyse('systematic border controls', en);
    const b = analyse('systematic frontier checks', en);
    expect(a.terms).toEqual(b.terms);
    expect([...a.folded]).toEqual([
      ['border', 'frontier'],
      ['controls', 'check'],
    ]);
  });

  test('a request can add its own concepts, which win over the defaults', () => {
    const extended = compileLexicon(
      extendLexicon(DEFAULT_LEXICON, { concepts: [{ id: 'vd', label: 'Val Duchesse', phrases: ['Val Duchesse', 'VD II'] }] }),
      'en',
    );
    expect([...analyse('the VD II meeting', extended).concepts]).toEqual(['vd']);
    expect(concepts('the VD II meeting')).toEqual([]);
  });

  test('unrelated text names no concept', () => {
    expect(concepts('The weather in Brussels was mild on Monday.')).toEqual([]);
  });
});
