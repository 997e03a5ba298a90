import { readClause } from '../../src/pledges';
import { moodOf as mood } from './fixtures';

/**
 * A participle that describes the subject is not the clause's verb, whether set off by commas or dashes or standing
 * right after its noun; a phrase that sets the scene before the subject is no part of the subject; and "not only"
 * adds rather than negates. Sentences of our own.
 */

describe('a participle set off after the subject describes it', () => {
  test('between dashes: the verb after the aside decides, and a future commits', () => {
    expect(mood('The river board—established at last year’s summit—will map the dams.')).toBe('commitment');
  });

  test('between commas: a future after the aside still commits', () => {
    expect(mood('The river board, created last spring, will publish its first survey in May.')).toBe('commitment');
  });

  test('a scene-setting phrase before the subject does not hide a party that acts', () => {
    expect(mood('By sharing its maps, the Northern River Board—established at last year’s summit—began surveying the dams.')).toBe('completion');
  });
});

describe('a past participle right after its noun, before the verb of that noun, describes it', () => {
  test('"the task force established last year will publish …" commits', () => {
    expect(mood('The flood task force established last year will publish its maps in June.')).toBe('commitment');
  });

  test('a past form with an object after it is still the verb', () => {
    expect(mood('The ministers established a flood task force last year.')).toBe('completion');
  });

  test('a past form joined to a second verb by "and" is still the verb', () => {
    expect(mood('The ministers met in Oslo and agreed to share their flood maps.')).toBe('commitment');
  });
});

describe('"not only … but also" adds, it does not negate', () => {
  const negated = (text: string) => readClause({ text }, 'en').negated;

  test.each(['We will not only fund the dams but also train their staff.', 'The board is committed not only to mapping the rivers but also to cleaning them.'])(
    '"%s" commits without negation',
    (text) => {
      expect(readClause({ text }, 'en').mood).toBe('commitment');
      expect(negated(text)).toBe(false);
    },
  );

  test('a plain "not" still negates', () => {
    expect(negated('We will not fund the dams.')).toBe(true);
    expect(negated('The board is not committed to the plan.')).toBe(true);
  });
});

test('a verb spelled the same in all its forms is a participle after "have" or "be": "has been put in place" reports it done', () => {
  expect(mood('A joint mechanism has been put in place to share flood data.')).toBe('completion');
  expect(mood('We will put a joint mechanism in place.')).toBe('commitment');
});

test('a verb of commitment after "and", with no determiner, is the clause\u2019s second verb: "appreciate … and pledge to …" commits', () => {
  expect(mood('The two ministers deeply appreciate the recent work of the river board and pledge to continue funding it.')).toBe('commitment');
});

describe('a second main clause with the authors as subject says what they do', () => {
  test.each([
    'Clean rivers are vital for our farms, and we will continue funding their protection.',
    'Our plans cannot succeed without the farmers and to that end, we intend to consult them.',
  ])('"%s" commits', (text) => {
    expect(mood(text)).toBe('commitment');
  });

  test('a second clause about a thing does not commit anyone', () => {
    expect(mood('Clean rivers are vital for our farms, and the floods are growing.')).toBe('statement');
  });
});

test('a participle after a comma is the subject\u2019s act too: "…, announcing a new partnership" launches it', () => {
  expect(mood('The ministers underscored the value of closer ties between river scientists, announcing a new research partnership.')).toBe('commitment');
  expect(mood('The ministers underscored the value of closer ties between river scientists, noting their work.')).toBe('statement');
});

test('a "that" clause opened before the subject runs through the commas of its own subject to its verb', () => {
  expect(
    mood(
      'Fully recognizing that farmers, fishers, and foresters of both countries are among the most skilled in the world, the two ministers agree to pool their training.',
    ),
  ).toBe('commitment');
});

test('"further" right before a verb is the adverb: "We further reaffirm that …" reaffirms, it does not further anything', () => {
  expect(mood('We further reaffirm that the basis of our river cooperation is the treaty of 1990.')).toBe('statement');
  expect(mood('We will work to further our shared aims on the rivers.')).toBe('commitment');
});

test('no finite verb follows a preposition straight away: "for listed rivers" describes the rivers', () => {
  const text = 'the export of river water to regions of concern, and exchange of good practice for listed rivers';
  expect(readClause({ text, lead: 'We intend to enhance our cooperation in the following areas:' }, 'en').mood).toBe('commitment');
});

test('after names joined by "and", a plain form before a determiner is their verb: "Norway and Sweden support the …" commits', () => {
  expect(mood('Norway and Sweden support the development of common flood standards.')).toBe('commitment');
  expect(mood('The Norway and Sweden support programme ended in May.')).not.toBe('commitment');
});

test('a subject standing alone, an aside, then its predicate make the main clause after a leading purpose', () => {
  expect(mood('To protect the wetlands, the two ministries, together with local farmers, planted new reed beds along the river.')).toBe('completion');
});
