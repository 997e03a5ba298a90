import { PROFILES } from './languages';
import { LANGUAGES, type Language } from './types';

export interface LanguageGuess {
  readonly language: Language;
  /** Function-word hits per language, the evidence for the guess. */
  readonly hits: Readonly<Record<Language, number>>;
}

const WORD = /[\p{L}’']+/gu;

/** Each function word with the languages it belongs to. */
const FUNCTION_WORDS = new Map<string, Language[]>();
for (const language of LANGUAGES) for (const word of PROFILES[language].functionWords) FUNCTION_WORDS.set(word, [...(FUNCTION_WORDS.get(word) ?? []), language]);
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
  WORD.lastIndex = 0;
  // exec in a loop rather than matchAll: no iterator and no match object kept per word; one lookup per word for all languages.
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const languages = FUNCTION_WORDS.get(match[0].toLowerCase());
    if (languages) for (const language of languages) hits[language] += 1;
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
