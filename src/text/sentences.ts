import type { LanguageProfile } from './languages';
import { Nesting } from './nesting';
import type { Span } from './types';

const TERMINATOR = /[.!?\u2026\u203C\u2047-\u2049]/u;
const CLOSER = /["”’'»)\]]/u;
const SPACE = /\s/u;
/** What may start a new sentence: a capital, a digit, an opening quote or bracket. */
const SENTENCE_START = /[\p{Lu}\p{Lt}\p{N}"“„«‘'(\[¿¡]/u;
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
  while (i < end) {
    const char = text[i] as string;
    nesting.feed(char, i, i > start ? (text[i - 1] as string) : '');
    if (!TERMINATOR.test(char)) {
      i += 1;
      continue;
    }
    let after = i + 1;
    while (after < end && TERMINATOR.test(text[after] as string)) after += 1;
    while (after < end && CLOSER.test(text[after] as string)) {
      nesting.feed(text[after] as string, after, text[after - 1] as string);
      after += 1;
    }
    if (after < end && !SPACE.test(text[after] as string)) {
      i = after;
      continue;
    }
    let next = after;
    while (next < end && SPACE.test(text[next] as string)) next += 1;
    if (next < end && nesting.atTopLevel && endsSentence(text, start, i, after, next, profile)) {
      pushTrimmed(spans, text, sentenceStart, after);
      sentenceStart = next;
    }
    i = next;
  }
  pushTrimmed(spans, text, sentenceStart, end);
  return spans;
}

/** Decides a candidate end: terminator run at [dot, after), next sentence would start at `next`. */
function endsSentence(
  text: string,
  floor: number,
  dot: number,
  after: number,
  next: number,
  profile: LanguageProfile,
): boolean {
  const following = text[next] as string;
  if (!SENTENCE_START.test(following)) return false;
  // Only a single full stop can be an abbreviation's; "?", "!" and "..." before a capital end the sentence.
  if (text[dot] !== '.' || after - dot > 1 + countClosers(text, dot + 1, after)) return true;
  const word = wordBefore(text, floor, dot);
  if (word === '') return true;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  const lower = word.toLowerCase();
  if (profile.abbreviations.has(lower)) return false;
  if (profile.numberAbbreviations.has(lower) && /\p{N}/u.test(following)) return false;
  return true;
}

function countClosers(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k += 1) if (CLOSER.test(text[k] as string)) count += 1;
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
  while (start < end && SPACE.test(text[start] as string)) start += 1;
  while (end > start && SPACE.test(text[end - 1] as string)) end -= 1;
  return { start, end };
}
