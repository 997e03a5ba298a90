/**
 * Issue 17: "what a word is" lives in src/text/words.ts. Before, each reader had its
 * own regex; those regexes and the functions built on them are kept here, as they
 * were, as the oracle: on random strings of hostile characters the new readers must
 * give exactly what the old ones gave. WORDS_FUZZ_RUNS raises the count (the change
 * was made against 200,000 strings a check).
 */
import { guessLanguage, isForeignLine, PROFILES, LANGUAGES, type Language } from '../../src/text';
import { BARE_WORD, countWords, LETTER_WORD, PHRASE_WORD, TERM_WORD, words } from '../../src/text/words';
import { isStopWord, stem } from '../../src/similarity/stemmers';
import { tokenize } from '../../src/similarity/tokens';
import { SIF_A, vectorScorer, wordsOf } from '../../src/similarity/embedding';
import { compileLexicon, DEFAULT_LEXICON } from '../../src/similarity/lexicon';
import { idfTable, prepareClause, type PreparedClause } from '../../src/similarity/prepare';
import { tfidfScorer, type Scorer } from '../../src/similarity/signals';
import { sharedVectors, type WordVectors } from '../../src/similarity/vectors';
import { refersBack } from '../../src/align/citations';
import { prng } from '../../bench/prng';

const RUNS = Number(process.env.WORDS_FUZZ_RUNS ?? 5_000);

// ---- The old definitions, verbatim. ----
const OLD_TOKENS_WORD = /[\p{L}\p{N}]+(?:[-’'/][\p{L}\p{N}]+)*/gu; // src/similarity/tokens.ts
const OLD_PREPARE_WORD = /[\p{L}\p{N}]+/gu; // src/similarity/prepare.ts (countWords)
const OLD_CITATIONS_WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu; // src/align/citations.ts
const OLD_EMBEDDING_WORD = /[\p{L}\p{N}]+(?:[-’'][\p{L}\p{N}]+)*/gu; // src/similarity/embedding.ts
const OLD_LANGUAGE_WORD = /[\p{L}’']+/gu; // src/text/detect-language.ts

function oldCountWords(text: string): number {
  let count = 0;
  OLD_PREPARE_WORD.lastIndex = 0;
  while (OLD_PREPARE_WORD.test(text)) count += 1;
  return count;
}

function oldWordsOf(text: string): string[] {
  const found = text.match(OLD_EMBEDDING_WORD) ?? [];
  for (let i = 0; i < found.length; i += 1) {
    const lower = found[i]!.toLowerCase();
    found[i] = lower.endsWith('s') && (lower.endsWith("'s") || lower.endsWith('’s')) ? lower.slice(0, -2) : lower;
  }
  return found;
}

const CONTRACTION = /^(\p{L}+)n[’']t$/u;
const IRREGULAR_BASE: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall' };
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+s?$/u;
function oldStemOf(lower: string, language: Language): string {
  if (/^\p{N}+$/u.test(lower)) return lower;
  return stem(lower.replace(/[’']s$/u, '').replace(/[-’'/]/gu, ''), language);
}
function oldTokenize(text: string, language: Language): Array<{ lower: string; stem: string; stop: boolean }> {
  const tokens: Array<{ lower: string; stem: string; stop: boolean }> = [];
  for (const word of text.match(OLD_TOKENS_WORD) ?? []) {
    const lower = word.toLowerCase();
    const contraction = CONTRACTION.exec(lower);
    if (contraction && language === 'en') {
      const base = IRREGULAR_BASE[contraction[1]!] ?? contraction[1]!;
      tokens.push(
        { lower: base, stem: oldStemOf(base, language), stop: isStopWord(base, language) },
        { lower: 'not', stem: 'not', stop: isStopWord('not', language) },
      );
    } else if (ACRONYM.test(word)) tokens.push({ lower, stem: lower, stop: false });
    else tokens.push({ lower, stem: oldStemOf(lower, language), stop: isStopWord(lower, language) });
  }
  return tokens;
}

const DEMONSTRATIVES: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['this', 'these', 'those', 'such']),
  fr: new Set(['ce', 'cet', 'cette', 'ces', 'ledit', 'ladite', 'lesdits', 'lesdites']),
  nl: new Set(['deze', 'dit', 'dergelijke']),
  de: new Set(['diese', 'dieser', 'dieses', 'diesem', 'diesen', 'solche', 'solcher', 'solches']),
};
function oldRefersBack(next: string, cited: string, language: Language): boolean {
  const wordsIn = (text: string): string[] => [...text.matchAll(OLD_CITATIONS_WORD)].map((m) => m[0].toLowerCase());
  const named = new Set(
    wordsIn(cited)
      .filter((w) => !isStopWord(w, language))
      .map((w) => stem(w, language)),
  );
  const all = wordsIn(next);
  return all.some(
    (word, i) =>
      DEMONSTRATIVES[language].has(word) && all.slice(i + 1, i + 3).some((w) => w.length > 3 && !isStopWord(w, language) && named.has(stem(w, language))),
  );
}

const FUNCTION_WORDS = new Map<string, Language[]>();
for (const language of LANGUAGES)
  for (const word of PROFILES[language].functionWords) FUNCTION_WORDS.set(word, [...(FUNCTION_WORDS.get(word) ?? []), language]);
const OLD_FUNCTION_WORD = new RegExp(`(?<![\\p{L}’'])(?:${[...FUNCTION_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}’'])`, 'gu');
function oldGuessLanguage(text: string, fallback: Language = 'en'): { language: Language; hits: Record<Language, number> } {
  const hits: Record<Language, number> = { en: 0, fr: 0, nl: 0, de: 0 };
  let short = false;
  if (text.length < 4_000) {
    const lower = text.toLowerCase();
    if (lower.length === text.length) {
      short = true;
      OLD_FUNCTION_WORD.lastIndex = 0;
      for (let m = OLD_FUNCTION_WORD.exec(lower); m !== null; m = OLD_FUNCTION_WORD.exec(lower)) for (const l of FUNCTION_WORDS.get(m[0])!) hits[l] += 1;
    }
  }
  if (!short) {
    let seen = 0;
    OLD_LANGUAGE_WORD.lastIndex = 0;
    for (let m = OLD_LANGUAGE_WORD.exec(text); m !== null; m = OLD_LANGUAGE_WORD.exec(text)) {
      const languages = FUNCTION_WORDS.get(m[0].toLowerCase());
      if (languages) for (const l of languages) hits[l] += 1;
      if (++seen >= 20_000) break;
    }
  }
  let language = fallback;
  for (const candidate of LANGUAGES) if (hits[candidate] > hits[language]) language = candidate;
  return { language, hits };
}

// ---- Hostile strings. ----
const PIECES = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  'İ',
  'ı',
  'Σ',
  'σ',
  'ς',
  'ſ',
  '\u212A' /* Kelvin */,
  'ß',
  'ẞ',
  'ǅ',
  'ﬁ',
  'é',
  'e\u0301',
  '\u0301',
  'Ö',
  'ÿ',
  '𝐀',
  '𐐀',
  '𐐨',
  '𝟙',
  '\uD835',
  '\uDC00',
  '٣',
  '²',
  '½',
  'Ⅻ',
  '\u200D',
  '\u200C',
  '\u00AD',
  '\uFEFF',
  '\u00A0',
  ' ',
  ' ',
  ' ',
  '\n',
  '\t',
  "'",
  '’',
  '‘',
  '`',
  '-',
  '‐',
  '–',
  '—',
  '/',
  '.',
  ',',
  ';',
  ':',
  '(',
  ')',
  '"',
  '“',
  '_',
  'the ',
  'The ',
  'THE ',
  'de ',
  'la ',
  'het ',
  'und ',
  'der ',
  'les ',
  'een ',
  "n't",
  'n’t',
  "won't",
  'CAN’T',
  'EU’s',
  "l'",
  'l’',
  'aujourd’hui',
  'co-operation',
  'entry/exit',
  'this ',
  'cette ',
  'deze ',
  'dieser ',
  'declaration ',
  'déclaration ',
  'verklaring ',
  'Erklärung ',
  'GOT ',
  'PNRs ',
  '2016 ',
];

function hostile(random: () => number): string {
  const length = Math.floor(random() * random() * 40);
  let s = '';
  for (let i = 0; i < length; i += 1) s += PIECES[Math.floor(random() * PIECES.length)]!;
  return s;
}

const languages: readonly Language[] = ['en', 'fr', 'nl', 'de'];

/** The vector scorer as it was: the clause's text read again with its own regex, a table lookup per word. */
function oldVectorScorer(vectors: WordVectors, fallback: Scorer, a = SIF_A): Scorer {
  const embed = (clause: PreparedClause): Float32Array => {
    const sentence = new Float32Array(vectors.dims);
    for (const word of oldWordsOf(clause.text)) {
      const row = vectors.row(word);
      if (row >= 0) vectors.addTo(sentence, row, a / (a + vectors.probability(row)));
      else if (word.includes('-')) {
        for (const part of word.split('-')) {
          const at = vectors.row(part);
          if (at >= 0) vectors.addTo(sentence, at, a / (a + vectors.probability(at)));
        }
      }
    }
    let along = 0;
    for (let d = 0; d < sentence.length; d += 1) along += sentence[d]! * vectors.common[d]!;
    for (let d = 0; d < sentence.length; d += 1) sentence[d] = sentence[d]! - along * vectors.common[d]!;
    let norm = 0;
    for (let d = 0; d < sentence.length; d += 1) norm += sentence[d]! * sentence[d]!;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let d = 0; d < sentence.length; d += 1) sentence[d] = sentence[d]! / norm;
    return sentence;
  };
  return {
    name: 'vectors',
    score(x, y) {
      const p = embed(x);
      const q = embed(y);
      if (p.every((v) => v === 0) || q.every((v) => v === 0)) return fallback.score(x, y);
      let dot = 0;
      for (let d = 0; d < p.length; d += 1) dot += p[d]! * q[d]!;
      if (dot > 1 - 1e-5) return 1;
      // biome-ignore lint/complexity/useMathMinMax: a NaN must score 0, and Math.max would pass it on
      return dot > 0 ? dot : 0;
    },
  };
}

describe('one definition of a word (issue 17) gives what the four old ones gave', () => {
  test(`word lists and counts, ${RUNS} hostile strings`, () => {
    const random = prng(17);
    for (let i = 0; i < RUNS; i += 1) {
      const s = hostile(random);
      expect(words(s, TERM_WORD)).toEqual(s.match(OLD_TOKENS_WORD) ?? []);
      expect(words(s, PHRASE_WORD)).toEqual(s.match(OLD_CITATIONS_WORD) ?? []);
      expect(words(s, PHRASE_WORD)).toEqual(s.match(OLD_EMBEDDING_WORD) ?? []);
      expect(words(s, LETTER_WORD)).toEqual(s.match(OLD_LANGUAGE_WORD) ?? []);
      expect(countWords(s, BARE_WORD)).toBe(oldCountWords(s));
      expect(wordsOf(s)).toEqual(oldWordsOf(s));
    }
  });

  test(`the vectors' words are the scorers' words parted at slashes, and a clause's length is its bare words, ${RUNS} hostile strings`, () => {
    const random = prng(21);
    const lexicon = compileLexicon(DEFAULT_LEXICON, 'en');
    const idf = idfTable([]);
    for (let i = 0; i < RUNS; i += 1) {
      const s = hostile(random);
      expect(words(s, TERM_WORD).flatMap((w) => w.split('/'))).toEqual(s.match(OLD_EMBEDDING_WORD) ?? []);
      expect(prepareClause(s, lexicon, idf).length).toBe(oldCountWords(s));
    }
  });

  test(`sentence vectors score as they did, ${RUNS} hostile pairs`, () => {
    const vectors = sharedVectors();
    if (!vectors) return;
    const random = prng(22);
    const lexicon = compileLexicon(DEFAULT_LEXICON, 'en');
    const idf = idfTable([]);
    const now = vectorScorer(vectors, tfidfScorer);
    const before = oldVectorScorer(vectors, tfidfScorer);
    for (let i = 0; i < RUNS; i += 1) {
      const [x, y] = [hostile(random), hostile(random)].map((t) => prepareClause(t, lexicon, idf)) as [PreparedClause, PreparedClause];
      expect(Object.is(now.score(x, y), before.score(x, y))).toBe(true);
    }
  });

  test(`tokens of the scorers, ${RUNS} hostile strings`, () => {
    const random = prng(18);
    for (let i = 0; i < RUNS; i += 1) {
      const s = hostile(random);
      const language = languages[i % 4]!;
      expect(tokenize(s, language).map((t) => ({ lower: t.lower, stem: t.stem, stop: t.stop }))).toEqual(oldTokenize(s, language));
    }
  });

  test(`language guesses and citations pointing back, ${RUNS} hostile strings`, () => {
    const random = prng(19);
    for (let i = 0; i < RUNS; i += 1) {
      const s = hostile(random);
      const other = hostile(random);
      const language = languages[i % 4]!;
      expect(guessLanguage(s, language)).toEqual(oldGuessLanguage(s, language));
      expect(isForeignLine(s, language)).toBe(
        ((g) => g.language !== language && g.hits[g.language] >= 3 && g.hits[g.language] >= 3 * g.hits[language])(oldGuessLanguage(s, language)),
      );
      expect(refersBack(s, other, language)).toBe(oldRefersBack(s, other, language));
    }
  });

  test('long texts take the word-by-word path of language guessing, capped at 20,000 words', () => {
    const random = prng(20);
    for (let i = 0; i < 40; i += 1) {
      let s = '';
      while (s.length < 4_000 + i * 2_000) s += hostile(random);
      expect(guessLanguage(s)).toEqual(oldGuessLanguage(s));
    }
  });
});
