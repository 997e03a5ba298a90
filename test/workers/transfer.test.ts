import { asBuffer, ownBuffers } from '../../src/workers/transfer';

describe('the buffers a message moves', () => {
  test('a byte array that is its whole buffer, alone or as a field, moves; a view into a shared one is copied', () => {
    const own = new Uint8Array(8);
    const pooled = Buffer.from('small');
    expect(ownBuffers(own)).toEqual([own.buffer]);
    expect(ownBuffers({ json: own, targetAt: 3, restAt: 5 })).toEqual([own.buffer]);
    expect(ownBuffers({ a: own, b: own })).toEqual([own.buffer]);
    expect(pooled.byteLength).toBeLessThan(pooled.buffer.byteLength);
    expect(ownBuffers(pooled)).toEqual([]);
    expect(ownBuffers({ json: new Uint8Array(own.buffer, 2, 4) })).toEqual([]);
    expect(ownBuffers('text')).toEqual([]);
    expect(ownBuffers(null)).toEqual([]);
    expect(ownBuffers(new Float64Array(2))).toEqual([]);
  });

  test('a Buffer over the same bytes, not a copy of them', () => {
    const bytes = new Uint8Array([1, 2, 3, 4]).subarray(1, 3);
    const buffer = asBuffer(bytes);
    expect(Buffer.isBuffer(buffer)).toBe(true);
    expect([...buffer]).toEqual([2, 3]);
    bytes[0] = 9;
    expect(buffer[0]).toBe(9);
  });
});
