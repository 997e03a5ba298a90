import { phrasesOf, retrieveByTerms, termIndex } from '../../src/pledges/retrieval';
import { segment } from '../../src/text';

const doc = (lines: string[]) => segment(lines.join('\n'), { mode: 'lines', language: 'en' }).units;
const places = ['Lyon', 'Porto', 'Ghent', 'Turin', 'Malmo', 'Cork', 'Graz', 'Brno'];

describe('retrieval by a shared phrase', () => {
  // Each word of the pledge's subject is everywhere in the later text, apart; only one clause names the two together.
  const source = doc(['We will deepen cooperation on investment screening.']);
  const target = doc([
    ...places.map((p) => `Investment in ${p} railways grew.`),
    ...places.map((p) => `Cancer screening reached clinics of ${p}.`),
    ...places.map((p) => `The mayor of ${p} opened a museum.`),
    'Officials held a tabletop exercise on investment screening in Brussels.',
  ]);
  const terms = termIndex(source, target, { source: 'en', target: 'en' });
  const pledge = source[0]!.index;

  test('a term of art is two words next to each other, stop words aside', () => {
    expect([...phrasesOf(['earli', 'learn', 'childcar'])]).toEqual(['earli learn', 'learn childcar']);
  });

  test('the clause that names the phrase is retrieved, though each of its words is too common to retrieve anything', () => {
    const retrieved = retrieveByTerms(new Set([pledge]), terms).map((p) => p.target);
    expect(retrieved).toContain(target[target.length - 1]!.index);
  });

  test("the phrase leaves the terms as they were: a clause covers the same share of a pledge's words", () => {
    const phrases = new Set(terms.phrases.source.get(pledge));
    expect(phrases.size).toBeGreaterThan(0);
    expect([...terms.source.get(pledge)!].filter((id) => phrases.has(id))).toEqual([]);
  });

  test('given the pledges, only their phrases are kept, and the same clauses are retrieved', () => {
    const lean = termIndex(source, target, { source: 'en', target: 'en' }, undefined, undefined, new Set([pledge]));
    const pledgePhrases = lean.phrases.source.get(pledge)!.length;
    const kept = [...lean.phrases.target.values()].reduce((n, ids) => n + ids.length, 0);
    const all = [...terms.phrases.target.values()].reduce((n, ids) => n + ids.length, 0);
    expect(pledgePhrases).toBeGreaterThan(0);
    expect(kept).toBeLessThan(all / 10);
    expect(retrieveByTerms(new Set([pledge]), lean)).toEqual(retrieveByTerms(new Set([pledge]), terms));
  });
});
