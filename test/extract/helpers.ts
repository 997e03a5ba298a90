/** The words of a text, in order, without punctuation. */
export const words = (text: string): string[] => text.match(/[\p{L}\p{N}’']+/gu) ?? [];

/** True when every word of `expected` appears in `text` in the same order (other words may come between). */
export function inOrder(text: string, expected: string): boolean {
  const got = words(text);
  let at = 0;
  for (const w of words(expected)) {
    while (at < got.length && got[at] !== w) at += 1;
    if (at === got.length) return false;
    at += 1;
  }
  return true;
}

/** The paragraphs of extracted text, whitespace-normalised. */
export const paragraphs = (text: string): string[] => text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());

export const UNICODE_LINE = 'Élisabeth et André ont déclaré — enfin — que “la coopération” est l’objectif.';
