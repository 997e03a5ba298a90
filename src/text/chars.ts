/**
 * Character-class tests by code unit. The scanners call these once per
 * character, where a regular expression test costs several times more.
 */

/** Exactly the characters JavaScript's `\s` matches. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 5760 || (c >= 8192 && c <= 8202) || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}

/** Line terminators, including the form feed of extracted PDF text and Unicode's separators. */
export function isLineBreakCode(c: number): boolean {
  return c === 10 || c === 13 || c === 11 || c === 12 || c === 0x85 || c === 0x2028 || c === 0x2029;
}

const WORDISH = /[\p{L}\p{N}]/u;
/** Letters and digits of any script; ASCII answered without a regex. */
export function isWordCode(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORDISH.test(text[index] as string);
}
