import { isWordCode } from './chars';
import { isForeignLine } from './detect-language';
import { trimSpan } from './sentences';
import type { Language, Span } from './types';

export type LineKind = 'blank' | 'text' | 'item' | 'heading' | 'meta' | 'boilerplate';

/** One physical line: `content` is the line without white space or list marker. */
export interface Line {
  readonly kind: LineKind;
  readonly content: Span;
  /** A form feed or paragraph separator ends the paragraph even without a blank line. */
  readonly breaksParagraph: boolean;
}

/** The characters `isLineBreakCode` accepts, for a scan that jumps from one to the next. */
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/g;

/** Bullets and numbering; the marker is left out of the unit. */
const MARKER = /^(?:[-–—•◦▪▫‣∙·*+>]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,5})\)|(?:\d{1,3}|[ivxlcIVXLC]{1,5})\.)(?=\s)/u;
/** "1. On counter-terrorism —": short, numbered, no sentence end. */
const NUMBERED_HEADING = /^(?:\d{1,3}|[IVXLC]{1,5})(?:\.\d{1,3})*\.?\s+[^.!?;]{1,120}$/u;
const SENTENCE_END = /[.!?;,]["”’'»)]*$/u;
const PUBLICATION = /^(?:published|posted|updated|last updated|publié|mis à jour|gepubliceerd|bijgewerkt|veröffentlicht|aktualisiert)\b/iu;
const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januari|februari|maart|mei|juni|juli|augustus|oktober|januar|februar|märz|juni|juli|oktober|dezember)\b/iu;
const BOILERPLATE =
  /^(?:click here|subscribe|sign up|follow us|share (?:this|on)|read more|all rights reserved|©|copyright\b|cookies?\b|klik hier|abonneer|lees meer|cliquez ici|abonnez-vous|lire la suite|hier klicken|abonnieren|weiterlesen|alle rechte vorbehalten)/iu;
/** Bylines in any of the languages: a foreign byline is still a byline ("Auteur: Eric Maurice" in English news). */
// Case spelled out rather than /i: under /iu, \p{Lu} matches lower case too, and "Par ailleurs, …" is no byline.
const BYLINE = /^(?:[Bb]y|[Ww]ritten by|[Aa]uthor|[Rr]eporter|[Pp]ar|[Aa]uteur|[Dd]oor|[Vv]on|[Aa]utor|[Aa]utorin|BY|PAR|DOOR|VON)\s*:?\s+\p{Lu}/u;
/** Lines longer than this are body text whatever they start with. */
const SHORT_LINE_WORDS = 25;

/**
 * Cuts the text into physical lines and says what each one is, in one pass.
 *
 * @example
 * scanLines('Title\n\n- item', 'en').map((l) => l.kind) // ['text', 'blank', 'item']
 */
export function scanLines(text: string, language: Language): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    // The regex engine finds the next line break faster than a loop over every character.
    LINE_BREAK.lastIndex = start;
    const found = LINE_BREAK.exec(text);
    const end = found === null ? text.length : found.index;
    const breaker = text[end] ?? '';
    const line = classify(text, start, end, language, breaker === '\u2029' || breaker === '\f');
    // One blank line stands for a run of them: a flood of newlines must not become a million objects.
    if (line.kind !== 'blank' || lines.at(-1)?.kind !== 'blank' || line.breaksParagraph) lines.push(line);
    if (end >= text.length) break;
    start = end + (breaker === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return lines;
}

function classify(text: string, from: number, to: number, language: Language, breaksParagraph: boolean): Line {
  const span = trimSpan(text, from, to);
  if (span.end === span.start) return { kind: 'blank', content: span, breaksParagraph };
  const kind = classifyContent(text, span, language);
  if (kind !== 'item') return { kind, content: span, breaksParagraph };
  const marker = MARKER.exec(text.slice(span.start, span.start + 16)) as RegExpExecArray;
  return { kind, content: trimSpan(text, span.start + marker[0].length, span.end), breaksParagraph };
}

function classifyContent(text: string, span: Span, language: Language): Exclude<LineKind, 'blank'> {
  const head = text.slice(span.start, Math.min(span.end, span.start + 300));
  const wordCount = countWords(head);
  const isShort = wordCount <= SHORT_LINE_WORDS && span.end - span.start <= 300;
  if (isShort && isMeta(head, wordCount)) return 'meta';
  if (isShort && BOILERPLATE.test(head)) return 'boilerplate';
  if (isShort && wordCount >= 4 && isForeignLine(head, language)) return 'boilerplate';
  if (isShort && NUMBERED_HEADING.test(head) && !SENTENCE_END.test(head) && wordCount <= 12) return 'heading';
  const marker = MARKER.exec(head);
  // A marker with nothing after it ("-" alone) is not an item.
  if (marker && span.start + marker[0].length < span.end) return 'item';
  return 'text';
}

function isMeta(head: string, wordCount: number): boolean {
  if (BYLINE.test(head) && wordCount <= 8 && !SENTENCE_END.test(head)) return true;
  if (PUBLICATION.test(head) && wordCount <= 20) return true;
  // A line that is only a date: "Monday, 1 February 2016" or "02/02/2016 09:30".
  const dateOnly = wordCount <= 6 && (MONTH.test(head) || /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/u.test(head));
  return dateOnly && /\d/u.test(head) && !SENTENCE_END.test(head.replace(/\.$/u, ''));
}

/** Runs of letters and digits, counted in one pass without building them. */
function countWords(s: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i += 1) {
    const word = isWordCode(s, i);
    if (word && !inWord) count += 1;
    inWord = word;
  }
  return count;
}

/**
 * A paragraph of one short line without a sentence end is a title:
 * "France, Belgium step up security cooperation".
 */
export function looksLikeTitle(text: string, span: Span): boolean {
  if (span.end - span.start > 200) return false;
  const body = text.slice(span.start, span.end);
  return /^[\p{Lu}\p{N}"“'‘]/u.test(body) && !/[.!?;,:]["”’'»]*$/u.test(body) && countWords(body) <= 20;
}
