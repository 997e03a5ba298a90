/**
 * The stored resource's JSON text, as UTF-8 bytes, built around the comparison's
 * bytes as the worker serialised them: the request thread serialises only what it
 * adds (the id, the date, the options, each document's title, dates and
 * publisher) and copies the rest once, never holding the megabytes of clauses
 * and links as a string. The text is the one `JSON.stringify(resource)` would
 * give for the same resource, key for key.
 */
import type { SizedComparison, SizedTraces } from '../jobs';

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

const EMPTY_OBJECT_BYTES = 2;

/**
 * The pieces of `{...a, ...b}` as JSON text, from the text of `a` and the UTF-8 text of `b`, two objects whose keys
 * differ: b's keys after a's, as the spread lays them out.
 */
export function joinObjects(a: string, b: Uint8Array): Array<string | Uint8Array> {
  if (a === '{}') return [b];
  if (b.byteLength === EMPTY_OBJECT_BYTES) return [a];
  return [`${a.slice(0, -1)},`, b.subarray(1)];
}

/** Pieces of text and bytes as one UTF-8 text, copied once. */
const joined = (pieces: ReadonlyArray<string | Uint8Array>): Uint8Array =>
  Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));

/** The resource's JSON text as UTF-8 bytes. */
export function resourceJson(head: ResourceHead, source: DocumentHead, target: DocumentHead, sized: SizedComparison): Uint8Array {
  const { json, targetAt, restAt } = sized;
  const top = JSON.stringify(head);
  const pieces: Array<string | Uint8Array> = [
    `${top.slice(0, -1)},"source":`,
    ...joinObjects(JSON.stringify(source), json.subarray(0, targetAt)),
    ',"target":',
    ...joinObjects(JSON.stringify(target), json.subarray(targetAt, restAt)),
  ];
  // The rest's members after the resource's own, as `{...resource, ...rest}`.
  const rest = json.subarray(restAt);
  pieces.push(...(rest.byteLength === EMPTY_OBJECT_BYTES ? ['}'] : [',', rest.subarray(1)]));
  return joined(pieces);
}

/** What the caller said of a traced document, before its language and clauses. */
export interface TracedHead {
  readonly title: string | null;
  readonly publisher: string | null;
  readonly date: string | null;
  readonly inferredDate: object | null;
}

/** A trace's JSON text as UTF-8 bytes: `{"documents":[{...head, ...document}, …],"trajectories":[…]}`. */
export function traceJson(heads: readonly TracedHead[], sized: SizedTraces): Uint8Array {
  const { json, documentsAt, trajectoriesAt } = sized;
  const pieces: Array<string | Uint8Array> = ['{"documents":['];
  heads.forEach((head, i) => {
    if (i > 0) pieces.push(',');
    pieces.push(...joinObjects(JSON.stringify(head), json.subarray(documentsAt[i], documentsAt[i + 1] ?? trajectoriesAt)));
  });
  pieces.push('],"trajectories":', json.subarray(trajectoriesAt), '}');
  return joined(pieces);
}
