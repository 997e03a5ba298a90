/**
 * Reading what each clause does — commits, reports something done, or
 * neither — behind one small interface with two implementations: a grammar
 * reader for English (part of speech and lemma from wink-nlp, then the main
 * clause's subject, modality, tense, aspect and negation) and cue tables for
 * French, Dutch and German. `test/pledges/reader.contract.test.ts` holds both
 * to one contract.
 */
import type { Language } from '../text';
import { cueReader } from './cue-reader';
import { grammarReader } from './grammar/reader';
import type { Tagger } from './grammar/tagger';
import type { ClauseReader, ReadableUnit, Reading } from './types';

export type { ClauseReader, ReadableUnit };

/**
 * The reader for a language; English reads with the document's own tagger
 * when one is given (see `Tagger`).
 *
 * @example
 * readerFor('en').readAll([{ text: 'We will act.' }])[0]!.mood // 'commitment'
 */
export function readerFor(language: Language, tagger?: Tagger): ClauseReader {
  return language === 'en' ? grammarReader(tagger) : cueReader(language);
}

/**
 * Reads one clause (tests and one-off uses; a document is read in one batch).
 *
 * @example
 * readClause({ text: 'A French liaison magistrate will be sent to Belgium.' }, 'en').mood // 'commitment'
 */
export function readClause(unit: ReadableUnit, language: Language): Reading {
  return readerFor(language).readAll([unit])[0]!;
}
