import { compileLexicon, DEFAULT_LEXICON } from '../../src/similarity/lexicon';
import { createSimilarity } from '../../src/similarity/model';
import { idfTable, idfTerms, prepareClause } from '../../src/similarity/prepare';
import { tfidfScorer } from '../../src/similarity/signals';
import { vectorScorer } from '../../src/similarity/embedding';
import { readVectors, sharedVectors, writeVectors } from '../../src/similarity/vectors';

describe('the compact vector file', () => {
  test('reads back the words, probabilities and directions it was written with (int8, so to about 1 %)', () => {
    const words = ['border', 'frontier', 'co-operation'];
    const raw = [
      [3, 4, 0, 0],
      [0, 0, -2, 1],
      [1, 1, 1, 1],
    ];
    const bytes = writeVectors(words, [0.01, 0.001, 0.0001], raw, [1, 0, 0, 0]);
    const table = readVectors(bytes);
    expect([table.size, table.dims, table.row('frontier'), table.row('unknown')]).toEqual([3, 4, 1, -1]);
    expect(table.probability(2)).toBeCloseTo(0.0001, 8);
    expect([...table.common]).toEqual([1, 0, 0, 0]);
    raw.forEach((vector, row) => {
      const back = new Float32Array(4);
      table.addTo(back, row, 1);
      const norm = Math.hypot(...vector);
      vector.forEach((x, d) => {
        expect(back[d]!).toBeCloseTo(x / norm, 2);
      });
    });
  });

  test('refuses a file that is not one', () => {
    expect(() => readVectors(new Uint8Array(32))).toThrow(/not a word-vector file/);
  });

  test('the shipped English table loads, and knows the words of political text', () => {
    const table = sharedVectors()!;
    expect(table.dims).toBe(100);
    for (const word of ['summit', 'addiction', 'disorder', 'border', 'cooperation']) expect([word, table.row(word) >= 0]).toEqual([word, true]);
  });
});

describe('vector signals see paraphrases that share no stem', () => {
  const pairs = [
    ['address addictions with a public health focus', 'reduce substance use disorder'],
    ['we will hold an in-person summit by the end of the year', 'we convened today in person for the first time'],
    ['the quick creation of an EU border and coastguard corps', 'further powers to the Frontex agency'],
  ] as const;
  const unrelated = ['the weather in Brussels was mild on Monday', 'the minister thanked the embassy staff for their hospitality'];
  const texts = [...pairs.flat(), ...unrelated];
  const lexicon = compileLexicon(DEFAULT_LEXICON, 'en');
  const idf = idfTable(texts.map((t) => idfTerms(t, lexicon)));
  const sentence = vectorScorer(sharedVectors()!, tfidfScorer);
  const p = (t: string) => prepareClause(t, lexicon, idf);

  test.each(pairs)('"%s" is closer to "%s" than to unrelated clauses', (a, b) => {
    for (const other of unrelated) expect(sentence.score(p(a), p(b))).toBeGreaterThan(sentence.score(p(a), p(other)));
  });

  test('the combined English model uses them; German has no vectors and scores as before', () => {
    const en = createSimilarity(texts, { language: 'en' });
    expect(en.explain(en.prepare(pairs[0][0]), en.prepare(pairs[0][1])).signals.vectors).toBeGreaterThan(0);
    const de = createSimilarity(['Die Grenze wird kontrolliert.', 'Die Grenzen werden geprüft.'], { language: 'de' });
    expect(de.explain(de.prepare('Die Grenze wird kontrolliert.'), de.prepare('Die Grenzen werden geprüft.')).signals.vectors).toBe(0);
  });
});
