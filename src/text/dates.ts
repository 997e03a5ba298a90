/**
 * Calendar dates named in a text ("1 February 2016", "le 1er février", "2 februari 2016",
 * "1. Februar", "February 1, 2016", "2016-02-01"), in any of the four languages whatever
 * the document's own: a Dutch dateline heads the English EUobserver report.
 *
 * Only dates with a day count. A month or a year alone ("in 2016") names too much to say
 * two documents mean the same event; numeric dates like 01/02/2016 are skipped, as they
 * read differently on either side of the Atlantic.
 */

/** A date named in a text: where, and which day (ISO `YYYY-MM-DD`). */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly iso: string;
  /** The text gave the year; otherwise it came from the document's year. */
  readonly explicitYear: boolean;
}

const MONTHS: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'janvier', 'janv', 'januari', 'januar', 'jänner'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'fév', 'februari', 'februar'],
  ['march', 'mar', 'mars', 'maart', 'märz', 'maerz'],
  ['april', 'apr', 'avril', 'avr'],
  ['may', 'mai', 'mei'],
  ['june', 'jun', 'juin', 'juni'],
  ['july', 'jul', 'juillet', 'juil', 'juli'],
  ['august', 'aug', 'août', 'aout', 'augustus'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'octobre', 'oktober', 'okt'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'décembre', 'decembre', 'déc', 'dezember', 'dez'],
];
const MONTH_OF = new Map(MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
/** A month's number (1–12) from its name or abbreviation in any of the four languages, lower-cased. */
export const monthNumber = (name: string): number | undefined => MONTH_OF.get(name);
// Longest first, so "juni" is not read as "jun" followed by a letter.
const MONTH = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');
const DAY = '(?:[12]\\d|3[01]|0?[1-9])';
const YEAR = '(?:19|20)\\d{2}';
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';
/**
 * Each form is tried only where a run of digits is (or, month first, at the word before
 * one), never at every character: a clause costs a few anchored matches per number in
 * it, and one with no digit costs one test.
 */
const FORMS: readonly RegExp[] = [
  // February 1, 2016 · May 25th: the month stands before the digits, so it is tried first.
  `${EDGE_BEFORE}(?<m>${MONTH})\\.?\\s(?<d>${DAY})(?:st|nd|rd|th)?(?:,?\\s(?<y>${YEAR}))?${EDGE_AFTER}`,
  // 1 February 2016 · 1er février · 1. Februar · 25th of May, 2018
  `${EDGE_BEFORE}(?<d>${DAY})(?:st|nd|rd|th|er|\\.)?\\s(?:of\\s)?(?<m>${MONTH})\\.?(?:,?\\s(?<y>${YEAR}))?${EDGE_AFTER}`,
  // 2016-02-01, or 2016-02-01T10:00Z: a time may follow.
  `${EDGE_BEFORE}(?<y>${YEAR})-(?<mm>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?!\\p{N})`,
].map((form) => new RegExp(form, 'iuy'));
/** The word, and the dot and space after it, just before a run of digits: where a month-first date starts. */
const WORD_BEFORE = /\p{L}+\.?\s$/u;
/** Longest month word, a dot and a space. */
const LOOK_BACK = Math.max(...[...MONTH_OF.keys()].map((m) => m.length)) + 2;

/**
 * The dates a text names. A date without a year is read against `anchor`, the
 * document's own date: with a full date, the year that puts it nearest ("13 November" in
 * a text of 4 January 2016 is 2015's); with a year alone, that year. Without an anchor it
 * is left out: "1 February" alone does not say which.
 *
 * @example
 * findDates('pledged on Monday (1 February) to reinforce', '2016-02-02') // [{ start: 19, end: 29, iso: '2016-02-01', explicitYear: false }]
 */
export function findDates(text: string, anchor?: string | number): DateMention[] {
  const yearOf = yearNear(anchor);
  const found: DateMention[] = [];
  let end = 0;
  for (const digits of text.matchAll(/\d+/g)) {
    if (digits.index < end) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(end, digits.index - LOOK_BACK), digits.index));
    const starts = [before ? digits.index - before[0].length : -1, digits.index, digits.index];
    for (let form = 0; form < FORMS.length; form += 1) {
      if (starts[form]! < 0) continue;
      const mention = read(text, FORMS[form]!, starts[form]!, yearOf);
      // A form that matched no real day ("may 3", "31 June") leaves the others to try.
      if (mention === undefined) continue;
      found.push(mention);
      end = mention.end;
      break;
    }
  }
  return found;
}

/** One form matched at `start`: the mention, or `undefined` when it does not match or names no real day. */
function read(text: string, form: RegExp, start: number, yearOf: (month: number, day: number) => number | undefined): DateMention | undefined {
  form.lastIndex = start;
  const match = form.exec(text);
  if (!match) return undefined;
  const g = match.groups!;
  // "may" is a verb far more often than a month: only a capital May is one.
  if (g.m === 'may') return undefined;
  const month = g.m ? MONTH_OF.get(g.m.toLowerCase())! : Number(g.mm);
  const day = Number(g.d);
  const y = g.y ? Number(g.y) : yearOf(month, day);
  if (y === undefined || day > daysIn(y, month)) return undefined;
  return { start, end: start + match[0].length, iso: `${y}-${pad(month)}-${pad(day)}`, explicitYear: g.y !== undefined };
}

/**
 * The date a document's yearless dates are read against: its own `date` when given (a
 * full date, or a year), else the first full date its texts name — give the dateline
 * and title first, as a cited older date often opens the body.
 *
 * @example
 * documentDate(['gepubliceerd op dinsdag 2 februari 2016', 'pledged on Monday (1 February)']) // '2016-02-02'
 */
export function documentDate(texts: Iterable<string>, date?: string): string | undefined {
  const own = findDates(date ?? '')[0]?.iso ?? yearIn(date ?? '')?.toString();
  if (own) return own;
  for (const text of texts) {
    const first = findDates(text).find((d) => d.explicitYear);
    if (first) return first.iso;
  }
  return undefined;
}

/**
 * The first year (1900–2099) a text names, standing alone: how a document's date given as
 * free text ("June 2019", "2016-02-02") says its year.
 *
 * @example
 * yearIn('Paris, June 2019') // 2019
 */
export function yearIn(text: string): number | undefined {
  const found = /(?<!\d)(?:19|20)\d{2}(?!\d)/u.exec(text);
  return found ? Number(found[0]) : undefined;
}

/**
 * Whether a word only says when: a month's name or a number. Two clauses naming the same
 * day share these whatever their subject.
 *
 * @example
 * isDateWord('February') // true
 */
export function isDateWord(word: string): boolean {
  return MONTH_OF.has(word.toLowerCase()) || /^\p{N}+$/u.test(word);
}

const DAY_MS = 86_400_000;
/** For a month and day, the year `anchor` reads them in: the nearest to a full anchor date, or the anchor's year. */
function yearNear(anchor: string | number | undefined): (month: number, day: number) => number | undefined {
  if (anchor === undefined) return () => undefined;
  const [y, m, d] = String(anchor).split('-').map(Number) as [number, number | undefined, number | undefined];
  if (!Number.isInteger(y)) return () => undefined;
  if (m === undefined || d === undefined) return () => y;
  const at = Date.UTC(y, m - 1, d);
  return (month, day) => {
    const distance = (year: number) => Math.abs(Date.UTC(year, month - 1, day) - at) / DAY_MS;
    return [y - 1, y, y + 1].reduce((best, year) => (distance(year) < distance(best) ? year : best), y);
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');
/** How many days a month has: the calendar's own answer (day 0 of the next month). */
export const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
