import { readClause } from '../../src/pledges';

/** Clauses that look like acts but are not: a membership held, and a section title run into its first sentence. */
const read = (text: string, lead?: string) => readClause(lead ? { text, lead } : { text }, 'en');

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
