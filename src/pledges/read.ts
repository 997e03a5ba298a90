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
import type { Reading } from './types';

/** The part of a unit a reader needs: its words, and the words introducing its list. */
export interface ReadableUnit {
  readonly text: string;
  readonly lead?: string;
}

/** Reads a batch of clauses at once: the grammar reader tags them in one pass. */
export interface ClauseReader {
  readAll(units: readonly ReadableUnit[]): Reading[];
}

/**
 * The reader for a language.
 *
 * @example
 * readerFor('en').readAll([{ text: 'We will act.' }])[0]!.mood // 'commitment'
 */
export function readerFor(language: Language): ClauseReader {
  return language === 'en' ? grammarReader() : cueReader(language);
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
