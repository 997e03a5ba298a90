import { readClause } from '../../src/pledges';

/**
 * Only a party undertakes: what an undertaking or a text "seeks" or "aims" to do is its purpose. Sentences of our own.
 */
const mood = (text: string) => readClause({ text }, 'en').mood;

describe('a thing that seeks or aims states its purpose', () => {
  test.each([
    'This joint study seeks to make a useful contribution to the protection of wetlands.',
    'The new register aims to give farmers a clearer view of water prices.',
  ])('"%s"', (text) => {
    expect(mood(text)).toBe('statement');
  });

  test('the authors who seek something commit to it', () => {
    expect(mood('We seek to protect the wetlands of both countries.')).toBe('commitment');
  });
});

describe('who the subject is', () => {
  test('a coalition is a party, and so are co-chairs however the tagger spells their plural: what they did is reported', () => {
    expect(mood('The coalition signed the river accord in Oslo.')).toBe('completion');
    expect(mood('The co-chairs signed the river accord in Oslo.')).toBe('completion');
  });

  test('the year of a date set off by commas belongs to the date, not the subject: the party after it acted', () => {
    expect(mood('On May 16, 2022, at their meeting in Oslo, the ministers signed the river accord.')).toBe('completion');
  });
});

describe('an act begun is under way, not done', () => {
  test.each(['We have begun to map the flood plains of both rivers.', 'The ministers have started exchanging data on river levels.'])(
    '"%s" continues the work',
    (text) => {
      expect(mood(text)).toBe('commitment');
    },
  );

  test('a finished act is still reported done', () => {
    expect(mood('We have mapped the flood plains of both rivers.')).toBe('completion');
  });
});
