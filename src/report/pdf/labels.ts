import type { ReportDocument, ReportModel } from '../model';

/**
 * What a document is called in column headers and captions: its year when
 * it has a dated ISO date ("2016"), else its role, so two documents from one
 * year still read apart ("source", "target").
 *
 * @example
 * docLabel(model.source, model.target, 'source') // "2016"
 */
export function docLabel(doc: ReportDocument, other: ReportDocument, role: 'source' | 'target'): string {
  const year = (d: ReportDocument) => (d.date && /^\d{4}/.test(d.date) ? d.date.slice(0, 4) : null);
  const mine = year(doc);
  return mine && mine !== year(other) ? mine : role;
}

/** Both labels of a model at once. */
export function labels(model: ReportModel): { source: string; target: string } {
  return { source: docLabel(model.source, model.target, 'source'), target: docLabel(model.target, model.source, 'target') };
}

/** A confidence as people read it, two decimals. */
export const confidenceText = (c: number): string => c.toFixed(2);

/** "2016" → "2016", "source" → "Source": column headers start with a capital. */
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * " (2016)" after a document's name, or nothing when the label is only its
 * role, which would read "Source document (source)".
 *
 * @example
 * `Source document${yearNote(labels(model).source)}` // "Source document (2016)"
 */
export const yearNote = (label: string): string => (label === 'source' || label === 'target' ? '' : ` (${label})`);
