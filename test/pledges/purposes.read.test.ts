import { moodOf as mood } from './fixtures';

/**
 * Only a party undertakes: what an undertaking or a text "seeks" or "aims" to do is its purpose. Sentences of our own.
 */

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

describe('states described in the shape of acts', () => {
  test('"play an essential role" says what a part is', () => {
    expect(mood('The Joint River Centres in Tournai and Lille also play an essential role in developing joint flood patrols.')).toBe('statement');
    expect(mood('We play host to the river forum next year.')).not.toBe('statement');
  });

  test('"continues to evolve" is a change going on, not an act kept up', () => {
    expect(mood('The Alliance between Norway and Sweden continues to evolve and expand.')).toBe('statement');
    expect(mood('The two river boards continue to share their flood data.')).toBe('commitment');
  });

  test('a thing that "calls for" something needs it; only a party appeals', () => {
    expect(mood('The ministers stressed that the growth of the cities calls for new flood defences.')).toBe('statement');
    expect(mood('The ministers called for new flood defences.')).toBe('commitment');
  });
});
