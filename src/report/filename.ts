/**
 * The name a downloaded report is saved under, from what it compares, so a
 * folder of reports reads as a list of comparisons rather than of ids.
 */

interface Named {
  readonly title: string | null;
  readonly date: string | null;
}

/** Words that say nothing of which documents these are. */
const FILLER = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with',
  'de',
  'des',
  'du',
  'et',
  'la',
  'le',
  'les',
  'van',
  'het',
  'een',
  'der',
  'die',
  'das',
  'und',
]);
const MAX_WORDS = 4;
/** Latin letters that Unicode does not decompose into a base letter and an accent. */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd' };

/** A title's words in ASCII lower case: accents dropped, abbreviations closed up ("U.S.-EU" → us, eu). */
function words(title: string | null): string[] {
  if (!title) return [];
  const ascii = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/(?<=\p{L})\.(?=\p{L})|(?<=\b\p{L})\.(?=\W|$)/gu, '')
    .toLowerCase()
    .replace(/[łøđßæœıþð]/gu, (c) => UNDECOMPOSED[c] ?? c);
  // Years are left to the dates that end the name.
  return (ascii.match(/[a-z0-9]+/g) ?? []).filter((w) => !FILLER.has(w) && !/^(19|20)\d\d$/.test(w));
}

/** The year, or the month when both documents are of one year; "undated" without an ISO date. */
function when(doc: Named, other: Named): string {
  const year = (d: Named) => (d.date && /^\d{4}/.test(d.date) ? d.date.slice(0, 4) : null);
  const mine = year(doc);
  if (!mine) return 'undated';
  return mine === year(other) && /^\d{4}-\d{2}/.test(doc.date!) ? doc.date!.slice(0, 7) : mine;
}

/**
 * `subject-2016-vs-2018-continuity.pdf`: the subject is the words both titles
 * share when they share two or more, else the first words of the later
 * document's title (it names the occasion the comparison is about); only
 * ASCII letters, digits and hyphens, so every browser and file system keeps
 * the name as it is.
 *
 * @example
 * reportFileName({ source: { title: 'U.S.-EU Trade and Technology Council Inaugural Joint Statement', date: '2021-09-29' },
 *   target: { title: 'U.S.-EU Joint Statement of the Trade and Technology Council', date: '2022-12-05' } }, 'pdf')
 * // 'us-eu-trade-technology-2021-vs-2022-continuity.pdf'
 */
export function reportFileName(docs: { readonly source: Named; readonly target: Named }, ext: string): string {
  const later = words(docs.target.title);
  const shared = words(docs.source.title).filter((w, i, all) => later.includes(w) && all.indexOf(w) === i);
  const subject = (shared.length >= 2 ? shared : later.length > 0 ? later : words(docs.source.title)).slice(0, MAX_WORDS);
  const dates = docs.source.date || docs.target.date ? [`${when(docs.source, docs.target)}-vs-${when(docs.target, docs.source)}`] : [];
  return `${[...subject, ...dates, 'continuity'].join('-')}.${ext}`;
}
