import { guessLanguage, segment, type Language, type SegmentationMode, type SegmentedDocument, type Unit } from '../text';
import type { Lexicon } from '../similarity/lexicon';
import { alignWithOrder, type AlignContext } from './align';
import type { OrderDecision } from './order';
import type { AlignOptions, Link } from './types';

export interface DocumentInput {
  readonly text: string;
  readonly language?: Language;
  /** ISO date of the document (or any text with its year): the year of the dates it names without one. */
  readonly date?: string;
}

/** A segmented document, with its date when it has one. */
export interface DatedDocument extends SegmentedDocument {
  readonly date?: string;
}

export interface AlignTextsOptions extends AlignOptions {
  readonly segmentation?: SegmentationMode;
  readonly lexicon?: Lexicon;
  /** Receives the rescored candidate pairs: the pledge stage weighs more than the chosen links. */
  readonly onCandidates?: NonNullable<AlignContext['onCandidates']>;
  readonly onStage?: NonNullable<AlignContext['onStage']>;
}

export interface AlignedDocument {
  readonly language: Language;
  readonly clauses: readonly Unit[];
}

export interface Alignment {
  readonly source: AlignedDocument;
  readonly target: AlignedDocument;
  readonly links: readonly Link[];
  /** The mode the links were made in (free or monotone), and why: asked for, or decided from the documents. */
  readonly order: OrderDecision;
}

/**
 * Segments two texts and aligns their clauses: the whole library job in one call.
 *
 * @example
 * const { source, target, links } = alignTexts({ text: report2016 }, { text: communique2018 });
 */
export function alignTexts(source: DocumentInput, target: DocumentInput, options: AlignTextsOptions = {}): Alignment {
  return alignSegmented(segmentInput(source, options), segmentInput(target, options), options);
}

/**
 * Segments one input as `alignTexts` would: its own language, or the one guessed from its text; its date kept.
 *
 * @example
 * const doc = segmentInput({ text: report2016 }, { segmentation: 'sentences' });
 */
export function segmentInput(input: DocumentInput, options: Pick<AlignTextsOptions, 'segmentation'> = {}): DatedDocument {
  const doc = segment(input.text, { mode: options.segmentation ?? 'clauses', language: input.language ?? guessLanguage(input.text).language });
  return input.date ? { ...doc, date: input.date } : doc;
}

/**
 * Aligns two documents already segmented (so a caller that checked their units need not cut them again).
 *
 * @example
 * alignSegmented(segmentInput({ text: a }), segmentInput({ text: b })).links
 */
export function alignSegmented(a: DatedDocument, b: DatedDocument, options: AlignTextsOptions = {}): Alignment {
  // One language drives stemming and synonyms; the source's, when the two differ.
  const { links, order } = alignWithOrder(a, b, { ...options, language: a.language });
  return { source: { language: a.language, clauses: a.units }, target: { language: b.language, clauses: b.units }, links, order };
}
