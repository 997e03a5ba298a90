/**
 * What each entry point loads, seen from a fresh Node process: the library's
 * core must not drag in the HTTP or PDF stacks, and `cli segment` must load
 * the text pipeline alone. A behavioural check (which modules end up in
 * require.cache), not a timing: timings live in bench/startup.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
// Not zod: the core parses its shipped evidence model with it.
const HEAVY = ['express', 'pdfkit', 'fontkit', 'pdfjs-dist', 'better-sqlite3', 'pino', 'helmet', 'multer'];

/** Runs `script` in a fresh process that can require the TypeScript sources; it answers with the modules it loaded. */
function loadedBy(script: string): { packages: string[]; sources: string[] } {
  const report = `
    const packages = new Set(), sources = [];
    for (const file of Object.keys(require.cache)) {
      const pkg = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\/(?!.*node_modules)/.exec(file);
      if (pkg) packages.add(pkg[1]); else if (file.startsWith(${JSON.stringify(`${ROOT}/src/`)})) sources.push(file);
    }
    process.stdout.write(JSON.stringify({ packages: [...packages], sources }));`;
  const out = execFileSync(process.execPath, ['--require', require.resolve('tsx/cjs'), '-e', `(async () => { ${script} })().then(() => { ${report} })`], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const parsed = JSON.parse(out) as { packages: string[]; sources: string[] };
  return { packages: parsed.packages.filter((p) => p !== 'tsx' && p !== 'esbuild'), sources: parsed.sources.map((f) => relative(ROOT, f)) };
}

describe('entry points', () => {
  it('loads neither the HTTP nor the PDF stack with the library core', () => {
    const { packages } = loadedBy(`require('./src/index.ts');`);
    expect(packages.filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  it('loads the text pipeline alone for `cli segment`', () => {
    const { packages, sources } = loadedBy(`
      const { runCli } = require('./src/commands/run.ts');
      const io = { stdout: () => {}, stderr: (t) => process.stderr.write(t), readFile: async () => 'The ministers met. They agreed.' };
      if ((await runCli(['segment', 'any.txt'], io)) !== 0) throw new Error('segment failed');`);
    expect(packages).toEqual([]);
    expect(sources.filter((f) => !/^src\/(?:text|commands|result\.ts)/u.test(f))).toEqual([]);
    expect(sources).not.toContain('src/commands/align.ts');
  });

  it('maps every subpath of package.json to a module of src/, for code and for types', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
      exports: Record<string, string | { types: string; default: string }>;
      typesVersions: { '*': Record<string, string[]> };
    };
    const source = (dist: string): string => dist.replace(/^\.?\/?dist\//u, 'src/').replace(/\.(?:d\.ts|js)$/u, '.ts');
    const missing = Object.entries(pkg.exports).flatMap(([subpath, target]) =>
      typeof target === 'string'
        ? []
        : [target.types, target.default, ...(pkg.typesVersions['*'][subpath.slice(2)] ?? [])]
            .map(source)
            .filter((f) => !existsSync(resolve(ROOT, f)))
            .map((f) => `${subpath} → ${f}`),
    );
    expect(missing).toEqual([]);
    expect(Object.keys(pkg.exports)).toEqual(expect.arrayContaining(['.', './text', './align', './similarity', './pledges', './report', './server']));
  });

  it('sees a heavy package when one is loaded', () => {
    // Without this, a check that never finds anything (a wrong path, an empty cache) would pass the two above.
    expect(loadedBy(`require('./src/http/index.ts');`).packages).toEqual(expect.arrayContaining(['express', 'zod']));
  });
});
