import { readClause } from '../../src/pledges';

/**
 * A list completes the verb right before its colon. When that verb belongs to a relative clause, the items say what the
 * relative's noun does, not what the lead's main verb did. Sentences of our own.
 */
const item = (text: string, lead: string) => readClause({ text, lead }, 'en');

test('items of "launched a dialogue that aims to:" are the dialogue\u2019s purposes, not acts reported done', () => {
  const reading = item('cut the cost of river transport', 'Last year the ministers launched a river dialogue that aims to:');
  expect(reading.mood).not.toBe('completion');
});

test('items of "have established expert groups which focus on:" are what the groups work on', () => {
  expect(item('flood maps and river levels', 'The ministers have established two expert groups which focus on:').mood).toBe('commitment');
});

test('a lead without a relative clause still gives its items its own reading', () => {
  expect(item('a register of river levels', 'The ministers have established:').mood).toBe('completion');
});

test('a relative clause whose object is there leaves the list to the rest of the lead', () => {
  expect(item('Norway as chair of the forum', 'The members thank the countries who have taken on roles in the forum:').mood).toBe('statement');
});
