import { PROFILES } from './languages';
import { LANGUAGES, type Language } from './types';

export interface LanguageGuess {
  readonly language: Language;
  /** Function-word hits per language, the evidence for the guess. */
  readonly hits: Readonly<Record<Language, number>>;
}

const WORD = /[\p{L}’']+/gu;
/** Enough words to be sure of a language; reading more only costs time. */
const MAX_WORDS = 20_000;

/**
 * Counts function words of each language; the language with the most hits wins.
 * Linear in the text and capped, so hostile input cannot slow it down.
 *
 * @example
 * guessLanguage('Die Minister haben sich auf eine Reform geeinigt.').language // 'de'
 */
export function guessLanguage(text: string, fallback: Language = 'en'): LanguageGuess {
  const hits: Record<Language, number> = { en: 0, fr: 0, nl: 0, de: 0 };
  let seen = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    for (const language of LANGUAGES) if (PROFILES[language].functionWords.has(word)) hits[language] += 1;
    if (++seen >= MAX_WORDS) break;
  }
  let language = fallback;
  for (const candidate of LANGUAGES) if (hits[candidate] > hits[language]) language = candidate;
  return { language, hits };
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
