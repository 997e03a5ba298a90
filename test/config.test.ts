import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('takes VECTORS_FILE only when the file is there, and says which variable is wrong', () => {
    expect(loadConfig({ VECTORS_FILE: __filename })).toMatchObject({ ok: true, value: { vectorsFile: __filename } });
    expect(loadConfig({ VECTORS_FILE: '/nowhere/vectors.bin' })).toEqual({ ok: false, error: 'VECTORS_FILE: no file at /nowhere/vectors.bin' });
    const plain = loadConfig({});
    expect(plain.ok && plain.value).not.toHaveProperty('vectorsFile');
  });

  it('names the variable of a bad LOG_LEVEL rather than throwing', () => {
    expect(loadConfig({ LOG_LEVEL: 'loud' })).toMatchObject({ ok: false, error: expect.stringMatching(/^LOG_LEVEL: /) });
  });
});

describe('the environment', () => {
  it('is read in one place: the server hands process.env to loadConfig, and nothing else looks at it', () => {
    const src = join(__dirname, '..', 'src');
    const withoutDocComments = (file: string): string => readFileSync(join(src, file), 'utf8').replace(/^\s*(?:\/\*\*|\*).*$/gmu, '');
    const readers = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && /process\.env\b/u.test(withoutDocComments(file)),
    );
    expect(readers).toEqual(['server.ts']);
  });
});
