/**
 * Runs the `@example` blocks of src/: an example is code a reader may copy,
 * so it has to work and give what it says. Each block runs with its module's
 * exports (and its folder's index's) in scope; a statement followed by
 * `// <value>` (on its line or the next) asserts that it evaluates to that value. A block with nothing
 * to assert is a sketch that nothing checks, and fails here: write it as an
 * assertion or delete it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SRC = resolve(__dirname, '..', '..', 'src');

/** Folders other work was rewriting when this test was written; their examples go, or become runnable, when it lands. */
const NOT_YET = ['report/', 'web/', 'similarity/', 'align/', 'text/detect-language.ts', 'http/routes/'];

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The code of each `@example` tag: the rest of its line and the comment lines after it, up to the next tag or the comment's end. */
function examplesIn(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const examples: Example[] = [];
  lines.forEach((line, i) => {
    const start = /@example\b(.*)$/u.exec(line);
    if (!start) return;
    const code = [start[1]!.replace(/\*\/\s*$/u, '')];
    for (let j = i + 1; !/\*\//u.test(line) && j < lines.length && !/^\s*\*\//u.test(lines[j]!) && !/^\s*\*\s*@\w/u.test(lines[j]!); j += 1) {
      code.push(lines[j]!.replace(/^\s*\* ?/u, '').replace(/\*\/\s*$/u, ''));
      if (/\*\//u.test(lines[j]!)) break;
    }
    examples.push({ file, line: i + 1, code: code.join('\n').trim() });
  });
  return examples;
}

/** A trailing `// value` that reads as a plain value (a literal, an array or object of them), or undefined. */
function expectedValue(comment: string): { value: unknown } | undefined {
  const text = comment.replace(/^\/\/\s*/u, '').trim();
  if (text === '') return undefined;
  try {
    return { value: new Function(`return (${text});`)() };
  } catch {
    return undefined;
  }
}

/** The example as a script whose statements with a trailing `// value` call `check(actual, expected, line)`. */
function instrument(code: string): { script: string; assertions: number } {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  let script = '';
  let at = 0;
  let assertions = 0;
  for (const statement of source.statements) {
    // The value may also stand alone on the next line, for a long call.
    const comment = ts.getTrailingCommentRanges(code, statement.end)?.[0] ?? ts.getLeadingCommentRanges(code, statement.end)?.[0];
    const expected = comment && comment.kind === ts.SyntaxKind.SingleLineCommentTrivia ? expectedValue(code.slice(comment.pos, comment.end)) : undefined;
    if (!ts.isExpressionStatement(statement) || !expected) continue;
    const line = source.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
    const expression = statement.expression.getText(source);
    script += `${code.slice(at, statement.getStart())}check(await (${expression}), ${code.slice(comment!.pos + 2, comment!.end)}, ${line});`;
    at = statement.end;
    assertions += 1;
  }
  return { script: script + code.slice(at), assertions };
}

function scopeOf(file: string): Record<string, unknown> {
  const index = join(dirname(file), 'index.ts');
  const load = (path: string): Record<string, unknown> => require(path) as Record<string, unknown>;
  return { ...(file !== index && statSync(index, { throwIfNoEntry: false }) ? load(index) : {}), ...load(file) };
}

const examples = sourceFiles(SRC)
  .filter((file) => !NOT_YET.some((prefix) => relative(SRC, file).startsWith(prefix)))
  .flatMap(examplesIn);

/** Runs one example's code with `scope` in reach; answers the assertions it made and those that failed. */
async function runExample(code: string, scope: Record<string, unknown>): Promise<{ assertions: number; failures: string[] }> {
  const { script, assertions } = instrument(code);
  const js = ts.transpileModule(`(async () => {\n${script}\n})`, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None },
  }).outputText;
  const failures: string[] = [];
  const check = (actual: unknown, expected: unknown, line: number): void => {
    if (!equals(actual, expected)) failures.push(`line ${line}: got ${JSON.stringify(actual)}, the example says ${JSON.stringify(expected)}`);
  };
  const names = Object.keys(scope).filter((name) => /^[A-Za-z_$][\w$]*$/u.test(name));
  const run = new Function('check', ...names, `return (${js.trim().replace(/;$/u, '')})();`);
  await run(check, ...names.map((name) => scope[name]));
  return { assertions, failures };
}

describe('@example blocks in src/', () => {
  it('finds the examples it runs, and would see one go wrong', async () => {
    expect(examples.length).toBeGreaterThan(5);
    expect(await runExample('const two = add(1, 1);\ntwo // 3', { add: (a: number, b: number) => a + b })).toEqual({
      assertions: 1,
      failures: ['line 2: got 2, the example says 3'],
    });
  });

  it.each(examples.map((e) => [`${relative(SRC, e.file)}:${e.line}`, e] as const))('%s', async (_where, example) => {
    const { assertions, failures } = await runExample(example.code, scopeOf(example.file));
    if (assertions === 0) throw new Error('nothing to check: end a statement with `// <the value it gives>`, or delete the example');
    expect(failures).toEqual([]);
  });
});

/** Deep equality as jest's toEqual sees it, without failing the test at the first mismatch. */
function equals(actual: unknown, expected: unknown): boolean {
  try {
    expect(actual).toEqual(expected);
    return true;
  } catch {
    return false;
  }
}
