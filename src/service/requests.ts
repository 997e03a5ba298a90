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
const METHOD_VERSION = '2026-12-03a';

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
  const hash = createHash('sha256');
  // Fed piece by piece: the same bytes as hashing the whole stable JSON text, without building 4 MB of it on the request thread.
  writeStableJson({ method: METHOD_VERSION, source, target, options }, (piece) => hash.update(piece));
  return hash.digest('hex');
}

/** JSON with every object's keys in sorted order and undefined members left out, written in pieces. */
function writeStableJson(value: unknown, write: (piece: string) => void): void {
  if (Array.isArray(value)) {
    write('[');
    value.forEach((item, i) => {
      if (i > 0) write(',');
      writeStableJson(item, write);
    });
    write(']');
    return;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    write('{');
    let first = true;
    for (const k of Object.keys(record).sort()) {
      if (record[k] === undefined) continue;
      write(`${first ? '' : ','}${JSON.stringify(k)}:`);
      first = false;
      writeStableJson(record[k], write);
    }
    write('}');
    return;
  }
  // An undefined array item is written as nothing, as the joined text had it.
  write(JSON.stringify(value) ?? '');
}
