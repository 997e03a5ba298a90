import { guessLanguage, segment, type Language, type SegmentationMode, type Unit } from '../text';
import type { Lexicon } from '../similarity/lexicon';
import { alignDocuments } from './align';
import type { AlignOptions, Link } from './types';

export interface DocumentInput {
  readonly text: string;
  readonly language?: Language;
}

export interface AlignTextsOptions extends AlignOptions {
  readonly segmentation?: SegmentationMode;
  readonly lexicon?: Lexicon;
}

export interface AlignedDocument {
  readonly language: Language;
  readonly clauses: readonly Unit[];
}

export interface Alignment {
  readonly source: AlignedDocument;
  readonly target: AlignedDocument;
  readonly links: readonly Link[];
}

/**
 * Segments two texts and aligns their clauses: the whole library job in one call.
 *
 * @example
 * const { source, target, links } = alignTexts({ text: report2016 }, { text: communique2018 });
 */
export function alignTexts(source: DocumentInput, target: DocumentInput, options: AlignTextsOptions = {}): Alignment {
  const mode = options.segmentation ?? 'clauses';
  const a = segment(source.text, { mode, language: source.language ?? guessLanguage(source.text).language });
  const b = segment(target.text, { mode, language: target.language ?? guessLanguage(target.text).language });
  // One language drives stemming and synonyms; the source's, when the two differ.
  const links = alignDocuments(a, b, { ...options, language: a.language });
  return { source: { language: a.language, clauses: a.units }, target: { language: b.language, clauses: b.units }, links };
}
