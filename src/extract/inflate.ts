import { constants, inflateRawSync, inflateSync } from 'node:zlib';
import { PayloadTooLargeError } from '../errors';
import { listZip } from './zip';

/**
 * Decompressed sizes, counted before a parser sees the file: a few hundred
 * kilobytes of zip or PDF can inflate to gigabytes, and a worker's heap limit
 * does not cover the buffers a parser inflates into. Each part is inflated once,
 * here, with its output capped at what is left of the budget, then thrown away.
 */

const tooLarge = (what: string, budget: number): PayloadTooLargeError =>
  new PayloadTooLargeError(`the ${what} decompresses to more than ${budget} bytes; at most that much is read`);

/** Inflates `data` into at most `room` bytes; the size it inflates to, or undefined when the data is not a stream of this kind. */
function inflatedSize(data: Uint8Array, room: number, raw: boolean): number | undefined | 'over' {
  try {
    const options = { maxOutputLength: Math.max(1, room), finishFlush: constants.Z_SYNC_FLUSH };
    return (raw ? inflateRawSync(data, options) : inflateSync(data, options)).length;
  } catch (error) {
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'over' : undefined;
  }
}

/**
 * Refuses a DOCX whose parts (images aside, which are never read) decompress to
 * more than `budget` bytes: the sizes the archive declares first, then the real ones.
 */
export function checkDocxInflation(buf: Buffer, budget: number): void {
  const parts = (listZip(buf) ?? []).filter((e) => !e.name.startsWith('word/media/') && !e.name.endsWith('/'));
  if (parts.reduce((sum, e) => sum + e.size, 0) > budget) throw tooLarge('DOCX file', budget);
  let left = budget;
  for (const entry of parts) {
    if (entry.method !== 8 || entry.encrypted) continue;
    const at = entry.localOffset;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) continue;
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const size = inflatedSize(buf.subarray(start, start + entry.compressedSize), left + 1, true);
    if (size === 'over' || (size !== undefined && size > left)) throw tooLarge('DOCX file', budget);
    left -= size ?? 0;
  }
}

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
/** How far back from `stream` its dictionary is looked for. */
const DICT_WINDOW = 4096;

/**
 * Refuses a PDF whose Flate streams (images aside, which text extraction never
 * decodes) decompress to more than `budget` bytes. One left-to-right pass over
 * the file; a stream that does not inflate is left for pdf.js to judge.
 */
export function checkPdfInflation(buf: Buffer, budget: number): void {
  let left = budget;
  let from = 0;
  for (;;) {
    const at = buf.indexOf(STREAM, from);
    if (at < 0) return;
    from = at + STREAM.length;
    // `endstream` contains `stream`; only the keyword that opens data counts.
    if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') continue;
    let start = from;
    if (buf[start] === 0x0d) start += 1;
    if (buf[start] !== 0x0a) continue;
    start += 1;
    const end = buf.indexOf(END_STREAM, start);
    if (end < 0) return;
    from = end + END_STREAM.length;
    const head = buf.toString('latin1', Math.max(0, at - DICT_WINDOW), at);
    const dict = head.slice(head.lastIndexOf('obj') + 1);
    if (!/\/(?:FlateDecode|Fl)\b/.test(dict) || /\/Subtype\s*\/Image\b/.test(dict)) continue;
    const size = inflatedSize(buf.subarray(start, end), left + 1, false);
    if (size === 'over' || (size !== undefined && size > left)) throw tooLarge('PDF file', budget);
    left -= size ?? 0;
  }
}
