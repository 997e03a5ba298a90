import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** As the archive declares it: a zip bomb may lie, so this bounds work only together with the worker's limits. */
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record sits in the last 22 bytes plus a comment of at most 64 KiB. */
const EOCD_SEARCH = 22 + 0xffff;
/** More entries than any real document has; a forged count must not make us loop for long. */
const MAX_ENTRIES = 10_000;

/**
 * Lists a zip archive's entries from its central directory, or returns null
 * when the archive is damaged. Reads no entry data.
 */
export function listZip(buf: Buffer): ZipEntry[] | null {
  const from = Math.max(0, buf.length - EOCD_SEARCH);
  let end = -1;
  for (let i = buf.length - 22; i >= from; i -= 1) {
    if (buf.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = buf.readUInt16LE(end + 10);
  let offset = buf.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < Math.min(count, MAX_ENTRIES); n += 1) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== CENTRAL) return null;
    const nameLength = buf.readUInt16LE(offset + 28);
    const skip = nameLength + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > buf.length) return null;
    entries.push({
      name: buf.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: buf.readUInt16LE(offset + 10),
      encrypted: (buf.readUInt16LE(offset + 8) & 1) === 1,
      compressedSize: buf.readUInt32LE(offset + 20),
      size: buf.readUInt32LE(offset + 24),
      localOffset: buf.readUInt32LE(offset + 42),
    });
    offset += 46 + skip;
  }
  return entries;
}

/**
 * Reads one small entry (stored or deflated), or null when it is missing,
 * damaged or would inflate past `maxSize` bytes.
 */
export function readZipEntry(buf: Buffer, name: string, maxSize: number): Buffer | null {
  const entry = listZip(buf)?.find((e) => e.name === name);
  if (!entry || entry.encrypted || entry.size > maxSize) return null;
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) return null;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return data;
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: maxSize });
  } catch {
    return null;
  }
  return null;
}
