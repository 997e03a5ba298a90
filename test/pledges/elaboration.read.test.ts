import { readerFor } from '../../src/pledges/read';

/**
 * "This includes:" and "This work will include …" point back: what they list are parts of what the sentence before
 * said, and they do what it does. Read in a batch, as a document is. Sentences of our own.
 */
const moods = (units: Array<{ text: string; lead?: string }>) =>
  readerFor('en')
    .readAll(units)
    .map((r) => r.mood);

test('items under "This includes:" take the commitment of the sentence before', () => {
  const units = [
    { text: 'We will share flood data with our neighbours.' },
    { text: 'This includes:' },
    { text: 'Publishing river levels every day', lead: 'This includes:' },
    { text: 'Training staff at the border stations', lead: 'This includes:' },
  ];
  expect(moods(units).slice(2)).toEqual(['commitment', 'commitment']);
});

test('"This work will include …" takes the commitment of the sentence before', () => {
  expect(moods([{ text: 'We plan to review the dam rules.' }, { text: 'This work will include consulting the farmers.' }])[1]).toBe('commitment');
});

test('what a past report included was done too', () => {
  expect(moods([{ text: 'The river board led efforts to clean the banks.' }, { text: 'This included surveys of every bridge.' }])[1]).toBe('completion');
});

test('after a sentence that states a fact, the items state facts too', () => {
  const units = [{ text: 'The river is long.' }, { text: 'This includes:' }, { text: 'Flowing through three towns', lead: 'This includes:' }];
  expect(moods(units)[2]).toBe('statement');
});

test('the cue shown is the word that points back, found in the clause or its lead', () => {
  const [, reading] = readerFor('en').readAll([{ text: 'We plan to review the dam rules.' }, { text: 'This work will include consulting the farmers.' }]);
  expect(reading!.cue).toBe('will include');
});

test('a short subject naming an undertaking points back too: "First efforts will include …"', () => {
  expect(moods([{ text: 'We will connect the river schools to the grid.' }, { text: 'First efforts will include a survey of the schools.' }])[1]).toBe(
    'commitment',
  );
});

test('a party that includes something is no pointer: its clause is read on its own ("include" states)', () => {
  expect(moods([{ text: 'We will connect the river schools to the grid.' }, { text: 'The ministers included the schools in the survey.' }])[1]).toBe(
    'statement',
  );
});
