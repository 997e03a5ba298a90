import { moodOf as mood } from './fixtures';
import { readClause } from '../../src/pledges';

/**
 * Readings found on pairs annotated before the product ran on them (a G7 pair, a Counter Ransomware pair), each a general
 * fact of English: an appeal to someone else to act binds them, not the authors; an effort told in the past is a report;
 * a participle under a degree adverb is a state; a verb the tagger took for an adjective after "we" is still the verb; the
 * authors' own decision, renewed, is their commitment; an aside before "that" does not hide "determined". Sentences of our own.
 */
describe('asking others to act', () => {
  test('"we encourage other states to join" asks it of them', () => {
    expect(mood('We encourage other river states to join the basin compact.')).toBe('statement');
  });

  test('"we invite the private sector to take part" asks it of them', () => {
    expect(mood('We invite the private sector to take part in the flood fund.')).toBe('statement');
  });

  test('a promise to do the encouraging still commits', () => {
    expect(mood('We will encourage other river states to join the basin compact.')).toBe('commitment');
  });

  test('encouraging each other binds the authors', () => {
    expect(mood('We encourage each other to share flood data.')).toBe('commitment');
  });
});

describe('efforts told in the past', () => {
  test('"sought to" in the past reports an effort', () => {
    expect(mood('Over the year, the basin board sought to involve farmers in its work.')).toBe('statement');
  });

  test('"seek to" in the present still commits', () => {
    expect(mood('We seek to involve farmers in the basin plan.')).toBe('commitment');
  });
});

test('a participle under a degree adverb is a state, not an act: "are more united … than ever"', () => {
  expect(mood('Amidst the floods, river towns are more united, proud and determined than ever.')).toBe('statement');
});

test('"We also welcome …" under a committing lead: the verb after "we" is read as the verb, and welcoming another’s plan is no pledge', () => {
  const text = 'We also welcome the Dutch initiative to host a donor conference in support of the people in the valley in March.';
  expect(readClause({ text, lead: 'Specifically, we are taking the following new measures, consistent with our laws:' }, 'en').mood).toBe('statement');
});

describe('a decision renewed', () => {
  test('"we reiterate our decision that …" commits', () => {
    expect(mood('We reiterate our decision that the new river tariff will enter into force on 1 May.')).toBe('commitment');
  });

  test('"we recall the decision of the council" is someone else’s', () => {
    expect(mood('We recall the decision of the basin council on river tariffs.')).toBe('statement');
  });
});

test('an aside between "determined" and its "that" does not make a passive report', () => {
  expect(mood('We are determined, consistent with our laws, that the seized boats will stay in port until the dispute is settled.')).toBe('commitment');
});

describe('a series of bare verbs after an infinitive', () => {
  test('"welcome the platform to help advance A, promote B, and ensure C" welcomes; the series is the platform’s work', () => {
    const text =
      'We welcome the establishment of the River Basin Platform to help advance the reform agenda, promote private sector led growth, and ensure close coordination among donors.';
    expect(mood(text)).toBe('completion');
  });

  test('two predicates of the authors joined by "and" still commit', () => {
    expect(mood('We welcome the plan to cut fees and commit to working together.')).toBe('commitment');
  });
});

/** Cases a review of the rules above tried against sentences of its own; each had been misread by a first version. */
describe('the rules above, narrowed', () => {
  test.each([
    ['We welcome the initiative to reduce debt, endorse its principles, and pledge to contribute.', 'commitment'],
    ['We encourage our ministers to take forward this work.', 'commitment'],
    ['We encourage all countries, including China, to join the initiative.', 'statement'],
    ['We encourage each State to ratify the convention.', 'statement'],
    ['The leaders encouraged their ministers to implement the plan.', 'completion'],
    ['We endeavour to conclude the agreement by 2025.', 'commitment'],
    ['We stress their decision to hold elections.', 'statement'],
    ['We reaffirm our collective decision to phase out coal.', 'commitment'],
    ['The leaders reiterated their decision to open a consulate.', 'commitment'],
    ['We are committed, as agreed in Hiroshima, to supporting the reconstruction.', 'commitment'],
  ])('%s → %s', (text, expected) => {
    expect(mood(text)).toBe(expected);
  });
});
