/**
 * The stored resource's JSON text, built around the comparison's text as the
 * worker serialised it: the request thread serialises only what it adds (the
 * id, the date, the options, each document's title, dates and publisher), never
 * the megabytes of clauses and links. The text is the one
 * `JSON.stringify(resource)` would give for the same resource, key for key.
 */
import type { SizedComparison } from '../jobs';

/** What this thread adds before the documents, in the resource's order. */
export interface ResourceHead {
  readonly version: number;
  readonly id: string;
  readonly createdAt: string;
  readonly options: object;
}

/** What the caller said of a document, before the comparison's language and clauses. */
export interface DocumentHead {
  readonly title: string | null;
  readonly date: string | null;
  readonly inferredDate: object | null;
  readonly publisher: string | null;
}

/**
 * `{...a, ...b}` as JSON text from the texts of two objects whose keys differ:
 * b's keys after a's, as the spread lays them out.
 */
export function joinObjects(a: string, b: string): string {
  if (a === '{}') return b;
  if (b === '{}') return a;
  return `${a.slice(0, -1)},${b.slice(1)}`;
}

/** The resource's JSON and its UTF-8 bytes, counted from the worker's count and what is added here. */
export function resourceJson(head: ResourceHead, source: DocumentHead, target: DocumentHead, sized: SizedComparison): { json: string; bytes: number } {
  const top = JSON.stringify(head);
  const sourceHead = JSON.stringify(source);
  const targetHead = JSON.stringify(target);
  const json = joinObjects(
    `${top.slice(0, -1)},"source":${joinObjects(sourceHead, sized.sourceJson)},"target":${joinObjects(targetHead, sized.targetJson)}}`,
    sized.restJson,
  );
  // Every character but the worker's own text is in these pieces, or one of the ASCII keys and commas around them.
  const added = Buffer.byteLength(top) + Buffer.byteLength(sourceHead) + Buffer.byteLength(targetHead);
  const punctuation =
    json.length - top.length - sourceHead.length - targetHead.length - sized.sourceJson.length - sized.targetJson.length - sized.restJson.length;
  return { json, bytes: sized.bytes + added + punctuation };
}
