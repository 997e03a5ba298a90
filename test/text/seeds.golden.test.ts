import { segment, type Unit } from '../../src/text';
import { SEED_2016, SEED_2018, SEED_FILES, goldenPath, readSeed } from '../fixtures/seeds';

const textsOf = (units: readonly Unit[]): string[] => units.map((u) => u.text);
const find = (units: readonly Unit[], start: string): Unit => {
  const unit = units.find((u) => u.text.startsWith(start));
  if (!unit) throw new Error(`no unit starts with ${JSON.stringify(start)}`);
  return unit;
};

describe.each(SEED_FILES)('golden units of seed %s', (file) => {
  test('match the reviewed fixture unit by unit', () => {
    const golden = require(goldenPath(file)) as { language: string; units: Unit[] };
    const actual = segment(readSeed(file));
    expect(actual.language).toBe(golden.language);
    // Compare unit by unit first so a failure names the first unit that moved.
    actual.units.forEach((unit, i) => {
      expect(unit).toEqual(golden.units[i]);
    });
    expect(actual.units).toHaveLength(golden.units.length);
  });
});

describe('2016 EUobserver report', () => {
  const { units } = segment(readSeed(SEED_2016));

  test('title and sub-heading are headings; Dutch lines are boilerplate; the byline is meta', () => {
    expect(find(units, 'France, Belgium step up').kind).toBe('heading');
    expect(find(units, "Terrorism networks 'thwarted'").kind).toBe('heading');
    expect(find(units, 'Met dank overgenomen').kind).toBe('boilerplate');
    expect(find(units, 'Tip. Klik hier').kind).toBe('boilerplate');
    expect(find(units, 'Auteur: Eric Maurice').kind).toBe('meta');
  });

  test('the introduced list of three EU-level demands becomes three units with their lead', () => {
    const lead = 'They said it was "essential" at EU level to:';
    const items = units.filter((u) => u.lead === lead);
    expect(textsOf(items)).toEqual([
      '"make quick progress in harmonising incriminations in terrorism cases"',
      '"establish a tight cooperation between member states to improve cross-border access to internet communication data in targeted investigations"',
      '"allow more resort to common investigation teams".',
    ]);
  });

  test('two pledges of one subject are cut apart, the second led by the subject', () => {
    expect(find(units, 'They also pushed for').text).toBe('They also pushed for the quick creation of an EU border and coastguard corps');
    expect(find(units, 'said they were "determined').lead).toBe('They');
    expect(find(units, 'called for a "European security pact"').lead).toBe('France and Belgium');
  });

  test('a multi-sentence quotation stays one unit; an ellipsis inside it does not cut', () => {
    expect(find(units, '"Everywhere in Europe').text).toMatch(/there is still \.\.\. in France.*he said\.$/);
  });

  test('the liaison magistrate pledge is its own sentence', () => {
    expect(find(units, 'A French liaison magistrate').text).toBe(
      'A French liaison magistrate will be sent to Belgium to be "the interface" between the two countries\' judiciaries.',
    );
  });
});

describe('2018 joint communiqué', () => {
  const { units } = segment(readSeed(SEED_2018));
  const resolved =
    'Determined to face unceasingly the new challenges posed by the threat of terrorism and violent radicalisation, France and Belgium have resolved:';

  test('numbered headings are headings and keep their number', () => {
    expect(units.filter((u) => u.kind === 'heading').map((u) => u.text)).toEqual([
      'Franco-Belgian intergovernmental meeting Val Duchesse II : joint communiqué (Paris, 11 June 2018)',
      '1. On counter-terrorism —',
      '2. On countering violent radicalisation —',
      '3. At European level —',
    ]);
  });

  test('bullet items are units without their marker and carry the "have resolved:" lead when they continue it', () => {
    const follow = find(units, 'To follow through');
    expect(follow.lead).toBe(resolved);
    expect(readSeed(SEED_2018).slice(follow.start - 12, follow.start)).toMatch(/^-[\s\u00a0]+$/u);
    expect(find(units, 'In the wake of the terrorist attack at Liège').lead).toBe(resolved);
    expect(find(units, 'Also, to stress to our partners').lead).toBe(resolved);
  });

  test('sentences standing alone inside the bullets still carry the list they belong to (the pledge reader reads them on their own)', () => {
    for (const start of ['The entry into force on 25 May', 'We undertake to foster', 'To make cross-border access', 'The prospect of these releases']) {
      expect(find(units, start).lead).toBe(resolved);
    }
  });

  test('the semicolon series of EU tools is one unit per tool, led by its colon clause', () => {
    const lead = 'To respond to these challenges, the European Union has availed itself of several tools in the past couple of years:';
    expect(textsOf(units.filter((u) => u.lead === lead))).toEqual([
      'the reform of and granting of further powers to the Frontex agency',
      'systematic border controls on the EU’s external frontiers',
      'the adoption on 25 April this year of the ETIAS system to forestall security risks',
      'the entry/exit system adopted on 30 November 2017, which allows the logging of the entry and exit of third-country citizens making short trips over the EU’s external frontiers.',
    ]);
  });

  test('the "including" list of measures taken is one unit per measure', () => {
    const items = units.filter((u) => u.lead?.endsWith('to implement this co-operation, including'));
    expect(textsOf(items)).toEqual([
      'the reorganisation of operational and strategic consultative arrangements in the border area',
      'stationing a French liaison magistrate in Belgium',
      'intensifying the use of joint inquiry teams (JCTs, French acronym ECE, Dutch acronym GOT)',
      'a tour of duty by a Belgian police liaison officer to the French prefecture of Hauts-de-France, based in Lille.',
    ]);
  });

  test('parallel items of a semicolon series share the words before the repeated one', () => {
    expect(find(units, 'reinforcing judicial co-operation').lead).toBe('We decided in 2016 to intensify police co-operation by');
    expect(find(units, 'consulting at European level').lead).toBe('We decided in 2016 to intensify police co-operation by');
  });

  test('dates, ranges and numbers do not cut sentences', () => {
    expect(find(units, 'Given the necessity').text).toContain('(“No Money For Terror”, Paris, 25–26 April 2018)');
    expect(find(units, 'To continue our exchanges on administrative').text).toContain('more than 200 in France and more than 100 in Belgium');
  });
});
