import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One regular-expression literal of the source tree, where it is written. */
export interface FoundRegex {
  readonly where: string;
  readonly regex: RegExp;
}

/** Every regex literal under `dir` (the TypeScript scanner finds them, so strings and comments are never mistaken for one). */
export function regexLiterals(dir: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) scan(path);
    }
  };
  const scan = (path: string): void => {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({ where: `${relative(join(__dirname, '../..'), path)}:${line}`, regex: new RegExp(text.slice(1, end), text.slice(end + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  };
  if (statSync(dir).isDirectory()) walk(dir);
  else scan(dir);
  return found;
}

/** The same pattern made to try every start position once, as a scan over a whole input does. */
export function scanning(regex: RegExp): RegExp {
  const flags = regex.flags.replace('y', '');
  return new RegExp(regex.source, flags.includes('g') ? flags : `${flags}g`);
}

/** Pumped pieces that make backtracking patterns work hard: runs of one class, alternations of two, then a character that breaks the match. */
export const PUMPS = [
  ' ',
  '\t',
  '\n',
  '\r\n',
  'a',
  'A',
  '1',
  '.',
  '-',
  ',',
  ';',
  ':',
  '*a',
  '_',
  '"',
  "'",
  '(',
  '<',
  '/',
  '#',
  'é',
  '\u00a0',
  'a ',
  'a-',
  'a.',
  '1.',
  'A. ',
  '- ',
  '<a>',
  '&amp;',
  'ab1',
  '\u00ad',
];
export const ENDS = ['', '!', '\u0000', 'a', '\n', '.'];

/** Milliseconds of one full scan of `input`, the least of `runs`. */
export function scanTime(regex: RegExp, input: string, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r += 1) {
    const started = performance.now();
    regex.lastIndex = 0;
    input.replace(regex, '');
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * The pumped inputs on which `regex` grows faster than linearly: screened at two
 * sizes, then confirmed by doubling twice (the least of three runs each), so a
 * pause of the machine cannot make a linear pattern look quadratic.
 */
export function superLinear(regex: RegExp, limitRatio = 2.5): Array<{ pump: string; end: string; ms: number[] }> {
  const re = scanning(regex);
  const bad: Array<{ pump: string; end: string; ms: number[] }> = [];
  for (const pump of PUMPS) {
    for (const end of ENDS) {
      const input = (n: number): string => `x${pump.repeat(n)}${end}`;
      const a = scanTime(re, input(500), 1);
      const b = scanTime(re, input(2000), 1);
      if (b < 1 || b / Math.max(a, 0.02) < 6) continue;
      const ms = [4000, 8000, 16000].map((n) => scanTime(re, input(n)));
      if (ms[2]! > 5 && ms[1]! / ms[0]! > limitRatio && ms[2]! / ms[1]! > limitRatio) {
        bad.push({ pump, end, ms });
        return bad;
      }
    }
  }
  return bad;
}
