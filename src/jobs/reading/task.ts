import type { ReadableDocument } from '../../pledges';

/** What crosses to a reading worker: each document's units reduced to what reading looks at. */
export interface ReadTask {
  readonly source: ReadableDocument;
  readonly target: ReadableDocument;
}

export function readTask(source: ReadableDocument, target: ReadableDocument): ReadTask {
  const slim = (doc: ReadableDocument): ReadableDocument => ({
    language: doc.language,
    units: doc.units.map((u) => ({ index: u.index, kind: u.kind, text: u.text, ...(u.lead === undefined ? {} : { lead: u.lead }) })),
  });
  return { source: slim(source), target: slim(target) };
}
