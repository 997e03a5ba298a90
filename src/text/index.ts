export * from './types';
export { segment, introducesList, introducesExamples, SEGMENTERS, clauseSegmenter, sentenceSegmenter, lineSegmenter } from './segment';
export { guessLanguage, isForeignLine, type LanguageGuess } from './detect-language';
export { PROFILES, type LanguageProfile } from './languages';
export { documentDate, findDates, isDateWord, yearIn, type DateMention } from './dates';
export { DATE_FORMS_HINT, DATE_ORIGINS, dateProblem, inferDate, type DateOrigin, type InferredDate } from './date-field';
