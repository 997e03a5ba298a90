import { decodeText } from '../../src/extract/decode';

const latin1 = Buffer.from('Déclaration commune', 'latin1');

describe('decodeText and the charset a file declares', () => {
  test('a declared charset is used; a wrong declaration on valid UTF-8 still reads as UTF-8', () => {
    expect(decodeText(latin1, 'text/plain; charset=windows-1252')).toBe('Déclaration commune');
    expect(decodeText(Buffer.from('Déclaration'), 'text/plain; charset=x-no-such-thing')).toBe('Déclaration');
  });

  test('bytes neither in an unknown declared charset nor UTF-8: the refusal names the charset declared', () => {
    expect(() => decodeText(latin1, 'text/plain; charset=x-no-such-thing')).toThrow(/declares the charset "x-no-such-thing", which is not one we know/);
  });

  test('bytes invalid in a known declared charset and in UTF-8: the refusal says both', () => {
    // A lone low surrogate pair unit is not valid UTF-16BE, and 0xDC 0x00 is not valid UTF-8.
    expect(() => decodeText(Buffer.from([0xdc, 0x00]), 'text/plain; charset=utf-16be')).toThrow(/not valid utf-16be text, as it declares, nor UTF-8/);
  });

  test('undeclared invalid UTF-8 is refused as before', () => {
    expect(() => decodeText(latin1)).toThrow(/not valid UTF-8 text/);
  });
});
