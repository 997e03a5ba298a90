import type { Language } from '../text';
import { TERM_WORD, words } from '../text/words';
import { isStopWord, stem } from './stemmers';

/** A word of a clause as the scorers see it. */
export interface Token {
  readonly lower: string;
  readonly stem: string;
  readonly stop: boolean;
}

const CONTRACTION = /^(\p{L}+)n[’']t$/u;
// A Map, not an object: "constructorn't" must not find Object.prototype's constructor.
const IRREGULAR_BASE: ReadonlyMap<string, string> = new Map([
  ['wo', 'will'],
  ['ca', 'can'],
  ['sha', 'shall'],
]);

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+s?$/u;

/**
 * A word as written, made once per spelling and language: its tokens, and what
 * other readers derive from the spelling alone, kept on it so that a word met
 * again costs one lookup, not another pass of each reader.
 */
export interface Word {
  readonly spelling: string;
  readonly tokens: readonly Token[];
  /**
   * Its runs of letters and digits: the bare words (BARE_WORD) it holds. A word's
   * runs are parted by its joiners alone ("co-operation" 2, "entry/exit" 2).
   */
  readonly runs: number;
  /** What one reader (the word vectors) derives from the spelling, with the key it was derived for. */
  derivedFor?: unknown;
  derived?: unknown;
}

/**
 * Splits a clause into lower-cased, stemmed tokens; stop words are kept but
 * flagged, because the alias lexicon matches phrases that contain them.
 *
 * @example
 * tokenize('The border controls', 'en').map((t) => t.stem) // ['the', 'border', 'control']
 */
export function tokenize(text: string, language: Language): Token[] {
  const tokens: Token[] = [];
  for (const word of readWords(text, language)) for (const token of word.tokens) tokens.push(token);
  return tokens;
}

/**
 * The clause's words (TERM_WORD: letters and digits, with inner hyphens, apostrophes
 * and slashes kept, "co-operation", "entry/exit"), each the one Word of its spelling.
 *
 * @example
 * readWords('The EU’s co-operation', 'en').map((w) => w.spelling) // ['The', 'EU’s', 'co-operation']
 */
export function readWords(text: string, language: Language): Word[] {
  const cache = WORD_CACHE[language];
  const spellings = words(text, TERM_WORD);
  const found: Word[] = new Array<Word>(spellings.length);
  for (let i = 0; i < spellings.length; i += 1) {
    const spelling = spellings[i]!;
    let word = cache.get(spelling);
    if (!word) {
      word = { spelling, tokens: tokensOf(spelling, language), runs: runsOf(spelling), derivedFor: undefined, derived: undefined };
      if (cache.size < MAX_CACHED_WORDS) cache.set(spelling, word);
    }
    found[i] = word;
  }
  return found;
}

/** A word's tokens depend on the word and the language alone, and are immutable: each spelling is made once. */
const MAX_CACHED_WORDS = 200_000;
const WORD_CACHE: Readonly<Record<Language, Map<string, Word>>> = { en: new Map(), fr: new Map(), nl: new Map(), de: new Map() };

/** 1 + the joiners in a TERM_WORD word: each joiner stands between two runs, and no run holds one. */
function runsOf(spelling: string): number {
  let runs = 1;
  for (let i = 0; i < spelling.length; i += 1) if (TERM_WORD.joiners.includes(spelling[i]!)) runs += 1;
  return runs;
}

function tokensOf(word: string, language: Language): readonly Token[] {
  const lower = word.toLowerCase();
  const contraction = CONTRACTION.exec(lower);
  if (contraction && language === 'en') {
    // "won't" says "will not": the same words as its spelled-out form, so the two compare equal.
    const base = IRREGULAR_BASE.get(contraction[1] as string) ?? (contraction[1] as string);
    return [
      { lower: base, stem: stemOf(base, language), stop: isStopWord(base, language) },
      { lower: 'not', stem: 'not', stop: isStopWord('not', language) },
    ];
  }
  // Acronyms ("GOT", "ECE", "PNR") are names: never stop words, never stemmed.
  if (ACRONYM.test(word)) return [{ lower, stem: lower, stop: false }];
  return [{ lower, stem: stemOf(lower, language), stop: isStopWord(lower, language) }];
}

/**
 * Possessives lose their "’s" ("EU’s" → "eu"), and hyphens are dropped before
 * stemming so "co-operation" meets "cooperation".
 */
function stemOf(lower: string, language: Language): string {
  if (/^\p{N}+$/u.test(lower)) return lower;
  const bare = lower.replace(/[’']s$/u, '').replace(/[-’'/]/gu, '');
  return stem(bare, language);
}
