import { readClause } from '../../src/pledges';
import { moodOf as mood } from './fixtures';

/**
 * A lead ending in "commit to:" or "focus on:" wants a complement, and each item under it is that complement: a gerund
 * or a noun phrase whose verbs sit inside an infinitive or a clause of its own ("to ensure that any use … is lawful").
 * And an aside set off by commas between "committed" and its "to" does not turn the adjective into a passive report.
 * Sentences of our own.
 */
const item = (text: string, lead: string) => readClause({ text, lead }, 'en');
const LEAD = 'To protect the rivers, the basin states are working together and commit to:';

describe('items completing a lead that ends in "to:"', () => {
  test('a gerund item whose verb sits in a "that" clause commits through its lead', () => {
    expect(item('working with our water agencies to ensure that every new dam is reviewed by the board;', LEAD).mood).toBe('commitment');
  });

  test('a noun-phrase item with an infinitive inside it commits through its lead', () => {
    expect(item('regular data sharing on river levels, including to better predict and track floods;', LEAD).mood).toBe('commitment');
  });

  test('a gerund item with coordinated bare verbs after "to" commits through its lead', () => {
    expect(item('consulting farmers and fishers to inform our plans, help raise awareness, and set common standards.', LEAD).mood).toBe('commitment');
  });

  test('an item that opens with a subject and its own verb still reads on its own', () => {
    expect(item('the old treaty expired in 2019.', LEAD).mood).not.toBe('commitment');
  });

  test('under a lead that does not end in "to:", a gerund item keeps its own reading', () => {
    expect(
      item('working with our water agencies to ensure that every new dam is reviewed by the board.', 'Last year the basin states reported on their work:').mood,
    ).not.toBe('commitment');
  });
});

describe('an aside between "committed" and its "to"', () => {
  test('"are committed, where applicable, to implementing" commits', () => {
    expect(mood('We are committed, where applicable and subject to national law, to implementing the river code.')).toBe('commitment');
  });

  test('"remain committed, where possible, to working" commits', () => {
    expect(mood('We remain committed, where possible, to working together on the basin plan.')).toBe('commitment');
  });

  test('a passive with an aside that holds a verb of its own is still a report', () => {
    expect(mood('The maps were delivered, as agreed, to the basin states.')).toBe('completion');
  });
});
