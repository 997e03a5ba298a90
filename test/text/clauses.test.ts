import { segment, type Unit } from '../../src/text';

const clauses = (text: string): Array<Pick<Unit, 'text' | 'lead'>> =>
  segment(text, { language: 'en' }).units.map(({ text: t, lead }) => (lead ? { text: t, lead } : { text: t }));

describe('clause splitting', () => {
  test('a semicolon series is one unit per item, the final conjunction left out; items going on in lower case are led by the first', () => {
    const lead = 'We will reform the agency';
    expect(clauses('We will reform the agency; check every border; and adopt the new system.')).toEqual([
      { text: 'We will reform the agency' },
      { text: 'check every border', lead },
      { text: 'adopt the new system.', lead },
    ]);
    expect(clauses('France will act; Belgium will pay; The Union will watch.')).toEqual([
      { text: 'France will act' },
      { text: 'Belgium will pay' },
      { text: 'The Union will watch.' },
    ]);
  });

  test('a colon before a semicolon series is a unit of its own and the lead of every item', () => {
    const lead = 'The Union adopted several tools:';
    expect(clauses('The Union adopted several tools: the reform of Frontex; systematic border controls; and the ETIAS system.')).toEqual([
      { text: lead },
      { text: 'the reform of Frontex', lead },
      { text: 'systematic border controls', lead },
      { text: 'the ETIAS system.', lead },
    ]);
  });

  test('parallel items share the words before the repeated one', () => {
    const lead = 'We agreed to act by';
    expect(clauses('We agreed to act by sharing data between forces; sharing staff across borders; and training judges together.')).toEqual([
      { text: 'We agreed to act by sharing data between forces' },
      { text: 'sharing staff across borders', lead },
      { text: 'training judges together.', lead },
    ]);
  });

  test('a quoted list after a colon needs an Oxford comma and three items', () => {
    const lead = 'They urged the Union to:';
    expect(clauses('They urged the Union to: "share data quickly", "train more judges", and "fund joint teams".')).toEqual([
      { text: lead },
      { text: '"share data quickly"', lead },
      { text: '"train more judges"', lead },
      { text: '"fund joint teams".', lead },
    ]);
    expect(clauses('They asked for: "data", and "judges".')).toHaveLength(1);
  });

  test('"including" introduces a list only when every item has a few words; the words before it are a unit of their own', () => {
    const lead = 'They took measures, including';
    expect(
      clauses('They took measures, including stationing a magistrate in Belgium, setting up joint teams for inquiries, and posting a police officer in Lille.'),
    ).toEqual([
      { text: 'They took measures' },
      { text: 'stationing a magistrate in Belgium', lead },
      { text: 'setting up joint teams for inquiries', lead },
      { text: 'posting a police officer in Lille.', lead },
    ]);
    expect(clauses('They met ministers, including police, justice, and interior.')).toHaveLength(1);
    expect(clauses('It must be effective, including as regards providers abroad, and must respect freedoms.')).toHaveLength(1);
  });

  test('a second predicate of one subject becomes its own unit, led by the subject', () => {
    expect(clauses('France and Belgium pledged on Monday to reinforce cooperation and called for a security pact.')).toEqual([
      { text: 'France and Belgium pledged on Monday to reinforce cooperation' },
      { text: 'called for a security pact.', lead: 'France and Belgium' },
    ]);
  });

  test('coordinated nouns and short phrases are not cut', () => {
    expect(clauses('The police and justice ministers met and said little.')).toHaveLength(1);
    expect(clauses('Police, justice and intelligence officials decided to increase cooperation.')).toHaveLength(1);
  });

  test('a heading colon before a sentence whose series goes on in lower case does not introduce the series', () => {
    const head = 'The group is tasked to combat surveillance';
    expect(
      clauses(`Working Group 6 – Misuse of Technology: ${head}; explore a mechanism against shutdowns; and increase cooperation on disinformation.`),
    ).toEqual([
      { text: `Working Group 6 – Misuse of Technology: ${head}` },
      { text: 'explore a mechanism against shutdowns', lead: head },
      { text: 'increase cooperation on disinformation.', lead: head },
    ]);
  });

  test('semicolons, colons and commas inside quotes or brackets do not cut', () => {
    expect(clauses('They said "we act; we share; we train" and left.')).toHaveLength(1);
    expect(clauses('The teams (JITs; ECE; GOT) grew.')).toHaveLength(1);
  });

  test('clock times and web addresses are not list introducers', () => {
    expect(clauses('At 9:30 ministers met, including the heads of police forces, the heads of justice services, and the heads of prisons.')).toHaveLength(4);
    expect(clauses('See https://example.org for the plan, the annex, and the list of measures.')).toHaveLength(1);
  });
});
