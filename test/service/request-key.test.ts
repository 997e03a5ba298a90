/**
 * A request's key finds the result stored for the same request. The digests below were made by the key as it was first
 * written (the whole stable JSON text hashed at once, method version 2026-12-03a); the key now hashes it in pieces, and a
 * change of digest would quietly stop every stored result from being found again. Only a new method version may change
 * them (on purpose: a result from an older method must not answer a new request), and then they are remade the first way.
 */
import { requestKey } from '../../src/service/requests';

describe('the request key', () => {
  test.each([
    [{ text: 'a' }, { text: 'b' }, {}, 'd3d1ec2a49291ec45fa9b37b242a3b73e27626f71ec1a0801f8e68d426451073'],
    [
      { text: 'Liège “x” \n\u0001', title: 'T', date: '2021-01-02', language: 'fr' },
      { text: 'b', publisher: 'P', title: undefined },
      { monotone: true, topics: [{ label: 'x', terms: ['a', 'b'] }], threshold: 0.3 },
      'b1ae1bac7864c38d8add6e9720fcd4e7c824f40f80f8e672796f88d26ff66902',
    ],
    [{ text: 'a' }, { text: 'b' }, { topics: [] }, 'f4a1f31d952ff7be92442d54529f6e0164143be000c6561ee0f3cc228ba32f4b'],
  ] as const)('is the digest it always was (%#)', (source, target, options, digest) => {
    expect(requestKey(source, target as never, options as never)).toBe(digest);
  });

  test('does not depend on the order of keys, and tells different texts apart', () => {
    const a = requestKey({ text: 'x', title: 't' }, { text: 'y' }, { monotone: true, threshold: 0.4 } as never);
    const b = requestKey({ title: 't', text: 'x' }, { text: 'y' }, { threshold: 0.4, monotone: true } as never);
    expect(a).toBe(b);
    expect(requestKey({ text: 'x' }, { text: 'y' }, {})).not.toBe(requestKey({ text: 'x' }, { text: 'y ' }, {}));
  });
});
