import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockNames, figureBlocks, withFigures } from '../scripts/readme/figures';

const README = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

describe('the README’s figures', () => {
  test('are exactly what npm run readme-figures prints from the stored results', () => {
    // On failure: run `npm run readme-figures` and read the diff it makes.
    expect(README).toBe(withFigures(README));
  });

  test('every block the script makes is in the README, once', () => {
    expect(blockNames(README).sort()).toEqual(Object.keys(figureBlocks()).sort());
  });

  test('a changed figure in a block is caught', () => {
    const tampered = README.replace(/(<!-- figures:similarity -->[\s\S]*?F1 )0\.\d+/, '$10.999');
    expect(tampered).not.toBe(README);
    expect(withFigures(tampered)).toBe(README);
  });

  test('the README says plainly which targets are not met', () => {
    const unmet = figureBlocks().unmet;
    expect(README).toContain(unmet);
    if (!unmet.startsWith('Every target')) expect(README).toMatch(/## What is not met yet/);
  });
});
