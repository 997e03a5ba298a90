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
  ['january', 'jan', 'janvier', 'januari', 'januar', 'jänner'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'februari', 'februar'],
  ['march', 'mar', 'mars', 'maart', 'märz', 'maerz'],
  ['april', 'apr', 'avril'],
  ['may', 'mai', 'mei'],
  ['june', 'jun', 'juin', 'juni'],
  ['july', 'jul', 'juillet', 'juli'],
  ['august', 'aug', 'août', 'aout', 'augustus'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'octobre', 'oktober', 'okt'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'décembre', 'decembre', 'dezember', 'dez'],
];
const MONTH_OF = new Map(MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
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
  // 2016-02-01
  `${EDGE_BEFORE}(?<y>${YEAR})-(?<mm>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])${EDGE_AFTER}`,
].map((form) => new RegExp(form, 'iuy'));
/** The word, and the dot and space after it, just before a run of digits: where a month-first date starts. */
const WORD_BEFORE = /\p{L}+\.?\s$/u;
/** Longest month word, a dot and a space. */
const LOOK_BACK = Math.max(...[...MONTH_OF.keys()].map((m) => m.length)) + 2;

/**
 * The dates a text names. A date without a year takes `year` (the document's), or is
 * left out when there is none: "1 February" alone does not say which.
 *
 * @example
 * findDates('pledged on Monday (1 February) to reinforce', 2016) // [{ start: 19, end: 29, iso: '2016-02-01', explicitYear: false }]
 */
export function findDates(text: string, year?: number): DateMention[] {
  const found: DateMention[] = [];
  let end = 0;
  for (const digits of text.matchAll(/\d+/g)) {
    if (digits.index < end) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(end, digits.index - LOOK_BACK), digits.index));
    const starts = [before ? digits.index - before[0].length : -1, digits.index, digits.index];
    for (let form = 0; form < FORMS.length; form += 1) {
      if (starts[form]! < 0) continue;
      const mention = read(text, FORMS[form]!, starts[form]!, year);
      if (mention === 'no match') continue;
      if (mention) found.push(mention);
      end = Math.max(end, mention ? mention.end : digits.index + digits[0].length);
      break;
    }
  }
  return found;
}

/** One form matched at `start`: the mention, `undefined` when it names no real day, or 'no match'. */
function read(text: string, form: RegExp, start: number, year: number | undefined): DateMention | undefined | 'no match' {
  form.lastIndex = start;
  const match = form.exec(text);
  if (!match) return 'no match';
  const g = match.groups!;
  // "may" is a verb far more often than a month: only a capital May is one.
  if (g.m === 'may') return undefined;
  const month = g.m ? MONTH_OF.get(g.m.toLowerCase())! : Number(g.mm);
  const day = Number(g.d);
  const y = g.y ? Number(g.y) : year;
  if (y === undefined || day > daysIn(y, month)) return undefined;
  return { start, end: start + match[0].length, iso: `${y}-${pad(month)}-${pad(day)}`, explicitYear: g.y !== undefined };
}

/**
 * The year a document's yearless dates belong to: its own date's, when known, else the
 * year of the first full date it names (a dateline, as a rule, comes first).
 *
 * @example
 * documentYear(['gepubliceerd op dinsdag 2 februari 2016', 'pledged on Monday (1 February)']) // 2016
 */
export function documentYear(texts: Iterable<string>, date?: string): number | undefined {
  const own = /(?<!\d)(?:19|20)\d{2}(?!\d)/u.exec(date ?? '');
  if (own) return Number(own[0]);
  for (const text of texts) {
    const first = findDates(text).find((d) => d.explicitYear);
    if (first) return Number(first.iso.slice(0, 4));
  }
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
