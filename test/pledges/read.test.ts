import { readClause } from '../../src/pledges';
import type { Language } from '../../src/text';

const read = (text: string, language: Language = 'en', lead?: string) => readClause(lead ? { text, lead } : { text }, language);
const mood = (text: string, language: Language = 'en', lead?: string) => read(text, language, lead).mood;

describe('readClause: commitments, completions and statements in English', () => {
  test.each([
    ['France and Belgium pledged on Monday to reinforce their cooperation.', 'pledged'],
    ['A French liaison magistrate will be sent to Belgium.', 'will'],
    ['The leaders decided to increase their police cooperation.', 'decided to'],
    ['We decided in 2016 to intensify police co-operation.', 'decided in 2016 to'],
    ['They called for a European security pact.', 'called for'],
    ['Belgium and France demanded a quick adoption of the proposal.', 'demanded'],
    ['They also pushed for the quick creation of an EU border and coastguard corps.', 'pushed for'],
    ['We intend to boost our co-operation against arms trafficking.', 'intend to'],
    ['We undertake to foster sharing of experiences.', 'undertake to'],
    ['To follow through on reinforcing the information exchange.', 'To follow'],
  ])('"%s" commits (cue "%s")', (text, cue) => {
    expect(read(text)).toMatchObject({ mood: 'commitment', cue, negated: false });
  });

  test.each([
    ['The entry into force on 25 May this year of the European PNR is a major step.', 'entry into force'],
    ['The adoption of the river treaty last spring constitutes a turning point for the valley.', 'adoption'],
    ['The directive was adopted in March.', 'was adopted'],
    ['Ten new officers have been deployed at the border.', 'have been deployed'],
  ])('"%s" reports something done (cue "%s")', (text, cue) => {
    expect(read(text)).toMatchObject({ mood: 'completion', cue });
  });

  test('a bare noun phrase or gerund says nothing on its own: it reads only through the words introducing its list', () => {
    expect(mood('stationing a French liaison magistrate in Belgium')).toBe('statement');
    expect(mood('the climate crisis')).toBe('statement');
  });

  test.each([
    '"I never doubted for a moment the strength of the Belgian government," Valls said.',
    'Belgium came under criticism after it emerged the authors came from Brussels.',
    'Access to digital evidence is a major issue in many judicial inquiries.',
    'Nothing but a resolute and shared will can enable us to support our co-operation.',
  ])('"%s" is a statement, not a pledge', (text) => {
    expect(mood(text)).toBe('statement');
  });

  test('a list item without a cue of its own takes its lead: "have taken concrete measures, including" reports', () => {
    const lead = 'France and Belgium have taken concrete measures to implement this co-operation, including';
    expect(read('intensifying the use of joint inquiry teams', 'en', lead)).toMatchObject({ mood: 'completion', cue: 'have taken', fromLead: true });
  });

  test('an infinitive item under "have resolved:" commits, even when its relative clause reports a past event', () => {
    const lead = 'France and Belgium have resolved:';
    expect(read('To facilitate joint inquiry teams in cases where acts of terrorism have been committed', 'en', lead)).toMatchObject({
      mood: 'commitment',
      fromLead: true,
    });
  });

  test('a relative clause set off by commas does not hide the main verb', () => {
    expect(read('The two leaders, who were joined by their ministers, decided to increase their cooperation.')).toMatchObject({
      mood: 'commitment',
      cue: 'decided to',
    });
  });
});

describe('readClause: negation and polarity', () => {
  test.each([
    ['The member states will not create a border corps.', 'not'],
    ['The plan for a European security pact was abandoned.', 'abandoned'],
    ['The proposal for systematic checks was rejected by the Parliament.', 'rejected'],
    ['Belgium no longer intends to send a liaison magistrate.', 'no longer'],
    ["We won't pursue the railway PNR.", "n't"],
  ])('"%s" is negated (cue "%s")', (text, negation) => {
    expect(read(text)).toMatchObject({ negated: true, negation });
  });

  test.each([
    'To hold a meeting of experts, so that they will not form a threat to the security of our citizens.',
    'We undertake to foster sharing of experiences, a case in which providers do not assign a unique address.',
    'Efforts at a European level were important but not sufficient.',
  ])('"%s" is not negated: the negation is in a purpose or relative clause, or not about acting', (text) => {
    expect(read(text).negated).toBe(false);
  });
});

describe('readClause: French, Dutch and German cues', () => {
  test.each([
    ['fr', 'La France et la Belgique se sont engagées à renforcer leur coopération.', 'commitment'],
    ['fr', 'Un magistrat de liaison français sera envoyé en Belgique.', 'commitment'],
    ['fr', 'Les deux pays appellent à un pacte européen de sécurité.', 'commitment'],
    ['fr', "L'entrée en vigueur du PNR européen constitue une avancée majeure.", 'completion'],
    ['fr', 'Un magistrat de liaison a été installé à Bruxelles.', 'completion'],
    ['nl', 'België en Frankrijk beloofden hun samenwerking te versterken.', 'commitment'],
    ['nl', 'Er zal een Franse verbindingsmagistraat naar België worden gestuurd.', 'commitment'],
    ['nl', 'De richtlijn werd in maart aangenomen.', 'completion'],
    ['de', 'Frankreich und Belgien haben beschlossen, ihre Zusammenarbeit zu verstärken.', 'commitment'],
    ['de', 'Ein französischer Verbindungsrichter wird nach Belgien entsandt.', 'commitment'],
    ['de', 'Die Richtlinie wurde im März verabschiedet.', 'completion'],
    ['de', 'Der Terroranschlag in Lüttich erschütterte beide Länder.', 'statement'],
  ] as const)('%s: "%s" → %s', (language, text, expected) => {
    expect(mood(text, language)).toBe(expected);
  });

  test.each([
    ['fr', "La Belgique n'enverra pas de magistrat de liaison."],
    ['fr', 'Le projet de pacte de sécurité a été abandonné.'],
    ['nl', 'België zal niet langer gegevens uitwisselen.'],
    ['de', 'Die Pläne für ein Grenzschutzkorps wurden aufgegeben.'],
    ['de', 'Belgien wird nicht mehr an dem Projekt teilnehmen.'],
  ] as const)('%s: "%s" is negated', (language, text) => {
    expect(read(text, language).negated).toBe(true);
  });

  describe('items under a committing lead', () => {
    const lead = 'The two sides intend to:';
    test.each([
      ['Exchanges of staff, with attention to the skills identified in audits'],
      ['Share data on port inspections and agree joint priorities for next year'],
      ['Comparison of the tools used in both countries'],
    ])('"%s" names what the lead commits to, though a verb sits inside it', (text) => {
      expect(read(text, 'en', lead)).toMatchObject({ mood: 'commitment', fromLead: true });
    });

    test.each([['Its budget grows every year.'], ['The treaty entered into force last spring.'], ['The new office has opened in Lyon.']])(
      '"%s" has a subject and a verb of its own, and reads on its own',
      (text) => {
        expect(read(text, 'en', lead).fromLead).toBe(false);
      },
    );
  });

  test('asking that someone act gives a task, as asking them to act does', () => {
    expect(read('We ask that the committee report on progress by June.')).toMatchObject({ mood: 'commitment', cue: 'ask' });
  });

  test('a relative clause opened by a preposition ("in which") does not hold the main verb', () => {
    expect(read('Share findings on the regions in which we have opened offices', 'en', 'The partners will:')).toMatchObject({
      mood: 'commitment',
      fromLead: true,
    });
  });

  test.each([
    ['The ministers explored how their agencies could share data.'],
    ['The president laid out his plan for the region.'],
    ['Both leaders highlighted the new budget law as a basis for cooperation.'],
  ])('"%s" presents or deliberates, and reports nothing done', (text) => {
    expect(mood(text)).toBe('statement');
  });

  test('a participle after a noun that a verb or preposition governs describes the noun ("projects aimed at"), so the main verb is found', () => {
    expect(mood('Working with firms to fund projects aimed at cleaner ports')).toBe('statement');
    expect(read('The agencies agreed to cooperate.')).toMatchObject({ mood: 'commitment' });
  });

  test.each([
    ['They agreed on the importance of an open inquiry into the floods, and to work together on early warning.', 'agreed'],
    ['They directed their ministers of transport and energy and their chief engineers to draft a joint grid plan.', 'directed'],
    ['Joint inspections of the plants are to be organized twice a year.', 'are'],
    ['The two governments remain worried about the drought, committed to sending more food aid.', 'remain worried about the drought, committed'],
  ])('"%s" commits (cue "%s")', (text, cue) => {
    expect(read(text)).toMatchObject({ mood: 'commitment', cue });
  });

  test.each([['This is to give smaller firms a voice.'], ['The fair is going to be a success.']])('"%s" states a purpose or a forecast', (text) => {
    expect(mood(text)).toBe('statement');
  });

  test.each([
    ['Ghana and Kenya share concerns that new rules harm workers and weaken wages.'],
    ['Beyond cost, SMEs face hurdles in finding staff.'],
    ['The two nations have been vital partners to the region in the crisis.'],
    ['The ministers called for the organisers of the fraud to be put on trial.'],
    ['These parts determine the weight of the vehicles they go into.'],
  ])('"%s" is a statement, however its words are tagged', (text) => {
    expect(mood(text)).toBe('statement');
    expect(read(text, 'en', 'The partners will:').fromLead).toBe(false);
  });

  test('necessity with an infinitive after it still commits', () => {
    expect(read('It is vital to protect the coast.')).toMatchObject({ mood: 'commitment', cue: 'is vital' });
  });
});
