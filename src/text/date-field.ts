/**
 * A document's date as a caller gives it, and as one can be read off its opening lines.
 *
 * One rule for every edge (API JSON, upload form, CLI, web page; the zod schema is
 * src/resource's documentDateSchema): a date a report prints and verdicts read years from
 * must be a real one, so free text ("yesterday-ish") and impossible days ("2021-13-45")
 * are refused rather than printed as nonsense. No zod here: `cli segment` loads this
 * layer alone, and quickly.
 */
import { daysIn, findDates, monthNumber } from './dates';

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/u;
const MONTH = /^(\d{4})-(\d{2})$/u;
const YEAR = /^\d{4}$/u;

export const DATE_FORMS_HINT = 'a date such as 2016-02-02, a month such as 2016-02, or a year such as 2016';

/** Why `value` is not a document date, in words a form can show; undefined when it is one. */
export function dateProblem(value: string): string | undefined {
  const full = FULL.exec(value);
  if (full) {
    const [year, month, day] = [Number(full[1]), Number(full[2]), Number(full[3])];
    if (month < 1 || month > 12) return `${value} has no month ${full[2]}; give ${DATE_FORMS_HINT}`;
    if (day < 1 || day > daysIn(year, month)) return `${value} is not a day of the calendar; give ${DATE_FORMS_HINT}`;
    return undefined;
  }
  const yearMonth = MONTH.exec(value);
  if (yearMonth) {
    const month = Number(yearMonth[2]);
    return month >= 1 && month <= 12 ? undefined : `${value} has no month ${yearMonth[2]}; give ${DATE_FORMS_HINT}`;
  }
  if (YEAR.test(value)) return undefined;
  return `must be ${DATE_FORMS_HINT}`;
}

/** Where an inferred date was read: the document's title, or its text. */
export const DATE_ORIGINS = ['title', 'text'] as const;
export type DateOrigin = (typeof DATE_ORIGINS)[number];

/** A date read off a document that had none: which, and the words it was read from. */
export interface InferredDate {
  readonly date: string;
  readonly from: { readonly field: DateOrigin; readonly text: string };
}

/**
 * Only the opening lines: a dateline or a title says when the document is from, while a
 * date deep in the body is as likely an older event it cites.
 */
const OPENING_LINES = 8;
/**
 * And only short ones: a dateline ("Paris, 11 June 2018", "THE WHITE HOUSE, June 12, 2025.") is a line
 * of its own, while a date inside a sentence ("In September 2021, the three countries announced …") is
 * mostly an event the text recalls. Measured on the 7,240 statements of ../shared/corpora/wh-briefings
 * (the first dated line of each one's opening lines against its real date): the month is right for 89 %
 * of dates read from lines of up to 100 characters (118 lines), for 20 % of those from longer lines (1,443).
 */
const DATELINE_CHARS = 100;
const OPENING_CHARS = 1_500;
const SNIPPET = 80;
const MONTH_YEAR =
  /(?<![\p{L}\p{N}])(january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|januari|februari|maart|mei|juni|juli|augustus|oktober|januar|februar|märz|dezember)\s+((?:19|20)\d{2})(?![\p{L}\p{N}])/iu;
/**
 * The date a document names in its title or a dateline among its opening lines: a full date
 * with its year first ("Paris, 14 March 2018", "2018-03-14"), else a month and year ("March 2018").
 * Undefined when neither names one.
 *
 * @example
 * inferDate('Joint communiqué (Paris, 11 June 2018)\n\nThe ministers…') // { date: '2018-06-11', from: { field: 'text', text: 'Joint communiqué (Paris, 11 June 2018)' } }
 */
export function inferDate(text: string, title?: string): InferredDate | undefined {
  const places: Array<readonly [DateOrigin, string]> = [];
  if (title) places.push(['title', title]);
  const opening = text
    .slice(0, OPENING_CHARS)
    .split(/\r\n|\r|\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, OPENING_LINES)
    .filter((l) => l.length <= DATELINE_CHARS);
  places.push(...opening.map((line) => ['text', line] as const));
  for (const [field, line] of places) {
    const full = findDates(line).find((d) => d.explicitYear);
    if (full) return { date: full.iso, from: { field, text: snippet(line, full.start, full.end) } };
  }
  for (const [field, line] of places) {
    const found = MONTH_YEAR.exec(line);
    if (found) {
      const month = monthNumber(found[1]!.toLowerCase())!;
      return { date: `${found[2]}-${String(month).padStart(2, '0')}`, from: { field, text: snippet(line, found.index, found.index + found[0].length) } };
    }
  }
  return undefined;
}

/** The line around the date, cut at word boundaries to about SNIPPET characters, so a caller sees what was read. */
function snippet(line: string, start: number, end: number): string {
  if (line.length <= SNIPPET) return line;
  const room = Math.max(0, SNIPPET - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(line.length, end + Math.ceil(room / 2));
  const space = line.indexOf(' ', from);
  if (from > 0 && space >= 0 && space < start) from = space + 1;
  const lastSpace = line.lastIndexOf(' ', to);
  if (to < line.length && lastSpace >= end) to = lastSpace;
  return `${from > 0 ? '…' : ''}${line.slice(from, to).trim()}${to < line.length ? '…' : ''}`;
}
