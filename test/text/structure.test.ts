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

  test('a list lead stops at a section heading, but runs on under a numbered part heading', () => {
    const leads = (text: string): Array<string | undefined> =>
      segment(text, { mode: 'clauses', language: 'en' })
        .units.filter((u) => u.kind === 'clause')
        .map((u) => u.lead);
    const lead = 'The partners will do the following:';
    expect(leads([lead, '', '- Open two offices.', '', 'Appendix', '', '1. Pilots run in spring.'].join('\n'))).toEqual([undefined, lead, undefined]);
    expect(leads([lead, '', '1. In health —', '', '- Train nurses.'].join('\n'))).toEqual([undefined, lead]);
  });

  test('an item ending in a colon introduces the bullets under it when no list is open, and only narrows an open one', () => {
    const leads = (text: string): Array<string | undefined> =>
      segment(text, { mode: 'clauses', language: 'en' })
        .units.filter((u) => u.kind === 'clause')
        .map((u) => u.lead);
    const inner = 'The two agencies intend to take up the following strands of work in the coming year:';
    expect(leads(['Funding', '', `3. ${inner}`, '', '- Joint audits of grants;', '- Shared training.'].join('\n'))).toEqual([undefined, inner, inner]);
    const outer = 'They will cooperate in these fields:';
    expect(leads([outer, '', '- Exchanges on risks tied to:', '- ports of entry;', '- Joint drills.'].join('\n'))).toEqual([undefined, outer, outer, outer]);
  });
});
