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
const IRREGULAR_BASE: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall' };

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+s?$/u;

/**
 * Splits a clause into lower-cased, stemmed tokens; stop words are kept but
 * flagged, because the alias lexicon matches phrases that contain them.
 *
 * @example
 * tokenize('The border controls', 'en').map((t) => t.stem) // ['the', 'border', 'control']
 */
export function tokenize(text: string, language: Language): Token[] {
  const tokens: Token[] = [];
  const cache = TOKEN_CACHE[language];
  // Letters and digits, with inner hyphens, apostrophes and slashes kept ("co-operation", "entry/exit").
  for (const word of words(text, TERM_WORD)) {
    let made = cache.get(word);
    if (!made) {
      made = tokensOf(word, language);
      if (cache.size < MAX_CACHED_WORDS) cache.set(word, made);
    }
    for (const token of made) tokens.push(token);
  }
  return tokens;
}

/** A word's tokens depend on the word and the language alone, and are immutable: each spelling is made once. */
const MAX_CACHED_WORDS = 200_000;
const TOKEN_CACHE: Readonly<Record<Language, Map<string, readonly Token[]>>> = { en: new Map(), fr: new Map(), nl: new Map(), de: new Map() };

function tokensOf(word: string, language: Language): readonly Token[] {
  const lower = word.toLowerCase();
  const contraction = CONTRACTION.exec(lower);
  if (contraction && language === 'en') {
    // "won't" says "will not": the same words as its spelled-out form, so the two compare equal.
    const base = IRREGULAR_BASE[contraction[1] as string] ?? (contraction[1] as string);
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
