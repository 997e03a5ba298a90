import { alignSegmented, segmentInput, type Alignment, type AlignTextsOptions, type DocumentInput } from '../align';
import type { SegmentedDocument } from '../text';
import type { Topic } from './topics';
import type { PledgeReport } from './types';
import { assessPledges } from './verdicts';

export interface DatedInput extends DocumentInput {
  /** ISO date of the document; lets a later text's "decided in 2016" count as recalled, not new. */
  readonly date?: string;
}

/** A segmented document with the date its pledges are read against. */
export interface DatedDocument extends SegmentedDocument {
  readonly date?: string;
}

export interface CompareOptions extends AlignTextsOptions {
  readonly topics?: readonly Topic[];
}

export type Comparison = Alignment & PledgeReport;

/**
 * The whole job on two texts: segment, align, and say what became of each
 * pledge.
 *
 * @example
 * const { links, pledges, newPledges, summary } = compareTexts({ text: report2016, date: '2016-02-02' }, { text: communique2018 });
 */
export function compareTexts(source: DatedInput, target: DatedInput, options: CompareOptions = {}): Comparison {
  return compareSegmented(datedDocument(source, options), datedDocument(target, options), options);
}

/**
 * Segments an input as the comparison will, keeping its date.
 *
 * @example
 * datedDocument({ text: report2016, date: '2016-02-02' }, {}).units.length
 */
export function datedDocument(input: DatedInput, options: CompareOptions): DatedDocument {
  const doc = segmentInput(input, options);
  return input.date ? { ...doc, date: input.date } : doc;
}

/**
 * `compareTexts` on documents already segmented.
 *
 * @example
 * compareSegmented(datedDocument({ text: a }, {}), datedDocument({ text: b }, {}), {}).pledges
 */
export function compareSegmented(source: DatedDocument, target: DatedDocument, options: CompareOptions = {}): Comparison {
  const alignment = alignSegmented(source, target, options);
  const report = assessPledges({
    source: { units: source.units, language: source.language, ...(source.date ? { date: source.date } : {}) },
    target: { units: target.units, language: target.language, ...(target.date ? { date: target.date } : {}) },
    links: alignment.links,
    ...(options.topics ? { topics: options.topics } : {}),
  });
  return { ...alignment, ...report };
}
