import { join } from 'node:path';
import { regexLiterals, superLinear } from './regex-scan';

/**
 * Every regular expression written in src/ is held to linear time on
 * adversarial input: pumped runs of one or two characters with a breaking end,
 * the shapes that make a backtracking engine retry from every position. A
 * pattern whose time grows more than 2.5× when its input doubles (twice in a
 * row, least of three runs) fails, with the input that shows it.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  // Only ever run on `text.slice(at - LOOK_BACK, at)`, a dozen characters: bounded whatever it does.
  'src/text/dates.ts': '/\\p{L}+\\.?\\s$/u',
};

describe('text-processing regular expressions', () => {
  const found = regexLiterals(join(__dirname, '../../src'));

  test('there are many, so the scan sees the source tree; and it catches the patterns that froze uploads', () => {
    expect(found.length).toBeGreaterThan(100);
    // What normalised uploads (80,000 spaces: 13 s) and joined PDF lines (one 80,000-letter line: seconds) before.
    expect(superLinear(/[ \t\u00a0]+$/gm)).not.toEqual([]);
    expect(superLinear(/^\n+|\s+$/g)).not.toEqual([]);
    expect(superLinear(/([\p{L}]+)[-\u2010\u00ad]$/u)).not.toEqual([]);
  });

  test('none grows worse than linearly on pumped adversarial input', () => {
    const slow: string[] = [];
    for (const { where, regex } of found) {
      const file = where.replace(/:\d+$/, '');
      if (ALLOWED[file] === String(regex)) continue;
      const bad = superLinear(regex);
      if (bad.length > 0)
        slow.push(
          `${where} ${String(regex)} on ${JSON.stringify(bad[0]!.pump)}×n + ${JSON.stringify(bad[0]!.end)}: ${bad[0]!.ms.map((ms) => ms.toFixed(1)).join(' → ')} ms`,
        );
    }
    expect(slow).toEqual([]);
  }, 120_000);
});
