/**
 * The house's rooms and which way imports may point. A room (a folder under
 * src/, or a top-level file) may import only rooms of a lower layer; no file
 * may reach itself through its imports. Type-only imports, `require` and
 * `import()` count: a type pulled from a higher layer ties the two as surely
 * as a value.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SRC = resolve(__dirname, '..', '..', 'src');

/** Lowest first. Rooms in one layer do not import each other. */
const LAYERS: readonly (readonly string[])[] = [
  ['text', 'errors', 'limits', 'result'],
  ['config', 'workers'],
  ['similarity', 'extract'],
  ['align'],
  ['pledges'],
  ['resource'],
  ['report'],
  ['store'],
  ['jobs'],
  ['service'],
  ['examples', 'web'],
  ['http', 'commands'],
  ['cli', 'server', 'index'],
];
const RANK = new Map(LAYERS.flatMap((rooms, rank) => rooms.map((room) => [room, rank] as const)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const roomOf = (file: string): string => relative(SRC, file).split('/')[0]!.replace(/\.ts$/u, '');

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
}

const files = sourceFiles(SRC);
const imports = new Map(
  files.map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    return [file, importedFiles.flatMap(({ fileName }) => resolveImport(file, fileName) ?? [])] as const;
  }),
);

describe('the layers of src/', () => {
  it('places every room in a layer', () => {
    expect([...new Set(files.map(roomOf))].filter((room) => !RANK.has(room))).toEqual([]);
  });

  it('has no import from a room to one of its own layer or a higher one', () => {
    const upward = [...imports].flatMap(([file, targets]) =>
      targets
        .filter((target) => roomOf(target) !== roomOf(file) && RANK.get(roomOf(target))! >= RANK.get(roomOf(file))!)
        .map((target) => `${relative(SRC, file)} → ${relative(SRC, target)}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no import cycle between files', () => {
    // Depth-first search; a file met again while still on the path closes a cycle.
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]): void => {
      state.set(file, 'open');
      for (const next of imports.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), file, next].map((f) => relative(SRC, f)).join(' → '));
        else if (!state.has(next)) visit(next, [...path, file]);
      }
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('reads stored alignments through their schema, never by a cast', () => {
    const casts = files.filter((file) => /\bas\s+(?:Frozen<\s*)?Alignment(?:Resource)?\b/u.test(readFileSync(file, 'utf8'))).map((f) => relative(SRC, f));
    expect(casts).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    // The check above is only as good as its resolver: it must see type-only, dynamic and index imports.
    const resolved = (file: string): string[] => (imports.get(join(SRC, file)) ?? []).map((f) => relative(SRC, f));
    expect(resolved('align/align.ts')).toEqual(expect.arrayContaining(['similarity/model.ts', 'text/index.ts']));
    expect(resolved('pledges/grammar/reader.ts')).toContain('pledges/types.ts'); // `import type`
    expect(resolved('pledges/grammar/tagger.ts')).toEqual([]); // only packages
    expect(files.length).toBeGreaterThan(100);
  });
});
