import { diffWordsWithSpace } from 'diff';
import fc from 'fast-check';
import { wordDiff } from '../../src/align/diff';
import type { DiffPart } from '../../src/align/types';

/** What wordDiff returned when it called jsdiff: it must still return exactly that. */
function jsdiff(before: string, after: string): DiffPart[] | null {
  const changes = diffWordsWithSpace(before, after, { maxEditLength: 200, timeout: 10_000 });
  if (!changes) return null;
  return changes.map((c): DiffPart => (c.added ? { value: c.value, added: true } : c.removed ? { value: c.value, removed: true } : { value: c.value }));
}

const WORDS = [
  'the',
  'border',
  'checks',
  'controls',
  'Frontex',
  'à',
  'été',
  'co-operation',
  '2017',
  ',',
  '.',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\t',
  '’',
  '😀',
  'ß',
  '\u00a0',
  '\u2028',
  '\r',
  '×',
  'ǅ',
  'ˇ',
  '\ud800',
  '\u00ad',
];
const text = (maxLength: number): fc.Arbitrary<string> =>
  fc.tuple(fc.array(fc.constantFrom(...WORDS), { maxLength }), fc.constantFrom(' ', '')).map(([words, separator]) => words.join(separator));
const spaced = (maxLength: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...WORDS), { maxLength }).map((w) => w.join(' '));

describe('wordDiff', () => {
  test('gives exactly what jsdiff gives, on short texts', () => {
    fc.assert(
      fc.property(spaced(12), spaced(12), (a, b) => expect(wordDiff(a, b)).toEqual(jsdiff(a, b))),
      { numRuns: 2000 },
    );
  });

  test('gives exactly what jsdiff gives, with odd white space and joined tokens', () => {
    fc.assert(
      fc.property(text(20), text(20), (a, b) => expect(wordDiff(a, b)).toEqual(jsdiff(a, b))),
      { numRuns: 1000 },
    );
  });

  test('gives exactly what jsdiff gives on a text and its edit (moves, insertions, deletions)', () => {
    const edited = spaced(60).chain((a) =>
      fc.tuple(fc.constant(a), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...WORDS), fc.boolean()), { maxLength: 8 })).map(([base, edits]) => {
        const words = base.split(' ');
        for (const [at, word, insert] of edits) words.splice(at % (words.length + 1), insert ? 0 : 1, ...(insert ? [word] : []));
        return [base, words.join(' ')] as const;
      }),
    );
    fc.assert(
      fc.property(edited, ([a, b]) => expect(wordDiff(a, b)).toEqual(jsdiff(a, b))),
      { numRuns: 1000 },
    );
  });

  test('gives up where jsdiff gives up: beyond 200 token edits', () => {
    const words = (prefix: string, n: number): string => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');
    for (const [a, b] of [
      [words('a', 100), words('b', 100)],
      [words('a', 101), words('b', 100)],
      [words('a', 130), words('b', 70)],
      [`${words('a', 100)} same end`, `${words('b', 101)} same end`],
      [`same start ${words('a', 101)}`, `same start ${words('b', 101)}`],
    ] as const) {
      expect(wordDiff(a, b)).toEqual(jsdiff(a, b));
    }
    // Words that differ, spaces that match: n words a side cost 2n edits.
    expect(wordDiff(words('a', 100), words('b', 100))).not.toBeNull();
    expect(wordDiff(words('a', 101), words('b', 101))).toBeNull();
  });

  test('splits every character into tokens as jsdiff does', () => {
    const codes = [...Array.from({ length: 0x3100 }, (_, c) => c), 0xfeff, 0xd83d, 0xdc00, 0xffff];
    const differing = codes.filter((c) => {
      const x = String.fromCharCode(c);
      return [
        [`a${x}${x}b c`, `a${x}b c`],
        [`${x}a ${x}`, `b${x}${x} ${x}`],
      ].some(([a, b]) => JSON.stringify(wordDiff(a!, b!)) !== JSON.stringify(jsdiff(a!, b!)));
    });
    expect(differing).toEqual([]);
  });

  test('gives the same answer however slow the machine: it counts steps, not milliseconds', () => {
    const before = 'The ministers agreed to reinforce checks at the external borders of the Schengen area.';
    const after = 'The ministers agreed to strengthen controls at the outer frontiers of the Schengen zone, they said.';
    const expected = jsdiff(before, after);
    let now = 0;
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    try {
      expect(wordDiff(before, after)).toEqual(expected);
    } finally {
      clock.mockRestore();
    }
  });

  test('gives up in bounded time on long repetitive texts within 200 edits', () => {
    const words = Array.from({ length: 100_000 }, () => 'a');
    const before = words.join(' ');
    for (let i = 1; i < 100; i += 1) words.splice(i * 1000, 0, 'b');
    const started = performance.now();
    expect(wordDiff(before, words.join(' '))).toBeNull();
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('equal and empty texts', () => {
    for (const [a, b] of [
      ['', ''],
      ['', 'x y'],
      ['x y', ''],
      ['same text.', 'same text.'],
      [' ', ''],
    ] as const) {
      expect(wordDiff(a, b)).toEqual(jsdiff(a, b));
    }
  });
});
