import { SEGMENTERS } from '../../src/text';

/**
 * Each segmenter is held to linear time on whole documents built from pumped
 * pieces — the regex test checks patterns one by one, but a linear pattern run
 * from every item to the end of the text is quadratic all the same (a list of
 * 250,000 items with no stop took 180 s before the sentence scan kept to its
 * span). Eight times the input may take at most thirty times as long (a
 * quadratic step takes sixty-four; the slack absorbs garbage collection, which
 * grows with the number of units, and a busy machine), least of three runs;
 * inputs that stay under half a second are not judged.
 */
const PIECES = ['- x\n', '(', '"', 'a; ', 'Mr. ', '\n', 'a.\r\n', 'x, and said y z w ', '• item, and\n', '1. a\n', '“a” '];

function leastMs(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe.each(Object.values(SEGMENTERS))('segmenter $mode on pumped input', (segmenter) => {
  test.each(PIECES)(
    '%j repeated grows linearly',
    (piece) => {
      const ms = [25_000, 200_000].map((chars) => {
        const text = piece.repeat(Math.ceil(chars / piece.length));
        return leastMs(() => segmenter.segment(text, 'en'));
      });
      const quadratic = ms[1]! > 500 && ms[1]! / Math.max(ms[0]!, 1) > 30;
      expect({ piece, ms: ms.map((m) => Math.round(m)), quadratic }).toEqual({ piece, ms: expect.any(Array), quadratic: false });
    },
    60_000,
  );
});
