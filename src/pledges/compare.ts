import { alignTexts, type Alignment, type AlignTextsOptions, type DocumentInput } from '../align';
import type { Topic } from './topics';
import type { PledgeReport } from './types';
import { assessPledges } from './verdicts';

export interface DatedInput extends DocumentInput {
  /** ISO date of the document; lets a later text's "decided in 2016" count as recalled, not new. */
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
  const alignment = alignTexts(source, target, options);
  const report = assessPledges({
    source: { units: alignment.source.clauses, language: alignment.source.language, ...(source.date ? { date: source.date } : {}) },
    target: { units: alignment.target.clauses, language: alignment.target.language, ...(target.date ? { date: target.date } : {}) },
    links: alignment.links,
    ...(options.topics ? { topics: options.topics } : {}),
  });
  return { ...alignment, ...report };
}
