import { readerFor } from '../../src/pledges/read';

/**
 * Clauses that look like commitments and are not: examples of a noun, predicted effects, needs. Sentences of our own.
 */
const read = (text: string, lead?: string) => readerFor('en').readAll([{ text, ...(lead ? { lead } : {}) }])[0]!;
const mood = (text: string) => read(text).mood;

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

describe('a need stated for a goal', () => {
  test.each(['To keep the rivers clean, we must cut the runoff from farms.', 'But in order to share the water fairly, we must measure it.'])(
    '"%s" says what the goal requires',
    (text) => {
      expect(mood(text)).toBe('statement');
    },
  );

  test('the same goal with "will" commits, and so does a "must" with no goal before it', () => {
    expect(mood('To keep the rivers clean, we will cut the runoff from farms.')).toBe('commitment');
    expect(mood('We must cut the runoff from farms.')).toBe('commitment');
  });

  test.each([
    'To keep the rivers clean, we must and will cut the runoff from farms.',
    'To keep the rivers clean, we must, and will, cut the runoff from farms.',
    'To keep the rivers clean, we must act now and will cut the runoff from farms.',
    'To keep the rivers clean, we must act now, and we will cut the runoff from farms.',
  ])('a "will" joined to the need commits: "%s"', (text) => {
    expect(mood(text)).toBe('commitment');
  });

  test('a second predicate that shares the "must" is part of the need', () => {
    expect(mood('To keep the rivers clean, we must map the farms and cut the runoff.')).toBe('statement');
  });
});

describe('what a thing will bring about is a prediction', () => {
  test.each([
    'These investments will create jobs in the valley and lower the price of water.',
    'This new fund will boost the incomes of small farmers.',
    // The names describe the efforts: the subject is a thing, not the two countries.
    'These U.K. and Irish efforts will reduce waiting times at the border.',
  ])('"%s"', (text) => {
    expect(mood(text)).toBe('statement');
  });

  test('an undertaking that will carry on an activity, and a party that will bring about a change, still commit', () => {
    expect(mood('This joint work will consider new ways of sharing flood data.')).toBe('commitment');
    expect(mood('The ministers will reduce waiting times at the border.')).toBe('commitment');
    expect(mood('France and Belgium will reduce waiting times at the border.')).toBe('commitment');
  });
});

describe('what an instrument of the authors will set up is their plan, not a prediction', () => {
  test.each([
    'This initiative will create three working groups on river data.',
    'The accord will create a new office for flood warnings.',
    'The new partnership will create a joint task force on drought.',
    // A body the authors set up acts for them: what it will do, when no outcome, is planned.
    'The partnership will enhance cooperation among coastal cities.',
  ])('"%s"', (text) => {
    expect(mood(text)).toBe('commitment');
  });

  test('an outcome stays a prediction, whoever brings it about, and efforts are no body', () => {
    expect(mood('This partnership will reduce emissions from river barges.')).toBe('statement');
    expect(mood('The new programme will raise the level of training in the valley.')).toBe('statement');
    expect(mood('These efforts will enhance cooperation among coastal cities.')).toBe('statement');
    // Positions created are jobs, an outcome, not offices set up.
    expect(mood('These investments will create five hundred new positions in the valley.')).toBe('statement');
  });
});

describe('what a thing will be the topic of', () => {
  test.each(['These river questions will be the subject of a dedicated joint forum.', 'Flood data will be the focus of the next ministerial meeting.'])(
    'a gathering, a body or a study taking it up is an act planned on it: "%s"',
    (text) => {
      expect(mood(text)).toBe('commitment');
    },
  );

  test.each(['The river will be the subject of debate for years.', 'These river questions are the subject of a dedicated joint forum.'])(
    'anything else, or the present, states what is: "%s"',
    (text) => {
      expect(mood(text)).toBe('statement');
    },
  );
});

describe('a bare verb after an infinitive continues the infinitive', () => {
  test('"and" after "to detect …" joins the infinitive, not the prediction\'s verb', () => {
    expect(mood('These new radars will improve the ability of coast guards to detect vessels and respond quickly.')).toBe('statement');
  });

  test('a present verb of the authors before the infinitive keeps its own second predicate', () => {
    expect(mood('We welcome the plan to cut port fees and commit to supporting it.')).toBe('commitment');
  });
});

describe('a numeral run into a name is a standard, not a party', () => {
  test('what a standard is expected to do is a forecast', () => {
    expect(mood('5G is expected to reach most farms in both countries by 2028.')).toBe('statement');
  });

  test('a group named by a letter and a numeral, and a country, are parties that can be expected to act', () => {
    expect(mood('The G7 is expected to adopt the river plan.')).toBe('commitment');
    expect(mood('Norway is expected to adopt the river plan.')).toBe('commitment');
  });

  test('a multiplier run into a numeral is a count, read as "3 million" is: "3M" is no standard', () => {
    expect(mood('Over 3 million people received clean water last year.')).toBe('completion');
    expect(mood('Over 3M received clean water last year.')).toBe('completion');
  });

  test('a measure run into a numeral acts for nobody', () => {
    expect(mood('10GW came online last year.')).toBe('statement');
  });
});

describe('an appeal to keep to what is agreed asks it of whoever is bound', () => {
  test.each(['The ministers called for the prompt implementation of the ceasefire accord.', 'We call for full compliance with the river treaty.'])(
    '"%s"',
    (text) => {
      expect(mood(text)).toBe('statement');
    },
  );

  test('an appeal for something new is still pursued by those who make it', () => {
    expect(mood('The ministers called for a new accord on river shipping.')).toBe('commitment');
  });

  test.each([
    'We call for the implementation of a new mechanism for sharing flood data.',
    'The ministers urged the swift implementation of a proposed code of conduct for dam operators.',
  ])('implementing something not yet in place is pursued too: "%s"', (text) => {
    expect(mood(text)).toBe('commitment');
  });

  test.each(['The ministers called for the implementation of the agreed river roadmap.', 'We call for full compliance with international law.'])(
    'what is marked as agreed, or binds by its kind, is kept by those bound: "%s"',
    (text) => {
      expect(mood(text)).toBe('statement');
    },
  );
});

describe('an appeal with an infinitive: whose act it names', () => {
  test.each([
    'They called for those responsible for the spill to be brought to justice.',
    'The ministers called for the river tolls to be lifted.',
    'They called for the troops to withdraw from the delta.',
  ])('someone else is to act, or to undo what is in place: "%s"', (text) => {
    expect(mood(text)).toBe('statement');
  });

  test.each([
    'We call for faster flood warning channels to be set up between the river towns.',
    'We call for a new fund to be established for the delta towns.',
    'We call for the implementation of a new mechanism to share flood data.',
  ])('a thing to be set up, or an instrument and its purpose, is pursued: "%s"', (text) => {
    expect(mood(text)).toBe('commitment');
  });
});

describe('readings that must not reach past what they were made for (a review of the evening’s rules)', () => {
  test.each(['No meeting of the joint committee took place in 2022.', 'Neither meeting took place.', 'The election took place in a climate of fear.'])(
    '"%s" reports no gathering held',
    (text) => {
      expect(mood(text)).toBe('statement');
    },
  );

  test('a meeting that took place still reports it held', () => {
    expect(mood('The fourth ministerial meeting took place in Paris.')).toBe('completion');
  });

  test.each([
    'We called for the immediate implementation of a ceasefire in Gaza.',
    'We called for a ceasefire to be established immediately.',
    'We called for an independent investigation to be launched.',
  ])('"%s" asks it of others', (text) => {
    expect(mood(text)).toBe('statement');
  });

  test('a body to be set up is pursued, even one whose name can also act', () => {
    expect(mood('We called for a working group to be set up.')).toBe('commitment');
    expect(mood('We called for a fund to be established.')).toBe('commitment');
  });

  test.each([
    "Russia's aim is to divide the Alliance.",
    'Their objective is to intimidate their neighbours.',
    'Our focus is on results.',
    'Their actions reflect their intention to undermine the ceasefire.',
  ])('"%s" is another’s aim, or a description', (text) => {
    expect(mood(text)).toBe('statement');
  });

  test('the authors’ own aim, and where their attention will go, commit', () => {
    expect(mood('Our highest priority is to protect our citizens.')).toBe('commitment');
    expect(mood('Our focus will be on clean energy.')).toBe('commitment');
    expect(mood('The leaders showed their determination to end the fighting.')).toBe('commitment');
  });

  test.each(['The programme will improve the lives of millions of families.', "This initiative will boost the region's economy."])(
    '"%s" foretells a result',
    (text) => {
      expect(mood(text)).toBe('statement');
    },
  );

  test('what an instrument of the authors will do together is their plan', () => {
    expect(mood('This initiative will enhance work across the council.')).toBe('commitment');
  });

  test.each([
    'We are reviewing the incident.',
    'We are assessing the damage caused by the storm.',
    'We are discussing the situation in Sudan with our partners.',
  ])('"%s" reports an inquiry, it plans nothing', (text) => {
    expect(mood(text)).toBe('statement');
  });

  test('an inquiry into what to do is work under way', () => {
    expect(mood('We are exploring ways to collaborate on quantum research.')).toBe('commitment');
    expect(mood('We are examining how to share the data.')).toBe('commitment');
  });

  test('the subject of a study by someone else is not the authors’ plan', () => {
    expect(mood('The dam will be the subject of a study by independent experts.')).toBe('statement');
  });
});
