import { readClause } from '../../src/pledges';

/** Clauses that look like acts but are not: a membership held, and a section title run into its first sentence. */
const read = (text: string, lead?: string) => readClause(lead ? { text, lead } : { text }, 'en');

describe('being a member is a standing, not an act under way', () => {
  test.each([
    'Moreover, both governments are founding members of the Coastal Partnership on Fisheries.',
    'The two republics are contracting parties to the fisheries treaty.',
  ])('"%s" commits to nothing', (text) => {
    expect(read(text).mood).toBe('statement');
  });

  test.each(['We are recruiting members for the new harbour board.', 'The ministries are building partnerships with coastal towns.'])(
    'a progressive with its own object is still an act under way: "%s"',
    (text) => {
      expect(read(text).mood).toBe('commitment');
    },
  );
});

describe('a run-in heading names a section; the sentence after its colon speaks', () => {
  test('a participle title does not hide the commitment after it', () => {
    expect(read('Protecting Shared Lakes: Both provinces committed to ban phosphate detergents.')).toMatchObject({
      mood: 'commitment',
      cue: 'committed to',
    });
  });

  test('an imperative title under a committing lead commits to nothing when a sentence of fact follows it', () => {
    const lead = 'The two provinces will work together to:';
    expect(read('Curb Algal Blooms: The algae problem is getting worse every summer.', lead).mood).toBe('statement');
    // With no sentence of its own after the title, the item still continues its lead.
    expect(read('Curb algal blooms in the shared lakes', lead)).toMatchObject({ mood: 'commitment', fromLead: true });
  });

  test('a labelled section whose sentence states a fact is no report of anything done', () => {
    expect(read('Panel 4 – Rural Broadband and Market-based Pricing: The cost of rural lines is a barrier for farms.').mood).toBe('statement');
  });
});

describe('assessing and appealing to others to stop are not deeds of the authors', () => {
  test('taking stock of something reviews it and reports nothing done', () => {
    expect(read('The ministers took stock of the harbour repairs and of the ferry timetable.').mood).toBe('statement');
    expect(read('The ministers took the first steps toward a shared ferry fund.').mood).toBe('completion');
  });

  test.each([
    'The ministers urged an immediate cessation of hostilities.',
    'We call for the lifting of the blockade.',
    'They called for an end to the shelling of the port.',
  ])('an appeal to stop asks it of whoever keeps it up: "%s"', (text) => {
    expect(read(text).mood).toBe('statement');
  });

  test.each(['They called for a shared coastguard.', 'The two sides called for an early conclusion of the talks.'])(
    'an appeal for something to be built or finished is still pursued by its authors: "%s"',
    (text) => {
      expect(read(text).mood).toBe('commitment');
    },
  );
});
