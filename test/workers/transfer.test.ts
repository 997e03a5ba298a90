import { ownBuffers } from '../../src/workers/transfer';

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
});
