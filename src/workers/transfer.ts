/**
 * The same bytes as a Buffer, without a copy, for the APIs that take only Buffers: Express sends a plain Uint8Array as a
 * JSON object, and better-sqlite3 binds only a Buffer as a BLOB.
 */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The buffers a message may move rather than copy: a byte array that is the whole of its buffer, as the value itself or
 * one of its fields. A view into a larger buffer (a pooled Buffer) is left to be copied: moving it would take the rest of
 * the buffer away from whoever shares it.
 */
export function ownBuffers(value: unknown): ArrayBuffer[] {
  if (own(value)) return [value.buffer as ArrayBuffer];
  if (!value || typeof value !== 'object' || ArrayBuffer.isView(value)) return [];
  const buffers = new Set<ArrayBuffer>();
  for (const field of Object.values(value)) if (own(field)) buffers.add(field.buffer as ArrayBuffer);
  return [...buffers];
}

/** Whether bytes are the whole of their buffer: moving them takes nothing from anyone, and a clone copies no more than them. */
const own = (v: unknown): v is Uint8Array => v instanceof Uint8Array && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength;

/**
 * The same bytes in a buffer of their own: as they are when they already are, else copied (a Buffer#slice or a small
 * pooled Buffer is a view into a shared 8 KB slab, which a clone would copy whole and a transfer would take away).
 */
export function ownBytes(bytes: Uint8Array): Uint8Array {
  // A plain Uint8Array either way, whatever subclass came in (a Buffer), as the stores promise.
  return own(bytes) ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : new Uint8Array(bytes);
}
