/** Languages the segmenter (and later the scorers) have profiles for. */
export const LANGUAGES = ['en', 'fr', 'nl', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * What a unit is. Only `clause` and `heading` units take part in alignment;
 * `boilerplate` (another language, subscription lines) and `meta` (bylines,
 * datelines) are kept so that offsets and the reader's view stay complete.
 */
export const UNIT_KINDS = ['clause', 'heading', 'boilerplate', 'meta'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const SEGMENTATION_MODES = ['clauses', 'sentences', 'lines'] as const;
export type SegmentationMode = (typeof SEGMENTATION_MODES)[number];

/**
 * One unit of a document. `text === original.slice(start, end)` always holds:
 * units are views on the original, never rewritten.
 */
export interface Unit {
  readonly index: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: UnitKind;
  /** The introducing words of the list this unit is an item of, so it reads alone. */
  readonly lead?: string;
}

export interface SegmentOptions {
  readonly mode?: SegmentationMode;
  /** Skip detection and use this language's profile. */
  readonly language?: Language;
}

export interface SegmentedDocument {
  readonly language: Language;
  readonly units: readonly Unit[];
}

/** A half-open character range [start, end) into the original text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The swappable part of segmentation: one implementation per mode.
 * Every implementation must pass the shared contract suite in
 * `test/text/segmenter.contract.test.ts`.
 */
export interface Segmenter {
  readonly mode: SegmentationMode;
  segment(text: string, language: Language): Unit[];
}
