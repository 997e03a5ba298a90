import { readerFor } from '../../src/pledges/read';

/**
 * Clauses that look like commitments and are not: examples of a noun, predicted effects, needs. Sentences of our own.
 */
const read = (text: string, lead?: string) => readerFor('en').readAll([{ text, ...(lead ? { lead } : {}) }])[0]!;

describe('an infinitive under a lead that gives examples', () => {
  test('after "including" in a statement it completes the noun, and commits to nothing', () => {
    expect(read('to report suspicious payments to the authorities', 'We recall the duty of the private sector, including').mood).toBe('statement');
    expect(read('to keep records of every transfer', 'They noted the obligations of lenders, such as').mood).toBe('statement');
  });

  test('under a lead that announces a list with a colon, an infinitive item still commits', () => {
    expect(read('to report suspicious payments to the authorities', 'The following objectives:').mood).toBe('commitment');
  });

  test('under a committing lead, the items take its commitment', () => {
    expect(read('to report suspicious payments to the authorities', 'We will work with the private sector, including').mood).toBe('commitment');
  });
});
