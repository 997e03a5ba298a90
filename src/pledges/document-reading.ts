import { introducesExamples, introducesList, type Language, type Unit } from '../text';
import { readActionLists } from './action-lists';
import { englishTagger, type Tagger } from './grammar/tagger';
import { readerFor } from './read';
import { reportsEarlier } from './recall';
import type { Reading } from './types';

export interface PledgeDocument {
  readonly units: readonly Unit[];
  readonly language: Language;
  /** The document's date (ISO or any text with its year); a target clause naming a year up to the source's ("We decided in 2016 to …") recalls a pledge rather than making one. */
  readonly date?: string;
}

/** Which document of a comparison: the source's pledges and the target's possible new pledges are tagged again for their topics. */
export type Side = 'source' | 'target';

/** One document read: every clause's reading, and its own tagger, holding the tokens its topics will ask for. */
export interface DocumentReading {
  readonly readings: ReadonlyMap<number, Reading>;
  readonly tagger: Tagger;
}

/**
 * Reads every clause of one document with a tagger of its own (its readings depend on it alone), then lets go of
 * every clause's tokens but those the topics tag again: the source's pledges, the target's clauses that may be new
 * pledges. A pure function of the document: the other document, and what the process read before, do not change it.
 */
export function readDocument(doc: PledgeDocument, side: Side): DocumentReading {
  const tagger = englishTagger();
  const clauses = doc.units.filter(isClause);
  const readings = readerFor(doc.language, tagger).readAll(clauses);
  const own = new Map(clauses.map((u, i) => [u.index, readings[i]!]));
  const read = doc.language === 'en' ? readActionLists(doc.units, own) : own;
  const kept = side === 'source' ? pledgesOf(doc, read) : clauses.filter((u) => undertakes(read.get(u.index)));
  tagger.keep(kept.map((u) => u.text));
  return { readings: read, tagger };
}

/**
 * The source's pledges: clauses that commit, other than a list's lead (it commits only through its items, which are read
 * themselves) and a decision reported as taken before the text.
 */
export function pledgesOf(doc: PledgeDocument, readings: ReadonlyMap<number, Reading>): Unit[] {
  return doc.units.filter(
    (u) => readings.get(u.index)?.mood === 'commitment' && !onlyThroughItems(u.text) && !reportsEarlier(readings.get(u.index), u, doc.date),
  );
}

export const isClause = (unit: Unit): boolean => unit.kind === 'clause';

/** A list's lead commits only through its items ("we commit to:"), unless what follows are examples of its own act. */
export const onlyThroughItems = (text: string): boolean => introducesList(text) && !introducesExamples(text);

/** A target clause that may be a new pledge: one that commits, or reports a launch done (what was set up will run). */
export const undertakes = (reading: Reading | undefined): boolean =>
  reading?.mood === 'commitment' || (reading?.mood === 'completion' && reading.launch === true);
