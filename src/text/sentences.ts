import { isSpaceCode } from './chars';
import type { LanguageProfile } from './languages';
import { Nesting } from './nesting';
import type { Span } from './types';

/** Terminators, and the quotes and brackets Nesting follows: all splitSentences must stop at. */
const INTERESTING = /[.!?\u2026\u203c\u2047-\u2049"()[\]\u00ab\u00bb\u201c\u201d\u201e]/g;
const isTerminator = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203c || (c >= 0x2047 && c <= 0x2049);
// “ and ‘ close German „…“ and ‚…‘ quotes.
const CLOSERS = new Set(['"', '”', '“', '’', '‘', "'", '»', ')', ']']);
/** “ and ‘ close German quotes but open English ones: right after a full stop they never open one. */
const isOpenerToo = (char: string | undefined): boolean => char === '“' || char === '‘';
/** French sets » off with a (no-break) space: « Nous agirons. » */
const isQuoteSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f;
const isCloser = (char: string | undefined): boolean => char !== undefined && CLOSERS.has(char);
/** What may start a new sentence: a capital, a digit, an opening quote or bracket. */
const SENTENCE_START = /[\p{Lu}\p{Lt}\p{N}"“„«‘'([¿¡]/u;
const WORD_CHAR = /[\p{L}.]/u;
/** How far back a dot looks for the abbreviation it may end: no abbreviation is longer. */
const MAX_ABBREVIATION = 12;

/**
 * Splits `text[start, end)` into sentence spans, in one left-to-right pass.
 * Every step looks at most a fixed distance back, so the cost is linear in
 * the length of the span whatever the text is.
 *
 * @example
 * splitSentences('Mr. Valls spoke. He left.', 0, 25, PROFILES.en)
 * // [{ start: 0, end: 16 }, { start: 17, end: 25 }]
 */
export function splitSentences(text: string, start: number, end: number, profile: LanguageProfile): Span[] {
  const spans: Span[] = [];
  const nesting = new Nesting();
  let sentenceStart = start;
  let i = start;
  // The scan runs over the span alone: over the whole text, a span with nothing in it that matters would
  // send the regex to the end of the document, once per span — quadratic on a long list of short items.
  const span = text.slice(start, end);
  while (i < end) {
    // Jump to the next character that matters — a terminator, a quote or a bracket — with the regex engine's scan.
    INTERESTING.lastIndex = i - start;
    const found = INTERESTING.exec(span);
    if (found === null) break;
    i = found.index + start;
    const code = text.charCodeAt(i);
    if (!isTerminator(code)) {
      nesting.feed(text[i] as string, i, i > start ? (text[i - 1] as string) : '');
      i += 1;
      continue;
    }
    let after = i + 1;
    while (after < end && isTerminator(text.charCodeAt(after))) after += 1;
    let spaced = after;
    while (spaced < end && spaced - after < 3 && isQuoteSpace(text.charCodeAt(spaced))) spaced += 1;
    if (spaced > after && text[spaced] === '»') after = spaced;
    while (after < end && isCloser(text[after])) {
      const closer = text[after] as string;
      if (!isOpenerToo(closer) || nesting.wouldClose(closer)) nesting.feed(closer, after, text[after - 1] as string);
      after += 1;
    }
    if (after < end && !isSpaceCode(text.charCodeAt(after))) {
      i = after;
      continue;
    }
    let next = after;
    while (next < end && isSpaceCode(text.charCodeAt(next))) next += 1;
    if (next < end && nesting.atTopLevel(after) && endsSentence(text, start, i, after, next, profile)) {
      pushTrimmed(spans, text, sentenceStart, after);
      sentenceStart = next;
    }
    i = next;
  }
  pushTrimmed(spans, text, sentenceStart, end);
  return spans;
}

/** Decides a candidate end: terminator run at [dot, after), next sentence would start at `next`. */
function endsSentence(text: string, floor: number, dot: number, after: number, next: number, profile: LanguageProfile): boolean {
  const following = text[next] as string;
  if (!SENTENCE_START.test(following)) return false;
  // Only a single full stop can be an abbreviation's; "?", "!" and "..." before a capital end the sentence.
  if (text[dot] !== '.' || after - dot > 1 + countClosers(text, dot + 1, after)) return true;
  if (profile.ordinalDot && isOrdinal(text, floor, dot)) return false;
  const word = wordBefore(text, floor, dot);
  if (word === '') return true;
  // Spaced abbreviations: the "z." of "z. B.", the "u." of "u. a.".
  if (/^\p{Ll}$/u.test(word) && /^\p{L}\./u.test(text.slice(next, next + 2))) return false;
  // An initial: "J. Smith". A capital glued to a number ("towards 6G.", "room 4B.") is no initial.
  if (/^\p{Lu}$/u.test(word) && !/\p{N}/u.test(text[dot - 2] ?? '')) return false;
  const lower = word.toLowerCase();
  if (profile.abbreviations.has(lower)) return false;
  if (profile.numberAbbreviations.has(lower) && /\p{N}/u.test(following)) return false;
  return true;
}

/** "am 1. Februar": one to three digits standing alone before the dot. */
function isOrdinal(text: string, floor: number, dot: number): boolean {
  let k = dot;
  while (k > floor && dot - k < 4 && isDigitCode(text.charCodeAt(k - 1))) k -= 1;
  const digits = dot - k;
  return digits >= 1 && digits <= 3 && (k === floor || !/[\p{L}\p{N}]/u.test(text[k - 1] as string));
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

function countClosers(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k += 1) if (isCloser(text[k])) count += 1;
  return count;
}

/** The word (letters and inner dots) that ends right before `dot`, looking back a bounded distance. */
function wordBefore(text: string, floor: number, dot: number): string {
  let k = dot;
  const limit = Math.max(floor, dot - MAX_ABBREVIATION - 1);
  while (k > limit && WORD_CHAR.test(text[k - 1] as string)) k -= 1;
  if (k === limit && k > floor && WORD_CHAR.test(text[k - 1] as string)) return ''; // too long to be an abbreviation
  return text.slice(k, dot).replace(/^\.+/, '');
}

/** Appends [from, to) without its surrounding white space, if anything is left. */
export function pushTrimmed(spans: Span[], text: string, from: number, to: number): void {
  const span = trimSpan(text, from, to);
  if (span.end > span.start) spans.push(span);
}

/**
 * Shrinks [from, to) past white space at both ends.
 *
 * @example
 * trimSpan('  a b ', 0, 6) // { start: 2, end: 5 }
 */
export function trimSpan(text: string, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start += 1;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end -= 1;
  return { start, end };
}
