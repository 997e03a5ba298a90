import type { LanguageProfile } from './languages';
import { isWordCode } from './chars';
import { Nesting } from './nesting';
import { trimSpan } from './sentences';
import type { Span } from './types';

/** A clause span and, when it is one item of a list, the span of the words that introduce the list. */
export interface ClauseSpan extends Span {
  readonly lead?: Span;
  /**
   * `introducer`: the sentence itself introduces the list ("…: A; B; C") and
   * this lead beats any outer one; `inferred`: guessed from parallel wording or
   * the subject, and yields to the lead of an enclosing bulleted list.
   */
  readonly leadFrom?: 'introducer' | 'inferred';
}

interface Word extends Span {
  readonly lower: string;
}

/** One sentence under analysis: each list strategy reads it and answers clauses or "not mine". */
interface Sentence extends Span {
  readonly text: string;
  readonly skeleton: Skeleton;
  readonly profile: LanguageProfile;
}

/** Marks found at the top level of a sentence (outside quotes and brackets), in one pass. */
interface Skeleton {
  readonly words: Word[];
  readonly semicolons: number[];
  readonly commas: number[];
  readonly colon: number;
}

/** A list item shorter than this is probably a coordinated noun, not a pledge ("police, justice and …"). */
const MIN_ITEM_WORDS = 3;
/** "effective, including A, and must B" is not a list: a real inline list has an Oxford comma and three items. */
const MIN_LIST_ITEMS = 3;
/** How many words a subject may have before we stop looking for its verb. */
const MAX_SUBJECT_WORDS = 8;

/**
 * Cuts one sentence into clauses: semicolon series, lists introduced by a
 * colon or "including", and second predicates of one subject ("pledged to
 * … and called for …"). Items get the introducing words as `lead`.
 */
export function splitClauses(text: string, start: number, end: number, profile: LanguageProfile): ClauseSpan[] {
  // Most sentences hold no semicolon, colon, list introducer or second predicate: they are one clause, found without
  // building the skeleton (a word list per sentence was most of the cost of segmentation).
  if (!mayHoldClauses(text, start, end, profile)) return [{ start, end }];
  const sentence: Sentence = { text, start, end, skeleton: scanSkeleton(text, start, end), profile };
  return semicolonSeries(sentence) ?? introducedList(sentence) ?? coordinatedPredicates(sentence) ?? [{ start, end }];
}

/**
 * Could any clause strategy cut this sentence? A superset of their triggers,
 * tested on the raw text: a semicolon or colon anywhere (in quotes too), a
 * list introducer, or a conjunction before a verb of a second predicate.
 * When it says no, every strategy would have found nothing.
 */
function mayHoldClauses(text: string, start: number, end: number, profile: LanguageProfile): boolean {
  // On the sentence alone: a search from `start` through the rest of the text would make segmentation quadratic.
  const sentence = text.slice(start, end);
  return sentence.includes(';') || sentence.includes(':') || triggersOf(profile).test(sentence);
}

const TRIGGERS = new WeakMap<LanguageProfile, RegExp>();
/** `s` as a regular expression that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern per language for its introducers and its "conjunction + second-predicate verb" pairs, words apart by
 * anything. When every word is ASCII, ASCII word edges do (\\b is much faster than Unicode look-arounds): they
 * only ever find more, never fewer, of what the skeleton would find.
 */
function triggersOf(profile: LanguageProfile): RegExp {
  let re = TRIGGERS.get(profile);
  if (!re) {
    const words = [...profile.listIntroducers, ...profile.conjunctions, ...profile.coordinatedVerbs];
    const ascii = words.every((w) => /^[\x20-\x7e]*$/u.test(w));
    const gap = ascii ? '[^A-Za-z0-9]+' : '[^\\p{L}\\p{N}]+';
    const phrases = [
      ...profile.listIntroducers.map((p) => p.split(' ').map(escapeRegExp).join(gap)),
      `(?:${profile.conjunctions.map((c) => c.split(' ').map(escapeRegExp).join(gap)).join('|')})${gap}(?:${[...profile.coordinatedVerbs].map(escapeRegExp).join('|')})`,
    ];
    re = ascii ? new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'i') : new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    TRIGGERS.set(profile, re);
  }
  return re;
}

/**
 * What the skeleton reads: a word (letters and digits, with the single hyphens and apostrophes inside it:
 * "co-operation", "citizens’") or one mark — a separator or a quote or bracket. Everything else is skipped in one
 * step by the regex engine, which is several times faster than testing each character. Letters outside the Basic
 * Multilingual Plane are not word characters, as isWordCode (one code unit at a time) has always said.
 */
// Built from a string: the v flag (set intersection) runs on Node 20, but the compiler's ES2023 target refuses the literal.
// biome-ignore lint/complexity/useRegexLiterals: the literal is what the compiler refuses
const WORD_OR_MARK = new RegExp(
  String.raw`[[\p{L}\p{N}]&&[\0-\uffff]]+(?:[\-’'][[\p{L}\p{N}]&&[\0-\uffff]]+)*|[;,:"\(\)\[\]\u00ab\u00bb\u201c\u201d\u201e]`,
  'gv',
);

function scanSkeleton(text: string, start: number, end: number): Skeleton {
  const nesting = new Nesting();
  const words: Word[] = [];
  const semicolons: number[] = [];
  const commas: number[] = [];
  let colon = -1;
  // One character past the end: a hyphen just before the end joins the word only if a letter follows it.
  const sentence = text.slice(start, Math.min(text.length, end + 1));
  const lower = lowerCaseInPlace(sentence);
  WORD_OR_MARK.lastIndex = 0;
  for (let found = WORD_OR_MARK.exec(sentence); found !== null && found.index < end - start; found = WORD_OR_MARK.exec(sentence)) {
    const i = start + found.index;
    const code = text.charCodeAt(i);
    if (found[0].length > 1 || isWordCode(text, i)) {
      if (!nesting.atTopLevel(i)) continue;
      const to = Math.min(end, i + found[0].length);
      words.push({ start: i, end: to, lower: lower === undefined ? text.slice(i, to).toLowerCase() : lower.slice(i - start, to - start) });
    } else if (Nesting.mattersCode(code)) {
      nesting.feed(text[i] as string, i, i > start ? (text[i - 1] as string) : '');
    } else if (nesting.atTopLevel(i)) {
      if (code === 59) semicolons.push(i);
      else if (code === 44) commas.push(i);
      else if (colon < 0 && !isWordCode(text, i + 1) && text[i + 1] !== '/') colon = i; // not 9:30, not https://
    }
  }
  return { words, semicolons, commas, colon };
}

/**
 * The sentence lower-cased once, when each word's lower case is the same slice of it: not when lower-casing changes
 * a length ("İ") or depends on what follows the word (Greek final sigma).
 */
function lowerCaseInPlace(sentence: string): string | undefined {
  const lower = sentence.toLowerCase();
  return lower.length === sentence.length && !sentence.includes('Σ') ? lower : undefined;
}

/**
 * "A; B; and C" → A, B, C. A colon before the first semicolon introduces the
 * series, and the words up to it become a unit of their own as well as each
 * item's lead — unless what follows the colon is a sentence whose series
 * continues it ("Working Group 6: The group is tasked to combat …; explore
 * …; and increase …"), where the later items continue that sentence.
 */
function semicolonSeries(sentence: Sentence): ClauseSpan[] | undefined {
  const { text, start, end, skeleton, profile } = sentence;
  const { semicolons, colon } = skeleton;
  if (semicolons.length === 0) return undefined;
  const first = semicolons[0] as number;
  const afterColon = colon >= 0 && colon < first ? trimSpan(text, colon + 1, first) : undefined;
  // Items that go on in lower case, without a subject of their own ("…; explore …; and increase …"), continue the clause before them.
  const continuations = semicolons.every((s) => {
    const item = skipConjunction(text, trimSpan(text, s + 1, end), profile);
    return startsLowercase(text, item) && !profile.finiteSubjects.has(firstWordOf(text, item));
  });
  const introduced = afterColon !== undefined && !(startsUppercase(text, afterColon) && continuations);
  const lead = introduced ? trimSpan(text, start, colon + 1) : undefined;
  const bounds = [introduced ? colon + 1 : start, ...semicolons.map((s) => s + 1)];
  const parts = bounds.map((from, k) => {
    const to = k + 1 < bounds.length ? (semicolons[k] as number) : end;
    return k === 0 ? trimSpan(text, from, to) : skipConjunction(text, trimSpan(text, from, to), profile);
  });
  const [head, ...rest] = parts.filter(hasContent(text));
  if (!head) return undefined;
  if (lead) return [lead, ...[head, ...rest].map((part): ClauseSpan => ({ ...part, lead, leadFrom: 'introducer' }))];
  // Parallel items ("by reinforcing …; reinforcing …") share the head's words before the repeated one.
  const headWords = firstOccurrences(skeleton.words, head);
  const opener = rest
    .map((part) => firstWordOf(text, part))
    .filter((word) => !profile.finiteSubjects.has(word))
    .map((word) => headWords.get(word))
    .find((at): at is number => at !== undefined && at > head.start);
  // Otherwise items that go on in lower case continue the head clause, which introduces them.
  const shared = opener !== undefined ? trimSpan(text, head.start, opener) : continuations ? (afterColon ?? head) : undefined;
  if (!shared) return [head, ...rest];
  return [head, ...rest.map((part): ClauseSpan => ({ ...part, lead: shared, leadFrom: 'inferred' }))];
}

const startsLowercase = (text: string, span: Span): boolean => /^[\s"“„«(]*\p{Ll}/u.test(text.slice(span.start, span.start + 8));
const startsUppercase = (text: string, span: Span): boolean => /^[\s"“„«(]*\p{Lu}/u.test(text.slice(span.start, span.start + 8));

/**
 * 'it was essential to: "a", "b", and "c"' or '…, including A, B, and C' → A, B, C with the lead;
 * in French, Dutch and German also 'trois priorités : A, B et C'.
 */
function introducedList(sentence: Sentence): ClauseSpan[] | undefined {
  const { text, start, end, skeleton, profile } = sentence;
  const introducer = findIntroducer(skeleton, profile);
  if (introducer === undefined) return undefined;
  const commas = skeleton.commas.filter((c) => c > introducer);
  const items: Span[] = [];
  let from = introducer;
  for (const comma of [...commas, end]) {
    const item = trimSpan(text, from, comma);
    const unlinked = skipConjunction(text, item, profile);
    if (unlinked.start !== item.start) {
      if (items.length === 0) return undefined;
      items.push(trimSpan(text, unlinked.start, end));
      break;
    }
    if (comma === end) {
      // No "…, and C": English lists are not closed without it; French, Dutch and German write "B et C".
      const conjunction = profile.serialComma ? undefined : lastConjunction(sentence, item);
      if (!conjunction || items.length === 0) return undefined;
      items.push(trimSpan(text, item.start, conjunction.start), trimSpan(text, conjunction.end, end));
      break;
    }
    items.push(item);
    from = comma + 1;
  }
  if (items.length < MIN_LIST_ITEMS || !items.every((item) => isListItem(text, item))) return undefined;
  const lead = trimSpan(text, start, introducer);
  // The introducing words are a unit too ("They said it was essential to:"), so no word of the sentence is only in a lead;
  // an "including" list's unit stops before the introducer, which the items' lead still carries.
  const own = skeleton.colon >= 0 && skeleton.colon + 1 === introducer ? lead : introducerUnit(sentence, lead);
  return [...(own ? [own] : []), ...items.map((item): ClauseSpan => ({ ...item, lead, leadFrom: 'introducer' }))];
}

/** "They took measures, including" → "They took measures". */
function introducerUnit({ text, skeleton }: Sentence, lead: Span): Span | undefined {
  const comma = skeleton.commas.findLast((c) => c >= lead.start && c < lead.end);
  const cut = comma ?? skeleton.words.findLast((w) => w.end <= lead.end && w.start < lead.end - 1)?.start;
  if (cut === undefined) return undefined;
  const unit = trimSpan(text, lead.start, cut);
  return hasContent(text)(unit) ? unit : undefined;
}

function lastConjunction({ skeleton, profile }: Sentence, within: Span): Word | undefined {
  return skeleton.words.findLast((word) => word.start > within.start && word.end <= within.end && profile.conjunctions.includes(word.lower));
}

function findIntroducer(skeleton: Skeleton, profile: LanguageProfile): number | undefined {
  if (skeleton.colon >= 0) return skeleton.colon + 1;
  for (const phrase of profile.listIntroducers) {
    const parts = phrase.split(' ');
    const at = skeleton.words.findIndex((_, k) => parts.every((p, j) => skeleton.words[k + j]?.lower === p));
    if (at >= 0) return (skeleton.words[at + parts.length - 1] as Word).end;
  }
  return undefined;
}

function isListItem(text: string, item: Span): boolean {
  const body = text.slice(item.start, item.end);
  if (/^["“„«].*["”“»][.!?]?$/su.test(body)) return true;
  return (body.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_ITEM_WORDS;
}

/** "X pledged to … and called for …" → two clauses; the second is led by the subject "X". */
function coordinatedPredicates(sentence: Sentence): ClauseSpan[] | undefined {
  const { text, start, end, skeleton, profile } = sentence;
  const { words } = skeleton;
  const cuts: number[] = [];
  for (let k = MIN_ITEM_WORDS + 1; k + MIN_ITEM_WORDS < words.length; k += 1) {
    const word = words[k] as Word;
    if (profile.conjunctions.includes(word.lower) && profile.coordinatedVerbs.has((words[k + 1] as Word).lower)) {
      cuts.push(k);
    }
  }
  if (cuts.length === 0) return undefined;
  const subjectEnd = words.slice(0, MAX_SUBJECT_WORDS).findIndex((w, k) => k > 0 && profile.subjectStops.has(w.lower));
  const lead = subjectEnd > 0 ? trimSpan(text, start, (words[subjectEnd] as Word).start) : undefined;
  const clauses: ClauseSpan[] = [];
  let from = start;
  for (const k of cuts) {
    clauses.push(trimSpan(text, from, (words[k] as Word).start));
    from = (words[k + 1] as Word).start;
  }
  clauses.push(trimSpan(text, from, end));
  return clauses.map((clause, k): ClauseSpan => (k > 0 && lead ? { ...clause, lead, leadFrom: 'inferred' } : clause));
}

function skipConjunction(text: string, span: Span, profile: LanguageProfile): Span {
  const head = text.slice(span.start, span.start + 24).toLowerCase();
  for (const conjunction of profile.conjunctions) {
    if (head.startsWith(conjunction) && /\s/u.test(head[conjunction.length] ?? '')) {
      return trimSpan(text, span.start + conjunction.length, span.end);
    }
  }
  return span;
}

const hasContent =
  (text: string) =>
  (span: Span): boolean =>
    span.end > span.start && /[\p{L}\p{N}]/u.test(text.slice(span.start, span.end));

function firstWordOf(text: string, span: Span): string {
  return (/^[^\p{L}\p{N}]*([\p{L}\p{N}’'-]+)/u.exec(text.slice(span.start, span.start + 64))?.[1] ?? '').toLowerCase();
}

/** Where each word first occurs inside `span`: one pass, so parallel items are found in linear time. */
function firstOccurrences(words: readonly Word[], span: Span): Map<string, number> {
  const map = new Map<string, number>();
  for (const word of words) {
    if (word.start >= span.end) break;
    if (word.start >= span.start && !map.has(word.lower)) map.set(word.lower, word.start);
  }
  return map;
}
