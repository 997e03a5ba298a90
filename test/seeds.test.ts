import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guessLanguage } from '../src/text';

interface SeedEntry {
  id: string;
  title: string;
  date: string;
  publisher: string;
  language: string;
  file: string;
}

const seedsDir = join(__dirname, '../seeds');
const index = JSON.parse(readFileSync(join(seedsDir, 'index.json'), 'utf8')) as SeedEntry[];

describe('seeds/index.json', () => {
  test('lists both seed documents under their original file names', () => {
    expect(index.map((s) => s.file).sort()).toEqual(['000_3d6fc5ffe27e3c96.txt', '004_8624e175269ec137.txt']);
  });

  test.each(index)('$file has its metadata, exists, and is in the language it claims', (seed) => {
    expect(seed.id).toBe(seed.file.replace(/\.txt$/, ''));
    expect(seed.title.length).toBeGreaterThan(10);
    expect(seed.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(seed.publisher).not.toBe('');
    expect(existsSync(join(seedsDir, seed.file))).toBe(true);
    expect(guessLanguage(readFileSync(join(seedsDir, seed.file), 'utf8')).language).toBe(seed.language);
  });
});
