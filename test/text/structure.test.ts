import { segment, type Unit } from '../../src/text';

const kinds = (text: string, mode: 'clauses' | 'lines' = 'clauses'): Array<[Unit['kind'], string]> =>
  segment(text, { mode, language: 'en' }).units.map((u) => [u.kind, u.text]);

describe('document structure', () => {
  test('bullets of any common style are units without their marker', () => {
    const text = ['They resolved:', '- To act now.', '• To share data.', '* To train judges.', '(a) To fund teams.', '2) To meet again.'].join('\n');
    expect(kinds(text).map(([, t]) => t)).toEqual(['They resolved:', 'To act now.', 'To share data.', 'To train judges.', 'To fund teams.', 'To meet again.']);
  });

  test('a wrapped bullet continues over its lines', () => {
    expect(kinds('- To act now and\n  share data.\n- To train.').map(([, t]) => t)).toEqual(['To act now and\n  share data.', 'To train.']);
  });

  test('numbered short lines are headings; numbered sentences are items', () => {
    expect(kinds('1. On counter-terrorism —\n\n2. The ministers will meet again in June.')).toEqual([
      ['heading', '1. On counter-terrorism —'],
      ['clause', 'The ministers will meet again in June.'],
    ]);
  });

  test('a short one-line paragraph without a full stop is a title', () => {
    expect(kinds('Terrorism networks thwarted\n\nThe ministers met today and agreed to work together on it.')[0]).toEqual([
      'heading',
      'Terrorism networks thwarted',
    ]);
  });

  test('bylines, datelines and subscription lines are meta or boilerplate', () => {
    const text = 'By Eric Maurice\nPublished 2 February 2016, 9:30\nMonday, 1 February 2016\n\nThe ministers met.\n\nClick here to subscribe to our newsletter';
    expect(kinds(text)).toEqual([
      ['meta', 'By Eric Maurice'],
      ['meta', 'Published 2 February 2016, 9:30'],
      ['meta', 'Monday, 1 February 2016'],
      ['clause', 'The ministers met.'],
      ['boilerplate', 'Click here to subscribe to our newsletter'],
    ]);
  });

  test('a line in another language is boilerplate, but a short foreign phrase is not', () => {
    const text = 'Met dank overgenomen van de krant, gepubliceerd op dinsdag.\n\nThe ministers met in Brussels.\n\nThe plan was called "Val Duchesse".';
    expect(kinds(text).map(([k]) => k)).toEqual(['boilerplate', 'clause', 'clause']);
  });

  test('lines mode gives one unit per non-empty line, without cutting sentences or clauses', () => {
    expect(kinds('First line. Still first; yes.\n\n  Second line  \r\nThird', 'lines').map(([, t]) => t)).toEqual([
      'First line. Still first; yes.',
      'Second line',
      'Third',
    ]);
  });

  test('a form feed or paragraph separator ends a paragraph like a blank line', () => {
    expect(kinds('One paragraph ends\fAnother starts here and is a longer body sentence, with a comma.')).toHaveLength(2);
  });
});
