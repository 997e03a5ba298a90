/**
 * The buffers a message may move rather than copy: a byte array that is the whole of its buffer, as the value itself or
 * one of its fields. A view into a larger buffer (a pooled Buffer) is left to be copied: moving it would take the rest of
 * the buffer away from whoever shares it.
 */
export function ownBuffers(value: unknown): ArrayBuffer[] {
  const own = (v: unknown): v is Uint8Array => v instanceof Uint8Array && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength;
  if (own(value)) return [value.buffer as ArrayBuffer];
  if (!value || typeof value !== 'object' || ArrayBuffer.isView(value)) return [];
  const buffers = new Set<ArrayBuffer>();
  for (const field of Object.values(value)) if (own(field)) buffers.add(field.buffer as ArrayBuffer);
  return [...buffers];
}
