import fc from 'fast-check';
import { LANGUAGES, PROFILES, SEGMENTERS, type Language, type Unit } from '../../src/text';

/**
 * The contract every segmenter honours, checked on random and hostile text:
 * units are exact, ordered views on the original, and nothing with letters
 * in it falls between them except list conjunctions and the leads they carry.
 */

const PIECES = [
  'Mr.',
  'e.g.',
  'No. 5',
  ' J. Smith',
  '. ',
  '.',
  '? ',
  '! ',
  '...',
  '…',
  '; ',
  ';',
  ', ',
  ', and ',
  ' and called for ',
  ':',
  ': ',
  '"',
  '“',
  '”',
  '„',
  '«',
  '»',
  '’',
  "'",
  '(',
  ')',
  '[',
  ']',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\u2029',
  '\f',
  '- ',
  '• ',
  '1. ',
  '2) ',
  '(a) ',
  '  ',
  '\t',
  '\u00a0',
  'They said it was essential to',
  'including',
  'To follow through',
  'France and Belgium pledged',
  'the reform of the agency',
  'Met dank overgenomen van de krant',
  'Klik hier om u te abonneren',
  'By Eric Maurice',
  'Auteur: Eric',
  '1 February 2016',
  '25–26 April',
  'A',
  'a',
  'word',
  'Été',
  'zu',
  'und',
  '🙂',
  '\u0301',
  '\ud800',
  'https://example.org/a:b',
  '9:30',
  '—',
  '-',
];

const structured = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''));
const anything = fc.string({ unit: 'binary', maxLength: 600 });
const texts = fc.oneof(structured, anything, fc.string({ unit: fc.constantFrom(...'aA .;:,"()\n-–—“”'), maxLength: 400 }));

const CONJUNCTIONS = Object.fromEntries(
  LANGUAGES.map((language) => {
    const words = PROFILES[language].conjunctions.join('|');
    return [language, new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, 'giu')];
  }),
) as Record<Language, RegExp>;

/** Enumeration markers may stand between units: "(a)", "2)", "iv.", "1.". */
const MARKER = /(?<![\p{L}\p{N}])\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,5})[.)]/gu;

function gapIsClean(gap: string, lead: string | undefined, language: Language): boolean {
  if (!/[\p{L}\p{N}]/u.test(gap)) return true;
  const rest = (lead ? gap.split(lead).join(' ') : gap).replace(CONJUNCTIONS[language], ' ').replace(MARKER, ' ');
  return !/[\p{L}\p{N}]/u.test(rest);
}

/** Plain checks rather than expect(): the megabyte cases have 300,000 units. */
function checkContract(text: string, units: readonly Unit[], language: Language): void {
  const fail = (unit: Unit, why: string): never => {
    throw new Error(`unit ${unit.index} ${JSON.stringify(unit.text.slice(0, 80))}: ${why}`);
  };
  let previousEnd = 0;
  units.forEach((unit, i) => {
    if (unit.index !== i) fail(unit, `index should be ${i}`);
    if (unit.start < previousEnd) fail(unit, 'overlaps or precedes the unit before it');
    if (unit.end <= unit.start || unit.end > text.length) fail(unit, 'bad span');
    if (unit.text !== text.slice(unit.start, unit.end)) fail(unit, 'text is not the original slice');
    if (unit.text !== unit.text.trim()) fail(unit, 'not trimmed');
    if (!/[\p{L}\p{N}]/u.test(unit.text)) fail(unit, 'has no letter or digit');
    if (unit.lead !== undefined && !text.includes(unit.lead)) fail(unit, 'lead is not from the original');
    const gap = text.slice(previousEnd, unit.start);
    if (!gapIsClean(gap, unit.lead, language)) fail(unit, `text lost before it: ${JSON.stringify(gap)}`);
    previousEnd = unit.end;
  });
  const tail = text.slice(previousEnd);
  if (!gapIsClean(tail, undefined, language)) throw new Error(`text lost at the end: ${JSON.stringify(tail)}`);
}

describe.each(Object.values(SEGMENTERS))('segmenter contract: $mode', (segmenter) => {
  test.each(LANGUAGES)('units are exact, ordered, and lose nothing (%s)', (language) => {
    fc.assert(
      fc.property(texts, (text) => {
        checkContract(text, segmenter.segment(text, language), language);
      }),
      { numRuns: 300 },
    );
  });

  test('the same text always gives the same units', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(segmenter.segment(text, 'en')).toEqual(segmenter.segment(text, 'en'));
      }),
      { numRuns: 100 },
    );
  });

  test('empty and blank text give no units', () => {
    for (const blank of ['', ' ', '\n\n\n', '\u00a0\t\r\n', '\u2029\f']) expect(segmenter.segment(blank, 'en')).toEqual([]);
  });

  test('hostile megabyte inputs come back whole', () => {
    const megabyte = 1_000_000;
    for (const piece of ['(', '"', 'a; ', 'Mr. ', '\n', 'a.\r\n', '- x\n', 'x, and said y z w ']) {
      const text = piece.repeat(Math.ceil(megabyte / piece.length));
      checkContract(text, segmenter.segment(text, 'en'), 'en');
    }
  });
});
