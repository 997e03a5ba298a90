import { PROFILES } from './languages';
import { LANGUAGES, type Language } from './types';
import { LETTER_WORD, wholeWordPattern, wordPattern } from './words';

export interface LanguageGuess {
  readonly language: Language;
  /** Function-word hits per language, the evidence for the guess. */
  readonly hits: Readonly<Record<Language, number>>;
}

/** Letters and apostrophes, no digits: "l’Union" is one word. */
const WORD = wordPattern(LETTER_WORD);

/** Each function word with the languages it belongs to. */
const FUNCTION_WORDS = new Map<string, Language[]>();
for (const language of LANGUAGES)
  for (const word of PROFILES[language].functionWords) FUNCTION_WORDS.set(word, [...(FUNCTION_WORDS.get(word) ?? []), language]);
/** Enough words to be sure of a language; reading more only costs time. */
const MAX_WORDS = 20_000;
/** Shorter texts than this (a line, a heading) cannot reach MAX_WORDS: they are read by FUNCTION_WORD below. */
const SHORT_TEXT = 4_000;
/**
 * A whole run of letters that is a function word, in lower-cased text: the regex engine skips every other word
 * without making a string of it, which on a document's short lines was most of the cost of language checks.
 */
const FUNCTION_WORD = wholeWordPattern(
  [...FUNCTION_WORDS.keys()].sort((a, b) => b.length - a.length),
  LETTER_WORD,
);

/**
 * Counts function words of each language; the language with the most hits wins.
 * Linear in the text and capped, so hostile input cannot slow it down.
 *
 * @example
 * guessLanguage('Die Minister haben sich auf eine Reform geeinigt.').language // 'de'
 */
export function guessLanguage(text: string, fallback: Language = 'en'): LanguageGuess {
  const hits: Record<Language, number> = { en: 0, fr: 0, nl: 0, de: 0 };
  if (!(text.length < SHORT_TEXT && countShort(text, hits))) countWords(text, hits);
  let language = fallback;
  for (const candidate of LANGUAGES) if (hits[candidate] > hits[language]) language = candidate;
  return { language, hits };
}

/**
 * Counts the function words of a short text, lower-cased whole; false (nothing counted) when that would not give
 * each word its own lower case: a letter whose lower case is longer ("İ") shifts the words.
 */
function countShort(text: string, hits: Record<Language, number>): boolean {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return false;
  FUNCTION_WORD.lastIndex = 0;
  for (let match = FUNCTION_WORD.exec(lower); match !== null; match = FUNCTION_WORD.exec(lower)) {
    for (const language of FUNCTION_WORDS.get(match[0])!) hits[language] += 1;
  }
  return true;
}

function countWords(text: string, hits: Record<Language, number>): void {
  let seen = 0;
  WORD.lastIndex = 0;
  // exec in a loop rather than matchAll: no iterator and no match object kept per word; one lookup per word for all languages.
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const languages = FUNCTION_WORDS.get(match[0].toLowerCase());
    if (languages) for (const language of languages) hits[language] += 1;
    if (++seen >= MAX_WORDS) break;
  }
}

/**
 * Is this line confidently in another language than `documentLanguage`?
 * Short lines and mixed lines are given the benefit of the doubt.
 *
 * @example
 * isForeignLine('Tip. Klik hier om u te abonneren op de RSS-feed', 'en') // true
 */
export function isForeignLine(line: string, documentLanguage: Language): boolean {
  const { language, hits } = guessLanguage(line, documentLanguage);
  if (language === documentLanguage) return false;
  return hits[language] >= 3 && hits[language] >= 3 * hits[documentLanguage];
}
