import { compareTexts } from '../../src/pledges';
import { scorePairs } from '../../src/similarity';

/** Names every JavaScript object answers to: a table kept in a plain object would find them where no entry was written. */
const MEMBERS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__proto__', '__defineGetter__', 'toLocaleString'];
const shapes = (w: string) => [w, `${w}n't`, `${w}n’t`, `(${w})`, `${w}s`, `${w.toUpperCase()}`, `${w}:`];

test.each(['en', 'fr', 'nl', 'de'] as const)('words named like object members are compared and read like any other words (%s)', (language) => {
  const words = MEMBERS.flatMap(shapes).join(' ');
  const source = `We will ${words} together. The ministers ${words} will meet again.`;
  const target = `The ministers met and ${words}. We ${words} did it.`;
  const result = compareTexts({ text: source, language }, { text: target, language });
  expect(result.source.clauses.length).toBeGreaterThan(0);
  expect(result.links.every((l) => l.score >= 0 && l.score <= 1)).toBe(true);
  const scored = scorePairs([[source, target]], { language, explain: true });
  expect(scored.scores[0]).toBeGreaterThanOrEqual(0);
});
