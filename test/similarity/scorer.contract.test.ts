import fc from 'fast-check';
import { compileLexicon, DEFAULT_LEXICON } from '../../src/similarity/lexicon';
import { createSimilarity } from '../../src/similarity/model';
import { idfTable, idfTerms, prepareClause, type PreparedClause } from '../../src/similarity/prepare';
import { conceptScorer, diceScorer, tfidfScorer, wordnetScorer } from '../../src/similarity/signals';
import { sharedWordNet } from '../../src/similarity/wordnet';
import { vectorScorer } from '../../src/similarity/embedding';
import { charScorer } from '../../src/similarity/chars';
import { sharedVectors } from '../../src/similarity/vectors';

/**
 * The contract every similarity scorer honours (see the Scorer interface):
 * it answers in [0, 1], it is symmetric, and a clause scores 1 against
 * itself whenever it says something the scorer can see.
 */

const CONTENT = [
  'checks',
  'controls',
  'border',
  'borders',
  'frontier',
  'frontiers',
  'external',
  'systematic',
  'Schengen',
  'area',
  'agency',
  'reform',
  'powers',
  'creation',
  'corps',
  'coastguard',
  'investigation',
  'inquiry',
  'teams',
  'magistrate',
  'prosecutor',
  'judge',
  'terrorism',
  'terrorist',
  'financing',
  'funding',
  'firearms',
  'weapons',
  'radicalisation',
  'prisons',
  'detainees',
  'passenger',
  'records',
  'database',
  'register',
  'intelligence',
  'information',
  'exchange',
  'cooperation',
  'co-operation',
  'ministers',
  'Council',
  'Commission',
  'Parliament',
  'directive',
  'regulation',
  'intensify',
  'strengthen',
  'reinforce',
  'tightened',
  'adopt',
  'approved',
  'quick',
  'rapid',
  'swift',
  'resort',
  'allow',
  'granting',
  'Belgium',
  'France',
  'Brussels',
  'Paris',
  'substances',
  'sale',
  'restrictions',
  'EU’s',
  'member',
  'states',
  'deploy',
  'Greece',
  'evidence',
  'digital',
  'fighters',
  'returnees',
];
const ACRONYMS = ['PNR', 'JIT', 'JITs', 'JCTs', 'ECE', 'GOT', 'SIS', 'EES', 'ETIAS', 'EBCG', 'EU'];
const CONCEPTS = [
  'the Frontex agency',
  'an EU border and coastguard corps',
  'joint investigation teams',
  'common investigation teams',
  'passenger name records',
  'a liaison magistrate',
  'the Schengen Information System',
  'systematic border controls',
  'checks at the external borders',
  'terrorist financing',
  'foreign fighters',
  'exchange of information',
  'Europol',
  'Eurojust',
  'electronic evidence',
  'the entry/exit system',
];
const STOP = ['the', 'of', 'and', 'to', 'a', 'in', 'on', 'at', 'by', 'for', 'with', 'will', 'must', 'be', 'is', 'their', 'more', 'further', 'these'];
const NUMBERS = ['2016', '2017', '25', '30', '1.5', '3,000', '6', 'twelve'];
const NEGATIONS = ['not', 'no', 'never', 'without', 'cannot', 'don’t', "won't", 'nor'];
const PUNCTUATION = [',', ';', '(', ')', '.', ':', '—'];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CONTENT) },
  { weight: 4, arbitrary: fc.constantFrom(...STOP) },
  { weight: 1, arbitrary: fc.constantFrom(...ACRONYMS) },
  { weight: 1, arbitrary: fc.constantFrom(...CONCEPTS) },
  { weight: 1, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom(...NEGATIONS) },
  { weight: 1, arbitrary: fc.constantFrom(...PUNCTUATION) },
);

const sentence = (words: readonly string[], capitalise: boolean, stop: boolean): string => {
  const text = words
    .join(' ')
    .replace(/ ([,;.:)])/g, '$1')
    .replace(/\( /g, '(');
  const cased = capitalise ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  return stop ? `${cased}.` : cased;
};

/** Any clause, possibly with nothing but stop words and punctuation in it. */
const anyClause = fc
  .tuple(fc.array(word, { minLength: 0, maxLength: 25 }), fc.boolean(), fc.boolean())
  .map(([words, capitalise, stop]) => sentence(words, capitalise, stop));

/** A clause with at least one content word, placed anywhere. */
const contentClause = fc
  .tuple(fc.array(word, { maxLength: 20 }), fc.constantFrom(...CONTENT, ...ACRONYMS), fc.nat(), fc.boolean(), fc.boolean())
  .map(([words, content, at, capitalise, stop]) => {
    const all = [...words];
    all.splice(at % (all.length + 1), 0, content);
    return sentence(all, capitalise, stop);
  });

/** A clause that names at least one lexicon concept. */
const conceptClause = fc
  .tuple(fc.array(word, { maxLength: 20 }), fc.constantFrom(...CONCEPTS), fc.nat(), fc.boolean(), fc.boolean())
  .map(([words, concept, at, capitalise, stop]) => {
    const all = [...words];
    all.splice(at % (all.length + 1), 0, concept);
    return sentence(all, capitalise, stop);
  });

/** Texts where floating point once left a clause's score against itself a hair below 1. */
const IDENTITY_REGRESSIONS = [
  'GOT the Frontex agency checks terrorist financing',
  'intensify checks checks 2016',
  'granting checks 2016 checks',
  'quick PNR checks 30',
  'checks powers PNR checks',
];

const FIXED = [
  'allow more resort to common investigation teams',
  'intensifying the use of joint inquiry teams (JCTs, French acronym ECE, Dutch acronym GOT)',
  'systematic checks at the external borders of the Schengen area',
  'systematic border controls on the EU’s external frontiers',
  'the quick creation of an EU border and coastguard corps',
  'the reform of and granting of further powers to the Frontex agency',
  'The restrictions in place on the sale of these substances must be tightened up',
  'Member states will not share passenger name records with Europol before 25 May 2018.',
  'A French liaison magistrate will be sent to Belgium.',
  'The firearms directive, adopted in 2017, has not been transposed by 12 member states.',
  '',
  'the and of',
  'It is not.',
  '2016',
  'PNR',
  'co-operation between prisons on radicalised detainees',
];

// The IDF of every scorer here is computed over FIXED, as alignDocuments computes it over both documents.
const lexicon = compileLexicon(DEFAULT_LEXICON, 'en');
const idf = idfTable(FIXED.map((text) => idfTerms(text, lexicon)));
const prepared = (text: string): PreparedClause => prepareClause(text, lexicon, idf);

/** Fixed clauses (and the identity regressions) with content terms, and those naming a lexicon concept. */
const FIXED_WITH_CONTENT = [...FIXED, ...IDENTITY_REGRESSIONS].filter((text) => prepared(text).terms.length > 0);
const FIXED_WITH_CONCEPTS = [...FIXED, ...IDENTITY_REGRESSIONS].filter((text) => prepared(text).concepts.size > 0);

interface Subject {
  readonly name: string;
  prepare(text: string): PreparedClause;
  score(a: PreparedClause, b: PreparedClause): number;
  /** Clauses this scorer sees content in, so that they must score 1 against themselves. */
  readonly sees: fc.Arbitrary<string>;
  readonly fixedSeen: readonly string[];
  /** Whether identity must hold exactly (all scorers today). */
  readonly exactIdentity: boolean;
}

const sim = createSimilarity(FIXED, { language: 'en' });
const withWordNet = wordnetScorer(idf, sharedWordNet());
const withoutWordNet = wordnetScorer(idf, undefined);
const vectors = sharedVectors();
if (!vectors) throw new Error('src/similarity/data/vectors-en.bin is missing: the vector signals cannot be tested');
const withVectors = vectorScorer(vectors, tfidfScorer);
const chars = charScorer(FIXED);
const german = createSimilarity(FIXED, { language: 'de' });

const SUBJECTS: readonly Subject[] = [
  { name: 'tfidfScorer', prepare: prepared, score: tfidfScorer.score, sees: contentClause, fixedSeen: FIXED_WITH_CONTENT, exactIdentity: true },
  // Dice compares raw text, so every clause (even an empty one) is content to it.
  { name: 'diceScorer', prepare: prepared, score: diceScorer.score, sees: anyClause, fixedSeen: [...FIXED, ...IDENTITY_REGRESSIONS], exactIdentity: true },
  { name: 'conceptScorer', prepare: prepared, score: conceptScorer.score, sees: conceptClause, fixedSeen: FIXED_WITH_CONCEPTS, exactIdentity: true },
  { name: 'wordnetScorer with WordNet', prepare: prepared, score: withWordNet.score, sees: contentClause, fixedSeen: FIXED_WITH_CONTENT, exactIdentity: true },
  {
    name: 'wordnetScorer without WordNet',
    prepare: prepared,
    score: withoutWordNet.score,
    sees: contentClause,
    fixedSeen: FIXED_WITH_CONTENT,
    exactIdentity: true,
  },
  // Clauses whose words the table lacks fall back to TF-IDF, so a clause with a content term is always seen.
  {
    name: 'vectorScorer (SIF sentence cosine)',
    prepare: prepared,
    score: withVectors.score,
    sees: contentClause,
    fixedSeen: FIXED_WITH_CONTENT,
    exactIdentity: true,
  },
  // Every clause with a letter or digit has grams; a gram the batch never saw weighs most.
  { name: 'charScorer (4-gram cosine)', prepare: prepared, score: chars.score, sees: contentClause, fixedSeen: FIXED_WITH_CONTENT, exactIdentity: true },
  {
    name: 'character model (createSimilarity, German)',
    prepare: german.prepare,
    score: german.score,
    sees: contentClause,
    fixedSeen: FIXED_WITH_CONTENT,
    exactIdentity: true,
  },
  {
    name: 'combined model (createSimilarity)',
    prepare: sim.prepare,
    score: sim.score,
    sees: contentClause,
    fixedSeen: FIXED_WITH_CONTENT,
    exactIdentity: true,
  },
];

const RUNS = { numRuns: 100 };

describe.each(SUBJECTS)('scorer contract: $name', (subject) => {
  const score = (a: string, b: string): number => subject.score(subject.prepare(a), subject.prepare(b));

  test('the fixed examples cover what the properties are about', () => {
    expect(subject.fixedSeen.length).toBeGreaterThanOrEqual(5);
  });

  test('scores lie in [0, 1] (fixed pairs)', () => {
    for (const a of FIXED) {
      for (const b of FIXED) {
        const s = score(a, b);
        expect(Number.isFinite(s)).toBe(true);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }
    }
  });

  test('scores lie in [0, 1] (generated clauses)', () => {
    fc.assert(
      fc.property(anyClause, fc.oneof(anyClause, contentClause, conceptClause), (a, b) => {
        const s = score(a, b);
        return Number.isFinite(s) && s >= 0 && s <= 1;
      }),
      RUNS,
    );
  });

  test('is symmetric (fixed pairs)', () => {
    for (const a of FIXED) for (const b of FIXED) expect(Math.abs(score(a, b) - score(b, a))).toBeLessThanOrEqual(1e-12);
  });

  test('is symmetric (generated clauses)', () => {
    fc.assert(
      fc.property(fc.oneof(anyClause, contentClause, conceptClause), fc.oneof(anyClause, contentClause, conceptClause), (a, b) => {
        expect(Math.abs(score(a, b) - score(b, a))).toBeLessThanOrEqual(1e-12);
      }),
      RUNS,
    );
  });

  test('is symmetric for a clause and a near-copy of it (one word changed, negated or renumbered)', () => {
    fc.assert(
      fc.property(subject.sees, fc.constantFrom(...NEGATIONS, ...NUMBERS, ...CONTENT), (a, extra) => {
        const b = `${a} ${extra}`;
        expect(Math.abs(score(a, b) - score(b, a))).toBeLessThanOrEqual(1e-12);
      }),
      RUNS,
    );
  });

  test('a clause scores 1 against itself, up to rounding (fixed clauses)', () => {
    for (const text of subject.fixedSeen) expect([text, Math.abs(1 - score(text, text)) <= 1e-12]).toEqual([text, true]);
  });

  test('a clause scores 1 against itself, up to rounding (generated clauses)', () => {
    fc.assert(
      fc.property(subject.sees, (text) => {
        expect([text, Math.abs(1 - score(text, text)) <= 1e-12]).toEqual([text, true]);
      }),
      RUNS,
    );
  });

  // Exactly 1, as the Scorer interface and scoreFeatures promise. Known to fail for tfidfScorer and the
  // Every scorer promises exact identity today; a scorer that could not would run its exact test as test.failing.
  const exact = subject.exactIdentity ? test : test.failing;
  const regressions = subject.fixedSeen.filter((text) => IDENTITY_REGRESSIONS.includes(text)).map((text): [string] => [text]);

  exact('a clause scores exactly 1 against itself (fixed clauses)', () => {
    for (const text of subject.fixedSeen) expect([text, score(text, text)]).toEqual([text, 1]);
  });

  exact('a clause scores exactly 1 against itself (generated clauses)', () => {
    fc.assert(
      fc.property(subject.sees, (text) => {
        expect([text, score(text, text)]).toEqual([text, 1]);
      }),
      { ...RUNS, examples: regressions },
    );
  });

  exact('two separately prepared copies of one text score exactly 1 as well', () => {
    fc.assert(
      fc.property(subject.sees, (text) => {
        const a = subject.prepare(text);
        const b = subject.prepare(text.slice());
        expect(a).not.toBe(b);
        expect(subject.score(a, b)).toBe(1);
      }),
      { numRuns: 30, examples: regressions },
    );
  });
});

describe('the generators', () => {
  test('content clauses have content terms, and concept clauses name a concept', () => {
    fc.assert(
      fc.property(contentClause, conceptClause, (content, concept) => {
        expect(prepared(content).terms.length).toBeGreaterThan(0);
        expect(prepared(concept).concepts.size).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});

/**
 * The contract of a Similarity's `prepareJoined`: the clauses prepared apart and joined are the clause their texts
 * joined with a space would be, field for field, and score as it does. Every similarity the product makes is held to it.
 */
const SIMILARITIES = [
  { name: 'English with word vectors', sim },
  { name: 'English without word vectors', sim: createSimilarity(FIXED, { language: 'en', vectors: null }) },
  { name: 'German (character model)', sim: german },
];

/** Joins where the text across the join reads otherwise than its parts: a concept or synonym phrase, a title with "No", "no" before a number. */
const ACROSS_THE_JOIN: ReadonlyArray<readonly string[]> = [
  ['allow more resort to joint investigation', 'teams in 2017'],
  ['the EU border and', 'coastguard corps'],
  ['systematic border', 'controls on the EU’s external frontiers'],
  ['passenger name', 'records', 'will be shared'],
  ['They met at the No', 'Money For Terror conference.'],
  ['There is no', '25 May deadline.'],
  ['co-', 'operation between prisons'],
  ['', 'PNR', ''],
];

const observable = (clause: PreparedClause) => ({
  text: clause.text,
  terms: clause.terms,
  surfaces: clause.surfaces,
  folded: clause.folded,
  concepts: clause.concepts,
  vector: clause.vector,
  norm: clause.norm,
  ids: clause.ids,
  weights: clause.weights,
  sortedIds: clause.sortedIds,
  sortedWeights: clause.sortedWeights,
  termIds: clause.termIds,
  numbers: clause.numbers,
  negated: clause.negated,
  length: clause.length,
  words: clause.words.map((w) => [w.spelling, w.tokens, w.runs]),
  compact: clause.compact,
});

describe.each(SIMILARITIES)('similarity contract: prepareJoined ($name)', ({ sim: subject }) => {
  const holds = (texts: readonly string[], others: readonly string[]): void => {
    const joined = subject.prepareJoined(texts.map((t) => subject.prepare(t)));
    const whole = subject.prepare(texts.join(' '));
    expect(observable(joined)).toEqual(observable(whole));
    for (const other of others.map((t) => subject.prepare(t))) {
      expect(subject.score(joined, other)).toBe(subject.score(whole, other));
      expect(subject.coverage(joined, other)).toBe(subject.coverage(whole, other));
      expect(subject.coverage(other, joined)).toBe(subject.coverage(other, whole));
      expect(subject.explain(joined, other)).toEqual(subject.explain(whole, other));
    }
  };

  test('equals the joined text prepared (phrases, titles and numbers across the join)', () => {
    for (const texts of ACROSS_THE_JOIN) holds(texts, FIXED);
  });

  test('equals the joined text prepared (generated clauses)', () => {
    const clause = fc.oneof(anyClause, contentClause, conceptClause);
    fc.assert(
      fc.property(fc.array(clause, { minLength: 1, maxLength: 4 }), fc.array(clause, { minLength: 1, maxLength: 2 }), (texts, others) => {
        holds(texts, others);
      }),
      RUNS,
    );
  });
});
