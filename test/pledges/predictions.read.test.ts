import { readClause } from '../../src/pledges';
import { moodOf as mood } from './fixtures';

/**
 * Sentences that speak of the future without anyone committing, found on a
 * pair of multilateral statements read after the rules were written: each
 * rule is a fact of English grammar, shown here in sentences of our own.
 */

describe('a second predicate with a modal of its own keeps it', () => {
  test.each([
    'These reforms will naturally differ between regions, and may change from one year to the next.',
    'Such exchanges must be lawful in each country, and may be held alongside ministerial talks.',
  ])('"may" in the second predicate commits nobody: "%s"', (text) => {
    expect(mood(text)).toBe('statement');
  });

  test('a past report followed by "and will …" commits to the second predicate', () => {
    expect(mood('The ministers welcomed the first river dialogue in May and will meet again to extend it.')).toBe('commitment');
  });

  test('a predicate without a modal of its own still shares the first one\u2019s', () => {
    expect(mood('The agencies will map the flood plains and publish the results.')).toBe('commitment');
  });

  test('the verbs of a relative clause after a comma are not the main clause\u2019s', () => {
    expect(mood('Last year Governor Alvarez signed a decree, which names the new parks and will protect them from building.')).toBe('completion');
  });
});

describe('a possessive is not the head of the subject', () => {
  test.each([
    'A city\u2019s capacity to absorb, store and release storm water will depend on its soil.',
    'The region\u2019s growth will reflect the price of energy.',
  ])('a thing that will depend or reflect states a condition: "%s"', (text) => {
    expect(mood(text)).toBe('statement');
  });

  test('a party before a possessive does not make the thing it owns act: "Norway\u2019s decision changed the plan"', () => {
    expect(mood('Norway\u2019s decision changed the plan.')).toBe('statement');
  });

  test('a party that is the head still acts', () => {
    expect(mood('Norway\u2019s foreign minister will visit the dam next month.')).toBe('commitment');
  });
});

describe('infinitives in a series belong to the subject they follow', () => {
  test('"to quickly detect, contain and repair" is not the verb of the sentence', () => {
    expect(mood('The network\u2019s ability to quickly detect, contain and repair faults will depend on its staff.')).toBe('statement');
  });

  test('a bare verb after such a series, with a subject of its own, is still found', () => {
    expect(mood('Our plan to detect, contain and repair faults will be funded by both governments.')).toBe('commitment');
  });
});

describe('a verb spelled inside a name is part of the name', () => {
  test('"the Northern Counter Flood Alliance … met" reports a meeting, not a commitment to counter', () => {
    expect(mood('The members of the Northern Counter Flood Alliance met in Oslo on 3 May.')).toBe('completion');
  });

  test('a title in capitals whose words look like verbs commits to nothing', () => {
    expect(mood('Regional Counter Smuggling Forum 2024 Joint Statement')).toBe('statement');
  });

  test('the same verb in lower case still acts', () => {
    expect(mood('The members will counter smuggling on the northern border.')).toBe('commitment');
  });
});

describe('what a thing will bring about is a prediction', () => {
  test.each([
    'This agreement will enable faster customs checks at the border.',
    'These measures will ensure that farmers benefit from lower prices.',
    'The new corridor will complement the existing rail links.',
  ])('"%s"', (text) => {
    expect(mood(text)).toBe('statement');
  });

  test('the authors who will ensure something commit to it', () => {
    expect(mood('We will ensure that the grants reach the schools.')).toBe('commitment');
  });
});

describe('only a party reaffirms', () => {
  test('an event that "has underscored that we need …" judges and commits nobody', () => {
    expect(mood('The drought has further underscored that we share an urgent need to identify and address the risks to our rivers.')).toBe('statement');
  });

  test('leaders who underscore that they will act commit to it', () => {
    expect(mood('The ministers underscored that they will meet again in May.')).toBe('commitment');
  });

  test('sharing a need is not undertaking anything', () => {
    expect(mood('We share the need to act quickly on water quality.')).toBe('statement');
  });
});

describe('a quoted phrase inside a clause is named, not said', () => {
  test('an item under "We intend to:" keeps its commitment though a quoted name holds a verb', () => {
    const text =
      'Combat smuggling networks’ ability to profit from illicit proceeds by enforcing anti-money laundering measures, including “know your customer” rules, for virtual assets';
    expect(readClause({ text, lead: 'We intend to:' }, 'en').mood).toBe('commitment');
  });

  test('a bill named in quotes does not act: its own verb, after the name, decides', () => {
    expect(mood('S. 12, the “Clean Rivers Act,” which amends the rules for river permits')).not.toBe('commitment');
  });

  test('a quotation left open past the clause hides nothing', () => {
    expect(mood('“The ministers signed the accord in Vienna.')).toBe('completion');
  });
});

test('a long quotation after a verb of saying is what was said, and is read', () => {
  expect(mood('The ministers stated: “We intend to work together on reforming the trade rules and to help our workers and companies.”')).toBe('commitment');
});

test('a plain form after "as" or "the" and before "of" is a noun: "Norway as lead of the task force" names a role', () => {
  expect(
    readClause({ text: 'Norway as lead of the task force', lead: 'The members thank the countries that have taken on roles in the forum:' }, 'en').mood,
  ).toBe('statement');
});

describe('a verb after "and" continues the nearer series', () => {
  test('"… will enable systems that enhance X, reduce Y, and protect Z" predicts: "protect" is the systems\u2019', () => {
    expect(mood('This agreement will enable river systems that enhance water quality, reduce flood risk, and protect the fish.')).toBe('statement');
  });

  test('a verb of another form than the relative\u2019s still joins the main predicate', () => {
    expect(mood('We welcome a plan that is ambitious, and will fund it in full.')).toBe('commitment');
  });
});
