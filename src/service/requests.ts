/** What the service makes of a request before any work: the date a document is compared as of, and the key a result is reused by. */
import { createHash } from 'node:crypto';
import type { CompareOptions, DatedInput } from '../pledges';
import { inferDate, type InferredDate } from '../text';

/** A document as a caller sends it: text, and optionally its date, language, title and publisher. */
export interface DocumentRequest extends DatedInput {
  readonly title?: string;
  readonly publisher?: string;
}

/**
 * Bumped whenever the same request would now give different links or verdicts, so a
 * stored result from an older method is not handed back as the answer to a new request.
 */
const METHOD_VERSION = '2026-12-02b';

/**
 * A document without a date is compared as of the date its title or opening lines name:
 * verdicts read years and yearless dates against it, and without one the seed pair
 * counted two more new pledges than with its dates given.
 */
export function withDate(document: DocumentRequest): { input: DocumentRequest; inferred: InferredDate | null } {
  if (document.date) return { input: document, inferred: null };
  const inferred = inferDate(document.text, document.title) ?? null;
  return { input: inferred ? { ...document, date: inferred.date } : document, inferred };
}

/** Same texts, titles, dates, languages and options → same key; key order in the request does not matter. */
export function requestKey(source: DocumentRequest, target: DocumentRequest, options: CompareOptions): string {
  return createHash('sha256')
    .update(stableJson({ method: METHOD_VERSION, source, target, options }))
    .digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}
