import fc from 'fast-check';
import { readerFor, type ReadableUnit } from '../../src/pledges/read';
import { MOODS } from '../../src/pledges/types';
import { LANGUAGES } from '../../src/text';

/** One contract for every clause reader: the English grammar reader and the cue tables of French, Dutch and German. */
describe.each(LANGUAGES)('clause reader contract: %s', (language) => {
  const reader = readerFor(language);
  // Random text rarely makes a clause; random strings of the words clauses are made of exercise the grammar too.
  const WORDS = [
    'we',
    'will',
    'not',
    'the',
    'leaders',
    'agreed',
    'to',
    'reaffirm',
    'our',
    'commitment',
    'which',
    'that',
    'said',
    'would',
    'have',
    'been',
    'launched',
    'plan',
    'plans',
    'no',
    'longer',
    'continue',
    'support',
    'To',
    'meet',
    ',',
    ':',
    '"',
    '“',
    '”',
    '(',
    ')',
    'and',
    'is',
    'tasked',
    'with',
    'by',
    'entry',
    'into',
    'force',
    'nous',
    'allons',
    'wij',
    'zullen',
    'wir',
    'werden',
  ];
  const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 24 }).map((w) => w.join(' '));
  const text = fc.oneof(fc.string({ maxLength: 200 }), sentence);
  const unit = fc
    .record({ text, lead: fc.option(text, { nil: undefined }) })
    .map((u): ReadableUnit => (u.lead === undefined ? { text: u.text } : { text: u.text, lead: u.lead }));

  test('answers one reading per unit, in order, and never throws on any text', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const readings = reader.readAll(units);
        expect(readings).toHaveLength(units.length);
        for (const r of readings) {
          expect(MOODS).toContain(r.mood);
          expect(r.negated).toBe(r.negation !== null);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('a batch reads each unit as it reads alone, and the cue is words of the unit or of its lead', () => {
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 6 }), (units) => {
        const together = reader.readAll(units);
        units.forEach((u, i) => {
          expect(reader.readAll([u])[0]).toEqual(together[i]);
          const cue = together[i]!.cue;
          if (cue !== null) expect(together[i]!.fromLead ? u.lead : u.text).toContain(cue);
          if (together[i]!.mood === 'statement') expect(cue).toBeNull();
        });
      }),
      { numRuns: 100 },
    );
  });

  test('an empty clause, or one of punctuation only, is a statement', () => {
    expect(reader.readAll([{ text: '' }, { text: ' ;:, — … ' }]).map((r) => r.mood)).toEqual(['statement', 'statement']);
  });
});
