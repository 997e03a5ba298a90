/**
 * A request's key finds the result stored for the same request. The digests below were made by the key as it was first
 * written (the whole stable JSON text hashed at once); the key now hashes it in pieces, and a change of digest would
 * quietly stop every stored result from being found again.
 */
import { requestKey } from '../../src/service/requests';

describe('the request key', () => {
  test.each([
    [{ text: 'a' }, { text: 'b' }, {}, '3f1b566756eccf2a46bc5c27eaa5f9dc94132c48eb662d191aca5228403e6ce7'],
    [
      { text: 'Liège “x” \n\u0001', title: 'T', date: '2021-01-02', language: 'fr' },
      { text: 'b', publisher: 'P', title: undefined },
      { monotone: true, topics: [{ label: 'x', terms: ['a', 'b'] }], threshold: 0.3 },
      '79e12a41d1412a5a538319eacb6b85a2da7d759baf3938e28c30ceaa806e4284',
    ],
    [{ text: 'a' }, { text: 'b' }, { topics: [] }, '055e07768e1b1a9c8fd8fa9d3bd411bd7a3972e269f1996635ec30c0192c492d'],
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
