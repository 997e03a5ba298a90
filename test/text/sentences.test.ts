import { segment } from '../../src/text';

/** Sentence texts of `text`, token by token as a reader would cut them. */
const sentences = (text: string): string[] => segment(text, { mode: 'sentences', language: 'en' }).units.map((u) => u.text);

describe('sentence boundaries (English)', () => {
  test.each([
    ['Mr. Valls spoke. He left.', ['Mr. Valls spoke.', 'He left.']],
    ['Dr. Who and Prof. Smith met. Then they left.', ['Dr. Who and Prof. Smith met.', 'Then they left.']],
    ['Ask e.g. France or i.e. Belgium. Fine.', ['Ask e.g. France or i.e. Belgium.', 'Fine.']],
    ['See No. 5 of the list. It says so.', ['See No. 5 of the list.', 'It says so.']],
    ['J. R. Smith arrived. Ms. Jones did not.', ['J. R. Smith arrived.', 'Ms. Jones did not.']],
    ['Networks will move to 6G. The group meets in room 4B. It closes.', ['Networks will move to 6G.', 'The group meets in room 4B.', 'It closes.']],
    ['The U.S. and the U.K. agreed. Done.', ['The U.S. and the U.K. agreed.', 'Done.']],
    ['They met on 1 February. The 2016 plan held.', ['They met on 1 February.', 'The 2016 plan held.']],
    ['Prices rose 3.5 per cent. It was 9:30.', ['Prices rose 3.5 per cent.', 'It was 9:30.']],
    ['Why? Because. Really!', ['Why?', 'Because.', 'Really!']],
    ['He paused... and went on. Next.', ['He paused... and went on.', 'Next.']],
    ['It waited… Then it acted.', ['It waited…', 'Then it acted.']],
    ['"We act now." He said it.', ['"We act now."', 'He said it.']],
    ['“We act now.” He said it.', ['“We act now.”', 'He said it.']],
    ['He said "Stop. Go." and left. Fine.', ['He said "Stop. Go." and left.', 'Fine.']],
    ['It came (see Art. 5. It is clear.) late. End.', ['It came (see Art. 5. It is clear.) late.', 'End.']],
    ['A lower case start. follows here.', ['A lower case start. follows here.']],
    ['Line one\ncontinues here. New one.', ['Line one\ncontinues here.', 'New one.']],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test('an unclosed quote does not swallow the rest of a long document', () => {
    const text = `"Opening without end. ${'This sentence goes on for a while. '.repeat(40)}`;
    expect(sentences(text).length).toBeGreaterThan(20);
  });

  test('an unclosed bracket does not swallow the rest either', () => {
    const cut = sentences(`(aside ${'Another point is made here. '.repeat(40)}`);
    expect(cut.length).toBeGreaterThan(15);
    expect(cut.at(-1)).toBe('Another point is made here.');
  });

  test('paragraphs never merge, even without a full stop', () => {
    expect(
      sentences(
        'First paragraph without stop\nstill first\n\nSecond paragraph here and more words than a title has, which is long enough to be body text, really long.',
      ),
    ).toHaveLength(2);
  });
});

describe('list-ending abbreviations', () => {
  test.each([
    ['en', 'Guns, drugs, etc. The ministers left.', ['Guns, drugs, etc.', 'The ministers left.']],
    ['fr', 'Armes, drogues, etc. Les ministres sont partis.', ['Armes, drogues, etc.', 'Les ministres sont partis.']],
    ['de', 'Waffen, Drogen usw. Die Minister gingen.', ['Waffen, Drogen usw.', 'Die Minister gingen.']],
    ['en', 'Guns, drugs, etc. and more.', ['Guns, drugs, etc. and more.']],
  ] as const)('"etc." ends a sentence when a capital follows (%s)', (language, text, expected) => {
    expect(segment(text, { mode: 'sentences', language }).units.map((u) => u.text)).toEqual(expected);
  });
});

describe('quotes that close or open', () => {
  test('a “ after a full stop closes nothing when no quote is open', () => {
    const text = 'He left.“ Then they left. They came back. It rained.';
    expect(segment(text, { mode: 'sentences', language: 'en' }).units.map((u) => u.text)).toEqual([
      'He left.“',
      'Then they left.',
      'They came back.',
      'It rained.',
    ]);
  });

  test('„…“ closes with “ in German', () => {
    const text = 'Er sagte: „Wir handeln.“ Dann ging er.';
    expect(segment(text, { mode: 'sentences', language: 'de' }).units).toHaveLength(2);
  });
});
