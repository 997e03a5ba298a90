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
// No nested quantifiers: each alternative is tried once per position, so a scan is linear in the text.
const DATE = new RegExp(
  [
    // 1 February 2016 · 1er février · 1. Februar · 25th of May, 2018
    `(?<d1>${DAY})(?:st|nd|rd|th|er|\\.)?\\s(?:of\\s)?(?<m1>${MONTH})\\.?(?:,?\\s(?<y1>${YEAR}))?`,
    // February 1, 2016 · May 25th
    `(?<m2>${MONTH})\\.?\\s(?<d2>${DAY})(?:st|nd|rd|th)?(?:,?\\s(?<y2>${YEAR}))?`,
    // 2016-02-01
    `(?<y3>${YEAR})-(?<m3>0[1-9]|1[0-2])-(?<d3>0[1-9]|[12]\\d|3[01])`,
  ]
    .map((alternative) => `(?<![\\p{L}\\p{N}])${alternative}(?![\\p{L}\\p{N}])`)
    .join('|'),
  'giu',
);

/**
 * The dates a text names. A date without a year takes `year` (the document's), or is
 * left out when there is none: "1 February" alone does not say which.
 *
 * @example
 * findDates('pledged on Monday (1 February) to reinforce', 2016) // [{ start: 19, end: 29, iso: '2016-02-01', explicitYear: false }]
 */
export function findDates(text: string, year?: number): DateMention[] {
  const found: DateMention[] = [];
  for (const match of text.matchAll(DATE)) {
    const g = match.groups!;
    const monthWord = g.m1 ?? g.m2;
    // "may" is a verb far more often than a month: only a capital May is one.
    if (monthWord === 'may') continue;
    const month = monthWord ? MONTH_OF.get(monthWord.toLowerCase())! : Number(g.m3);
    const day = Number(g.d1 ?? g.d2 ?? g.d3);
    const given = g.y1 ?? g.y2 ?? g.y3;
    const y = given ? Number(given) : year;
    if (y === undefined || day > daysIn(y, month)) continue;
    const start = match.index;
    found.push({ start, end: start + match[0].length, iso: `${y}-${pad(month)}-${pad(day)}`, explicitYear: given !== undefined });
  }
  return found;
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
