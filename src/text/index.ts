export * from './types';
export { segment, SEGMENTERS, clauseSegmenter, sentenceSegmenter, lineSegmenter } from './segment';
export { guessLanguage, isForeignLine, type LanguageGuess } from './detect-language';
export { PROFILES, type LanguageProfile } from './languages';
export { documentDate, findDates, isDateWord, yearIn, type DateMention } from './dates';
