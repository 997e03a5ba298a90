import fc from 'fast-check';
import { shortlist, type Candidate } from '../../src/align/candidates';
import { createSimilarity } from '../../src/similarity/model';
import type { PreparedClause } from '../../src/similarity/prepare';
import { tfidfScorer } from '../../src/similarity/signals';

const SOURCES = [
  'The ministers agreed to reinforce checks at the external borders of the Schengen area.',
  'Member states will share passenger name records with Europol by June 2017.',
  'A liaison magistrate will be posted in Brussels to coordinate terrorism prosecutions.',
  'The firearms directive must be adopted before the summer.',
];

const TARGETS = [
  'The weather in Brussels was mild on Monday.',
  'The firearms directive must be adopted before the summer.',
  'Passenger name records will be shared with Europol.',
  'The ministers agreed to strengthen frontier controls at the external borders of the Schengen area.',
  'The firearms directive was discussed.',
  'Lunch was served at noon.',
  'A liaison magistrate will be posted in Brussels to coordinate terrorism prosecutions.',
  'The summer recess begins in July.',
];

function prepareAll(sources: readonly string[], targets: readonly string[]): { a: PreparedClause[]; b: PreparedClause[] } {
  const sim = createSimilarity([...sources, ...targets], { language: 'en' });
  return { a: sources.map((t) => sim.prepare(t)), b: targets.map((t) => sim.prepare(t)) };
}

const sharesTerm = (x: PreparedClause, y: PreparedClause): boolean => [...x.vector.keys()].some((term) => y.vector.has(term));
const forSource = (candidates: readonly Candidate[], s: number): Candidate[] => candidates.filter((c) => c.source === s);

describe('shortlist', () => {
  const { a, b } = prepareAll(SOURCES, TARGETS);

  test('never more than k per source', () => {
    for (const k of [1, 2, 3, 8, 100]) {
      const candidates = shortlist(a, b, k);
      for (let s = 0; s < a.length; s += 1) expect(forSource(candidates, s).length).toBeLessThanOrEqual(k);
    }
  });

  test('k = 0 short-lists nothing', () => {
    expect(shortlist(a, b, 0)).toEqual([]);
  });

  test('the obvious best match comes first for each source', () => {
    const candidates = shortlist(a, b, 3);
    expect(forSource(candidates, 0)[0]!.target).toBe(3); // reworded border checks
    expect(forSource(candidates, 1)[0]!.target).toBe(2); // passenger name records
    expect(forSource(candidates, 2)[0]!.target).toBe(6); // identical liaison magistrate clause
    expect(forSource(candidates, 3)[0]!.target).toBe(1); // identical firearms clause
  });

  test('an identical clause is first, with cosine 1', () => {
    const [first] = forSource(shortlist(a, b, 5), 2);
    expect(first!.target).toBe(6);
    expect(first!.cosine).toBeCloseTo(1, 12);
  });

  test('candidates of a source are ranked by descending cosine, and the cosine is the TF-IDF cosine', () => {
    const candidates = shortlist(a, b, 8);
    for (let s = 0; s < a.length; s += 1) {
      const mine = forSource(candidates, s);
      for (let i = 1; i < mine.length; i += 1) expect(mine[i]!.cosine).toBeLessThanOrEqual(mine[i - 1]!.cosine);
      for (const c of mine) expect(c.cosine).toBeCloseTo(tfidfScorer.score(a[s]!, b[c.target]!), 12);
    }
  });

  test('a target sharing no term with a source never appears for it', () => {
    const candidates = shortlist(a, b, 100);
    // "Lunch was served at noon." shares nothing with any source.
    expect(candidates.map((c) => c.target)).not.toContain(5);
    for (const c of candidates) expect(sharesTerm(a[c.source]!, b[c.target]!)).toBe(true);
  });

  test('every target that shares a term is found when k is large enough', () => {
    const candidates = shortlist(a, b, 100);
    for (let s = 0; s < a.length; s += 1) {
      const expected = b.flatMap((clause, t) => (sharesTerm(a[s]!, clause) ? [t] : [])).sort((x, y) => x - y);
      expect(
        forSource(candidates, s)
          .map((c) => c.target)
          .sort((x, y) => x - y),
      ).toEqual(expected);
    }
  });

  test('no duplicate (source, target) pairs', () => {
    const keys = shortlist(a, b, 8).map((c) => `${c.source}:${c.target}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('empty sides give nothing, and a stop-word-only source touches nothing', () => {
    expect(shortlist([], b, 5)).toEqual([]);
    expect(shortlist(a, [], 5)).toEqual([]);
    const { a: empty, b: targets } = prepareAll(['', 'the and of'], TARGETS);
    expect(shortlist(empty, targets, 5)).toEqual([]);
  });

  const WORDS = [
    'border',
    'checks',
    'controls',
    'frontier',
    'Frontex',
    'agency',
    'PNR',
    'passenger',
    'records',
    'Europol',
    'Eurojust',
    'magistrate',
    'liaison',
    'firearms',
    'directive',
    'terrorism',
    'financing',
    'prisons',
    'radicalisation',
    'Schengen',
    'ministers',
    'budget',
    'meeting',
    'weather',
    'lunch',
    'Brussels',
    '2016',
    '2017',
    'the',
    'of',
    'and',
    'will',
    'not',
  ];
  const clause = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 10 }).map((words) => words.join(' '));
  const clauses = fc.array(clause, { minLength: 0, maxLength: 12 });

  test('property: at most k per source, no duplicates, touching only targets that share a term', () => {
    fc.assert(
      fc.property(clauses, clauses, fc.integer({ min: 1, max: 6 }), (sources, targets, k) => {
        const { a: xs, b: ys } = prepareAll(sources, targets);
        const candidates = shortlist(xs, ys, k);
        const keys = candidates.map((c) => `${c.source}:${c.target}`);
        expect(new Set(keys).size).toBe(keys.length);
        xs.forEach((x, s) => {
          const mine = forSource(candidates, s);
          expect(mine.length).toBeLessThanOrEqual(k);
          // As many as there are targets sharing a term, up to k.
          expect(mine.length).toBe(Math.min(k, ys.filter((y) => sharesTerm(x, y)).length));
          for (const c of mine) {
            expect(c.target).toBeGreaterThanOrEqual(0);
            expect(c.target).toBeLessThan(ys.length);
            expect(sharesTerm(x, ys[c.target]!)).toBe(true);
            expect(c.cosine).toBeCloseTo(tfidfScorer.score(x, ys[c.target]!), 9);
          }
        });
      }),
      { numRuns: 100 },
    );
  });

  const BEST_FIRST_REGRESSION: [string[], string[], number] = [['border'], ['border not', 'border'], 1];

  test('property: ranked by descending cosine, with the best TF-IDF match first', () => {
    fc.assert(
      fc.property(clauses, clauses, fc.integer({ min: 1, max: 6 }), (sources, targets, k) => {
        const { a: xs, b: ys } = prepareAll(sources, targets);
        const candidates = shortlist(xs, ys, k);
        xs.forEach((x, s) => {
          const mine = forSource(candidates, s);
          for (let i = 1; i < mine.length; i += 1) expect(mine[i]!.cosine).toBeLessThanOrEqual(mine[i - 1]!.cosine);
          // Fewer than 64 targets: no term is dropped as too common, so the best TF-IDF match is never missed.
          const best = Math.max(0, ...ys.map((y) => (sharesTerm(x, y) ? tfidfScorer.score(x, y) : 0)));
          if (best > 0) expect(mine[0]!.cosine).toBeCloseTo(best, 9);
        });
      }),
      { numRuns: 100, examples: [BEST_FIRST_REGRESSION] },
    );
  });

  test('an exact short match is not pushed out by a longer clause repeating the shared words', () => {
    const source = 'A liaison magistrate will be posted in Brussels.';
    const { a: xs, b: ys } = prepareAll(
      [source],
      ['The Brussels debate on Brussels: a liaison magistrate for Brussels, and a liaison magistrate for Paris, was held in Brussels.', source],
    );
    expect(shortlist(xs, ys, 1).map((c) => c.target)).toEqual([1]);
  });
});
