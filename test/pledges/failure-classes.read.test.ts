import { readClause } from '../../src/pledges';
import { moodOf as mood } from './fixtures';
import { segment } from '../../src/text';

/**
 * The reading failures found on real communiqués the product was not tuned
 * to, each in sentences of our own, so the rule holds as grammar rather than
 * as one document's wording.
 */

describe('1. commitments that used to be missed', () => {
  test.each([
    'The two governments renew their pledge to open the bridge to freight.',
    'Both ministers restated their determination to close the loophole.',
    'We recommit ourselves to a fair settlement of the dispute.',
    'The partners continue to fund the river clean-up.',
    'Our agencies remain committed to sharing flood warnings.',
  ])('a renewed or nominal commitment: "%s"', (text) => {
    expect(mood(text)).toBe('commitment');
  });

  test.each([
    'The spokeswoman said the ministry would publish the audit in June.',
    'According to the statement, the mayor promised to reopen the library.',
    'He told reporters that the port would be dredged next spring.',
  ])('reported speech of a commitment: "%s"', (text) => {
    expect(mood(text)).toBe('commitment');
  });

  test('list items under a lead that commits and ends in a colon take its commitment', () => {
    const [lead, ...items] = segment(
      'The councils pledge to work together to:\n\n- Pursue shared bus routes\n- Cheaper tickets for students\n- Extend night services',
      { language: 'en' },
    ).units;
    expect(mood(lead!.text)).toBe('commitment');
    for (const item of items) {
      expect(item.lead).toBe(lead!.text);
      expect(readClause(item, 'en')).toMatchObject({ mood: 'commitment', fromLead: true });
    }
  });
});

describe('an aim of the authors, stated with "be"', () => {
  test.each([
    'Our highest priority is to restore the wetlands.',
    'A first focus will be on flood warnings and river gauges.',
    'Our goal will be to share flood data daily.',
  ])('what the aim is, an act or where attention goes, is what they will do: "%s"', (text) => {
    expect(mood(text)).toBe('commitment');
  });

  test.each(['The goal of the treaty is to reduce emissions.', 'Our goal was to restore the wetlands.', 'Its purpose is to share flood data.'])(
    'the aim of a thing, or one in the past, is a purpose or history: "%s"',
    (text) => {
      expect(mood(text)).toBe('statement');
    },
  );
});

describe('a commitment to act, shown, is stated', () => {
  test.each(['The new flood plan shows our resolve to protect the delta towns.', 'The river survey demonstrates our shared determination to act early.'])(
    '"%s"',
    (text) => {
      expect(mood(text)).toBe('commitment');
    },
  );

  test.each(['This work reflects our commitments under the river accord.', 'The report shows a commitment to protect towns.'])(
    'without an act to do, or without a possessor who holds it, nothing is stated: "%s"',
    (text) => {
      expect(mood(text)).toBe('statement');
    },
  );
});

describe('2. commitments that used to be invented', () => {
  test('"plans to" inside a noun phrase commits nobody: the sentence reports what was adopted', () => {
    expect(mood('The regions adopted action plans to reach cleaner air.')).toBe('completion');
    expect(mood('The two mayors plan to meet again in May.')).toBe('commitment');
  });

  test.each([
    ['To meet these shortages, the hospitals need more nurses.', 'statement'],
    ['To curb smuggling, customs officers inspected every lorry.', 'completion'],
    ['In order to keep prices down, the cooperative buys in bulk.', 'statement'],
  ])('a sentence opening with a purpose clause is read from its main clause: "%s"', (text, expected) => {
    expect(mood(text)).toBe(expected);
  });

  test.each([
    'The ministers called on the rebels to lay down their arms.',
    'We welcome the city’s plan to build a tram line.',
    'The park will remain the heart of the district.',
    'They take note of the growing number of visitors.',
  ])('appeals to others, welcomes and predictions are not our pledges: "%s"', (text) => {
    expect(mood(text)).toBe('statement');
  });

  test('a list’s commitment goes to its items, not to the pieces of a later sentence inside an item that has its own verb', () => {
    const units = segment(
      'The two port authorities intend to take the following steps:\n\n' +
        '1. Survey the harbour walls every spring. Threats to the walls include – among others – rising seas; the loss of the ' +
        'old breakwater; salt damage to the mortar; and heavier storms.\n' +
        '2. Train the pilots of both ports together.',
      { language: 'en' },
    ).units;
    const read = (text: string) => {
      const unit = units.find((u) => u.text.startsWith(text));
      expect(unit).toBeDefined();
      return readClause(unit!, 'en');
    };
    expect(read('Survey the harbour walls')).toMatchObject({ mood: 'commitment', fromLead: true });
    expect(read('Train the pilots')).toMatchObject({ mood: 'commitment', fromLead: true });
    expect(read('Threats to the walls include').mood).toBe('statement');
    for (const piece of ['the loss of the old breakwater', 'salt damage to the mortar', 'heavier storms']) {
      expect(read(piece)).toMatchObject({ mood: 'statement', fromLead: false });
    }
  });
});

describe('3. what the later text reports, from its own tense, aspect and subject', () => {
  test.each([
    'Norway joined the fisheries pact last year.',
    'We built two shelters on the coast.',
    'The ministers convened today in person for the first time.',
    'We established the joint water commission.',
    'The treaty entered into force in March.',
  ])('a simple past or perfect of an act by the parties reports it done: "%s"', (text) => {
    expect(mood(text)).toBe('completion');
  });

  test.each(['We recommit to finishing the railway.', 'The commission will keep reviewing the quotas.', 'We are working to finish the railway.'])(
    'a renewal or ongoing effort is not a completion: "%s"',
    (text) => {
      expect(mood(text)).toBe('commitment');
    },
  );

  test.each(['The storm destroyed the harbour.', 'Prices rose sharply in the winter.', 'The ministers discussed the quotas.'])(
    'a past event that is nobody’s act, or talk, reports no pledge kept: "%s"',
    (text) => {
      expect(mood(text)).toBe('statement');
    },
  );

  test.each(['We are exploring new ways to share flood data.', 'The two ministries are examining whether to share the fishing quotas.'])(
    'an inquiry in the progressive by those who act is work under way: "%s"',
    (text) => {
      expect(mood(text)).toBe('commitment');
    },
  );

  test.each([
    'We explored new ways to share flood data.',
    'We discuss the fishing quotas.',
    'The reports are reviewing the fishing quotas.',
    'The two ministries are reviewing the incident.',
  ])('in the simple past or present, with a thing as subject, or into no question of what to do, it only says so: "%s"', (text) => {
    expect(mood(text)).toBe('statement');
  });

  test.each(['The second river summit took place in Bergen on 4 June.', 'The signing of the fisheries pact has taken place.'])(
    'a gathering or an event that took place is reported held: "%s"',
    (text) => {
      expect(mood(text)).toBe('completion');
    },
  );

  test('the cue of a meeting held names the meeting, so that it completes only a pledge to meet', () => {
    expect(readClause({ text: 'The second river summit took place in Bergen.' }, 'en').cue).toBe('summit took place');
  });

  test.each([
    'The flood took place in the spring.',
    'The second river summit will take place in Bergen.',
    'The flood after the summit took place in the spring.',
  ])('no event held, or one still to come: "%s"', (text) => {
    expect(mood(text)).not.toBe('completion');
  });
});

describe('5. segmentation that kept the commitment out of every unit', () => {
  test('the words introducing an inline list are a unit of their own, so the commitment is in a unit', () => {
    const units = segment('They said it was vital to: "train more pilots", "buy two tankers", and "share the hangars".', { language: 'en' }).units;
    expect(units.map((u) => u.text)).toEqual(['They said it was vital to:', '"train more pilots"', '"buy two tankers"', '"share the hangars".']);
    expect(units.slice(1).map((u) => readClause(u, 'en').mood)).toEqual(['commitment', 'commitment', 'commitment']);
  });

  test('items that go on a clause in lower case are led by it', () => {
    const units = segment('The board is tasked to audit the accounts; publish the findings; and propose reforms.', { language: 'en' }).units;
    expect(units.slice(1).map((u) => [u.text, u.lead])).toEqual([
      ['publish the findings', 'The board is tasked to audit the accounts'],
      ['propose reforms.', 'The board is tasked to audit the accounts'],
    ]);
    expect(units.map((u) => readClause(u, 'en').mood)).toEqual(['commitment', 'commitment', 'commitment']);
  });

  test('a bare noun phrase in a list that states facts is no clause of commitment', () => {
    const units = segment('The region faces three threats: the long drought, the river floods, and the summer heat waves.', { language: 'en' }).units;
    expect(units).toHaveLength(4);
    expect(units.map((u) => readClause(u, 'en').mood)).toEqual(['statement', 'statement', 'statement', 'statement']);
  });
});

test('a word the tagger gives no lemma ("cannot") reads as itself, without failing the document', () => {
  expect(readClause({ text: 'We cannot accept this, and we will not.' }, 'en')).toMatchObject({ negated: true });
  expect(() => readClause({ text: 'New entrants (who cannot) will compete.' }, 'en')).not.toThrow();
});
