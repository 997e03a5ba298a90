import { firstControl, hasLoneSurrogate, isLayoutControl, isSpaceControl, keptControls, replaceControlRuns } from '../../src/text/controls';

/** What each class says of one code point: control, white-space control, layout control, lone surrogate. */
const classes = (code: number) => {
  const char = String.fromCodePoint(code);
  return [firstControl(char) === 0, isSpaceControl(code), isLayoutControl(code), hasLoneSurrogate(char)];
};

describe('text/controls: the classes of unprintable characters', () => {
  test.each([
    // code point, control, white-space control, layout control, lone surrogate
    [0x0000, true, false, false, false],
    [0x0008, true, false, false, false],
    [0x0009, true, true, true, false], // tab
    [0x000a, true, true, true, false], // line feed
    [0x000b, true, true, false, false], // vertical tab
    [0x000c, true, true, false, false], // form feed
    [0x000d, true, true, true, false], // carriage return
    [0x000e, true, false, false, false],
    [0x001b, true, false, false, false], // escape
    [0x001f, true, false, false, false],
    [0x0020, false, false, false, false], // space: white space, not a control
    [0x007e, false, false, false, false],
    [0x007f, true, false, false, false], // DEL
    [0x0080, true, false, false, false],
    [0x0085, true, false, false, false], // next line: a C1 control that `\s` does not read as white space
    [0x009f, true, false, false, false],
    [0x00a0, false, false, false, false], // no-break space
    [0x2028, false, false, false, false], // line separator: white space of Unicode's, not a control
    [0xd83d, false, false, false, true], // high surrogate alone
    [0xde80, false, false, false, true], // low surrogate alone
    [0x1f680, false, false, false, false], // a whole pair
  ])('code point %i', (code, control, space, layout, lone) => {
    expect(classes(code)).toEqual([control, space, layout, lone]);
  });

  test('every C0 and C1 code point is a control, and nothing between or after them', () => {
    for (let code = 0; code < 0x3000; code++) expect(firstControl(String.fromCharCode(code)) === 0).toBe(code <= 0x1f || (code >= 0x7f && code <= 0x9f));
  });

  test('the white-space controls are those `\\s` matches among the controls; the layout keeps three of them', () => {
    for (let code = 0; code <= 0x9f; code++) {
      const control = firstControl(String.fromCharCode(code)) === 0;
      expect(isSpaceControl(code)).toBe(control && /\s/.test(String.fromCharCode(code)));
      if (isLayoutControl(code)) expect(isSpaceControl(code)).toBe(true);
    }
  });

  test('firstControl gives the position of the first control', () => {
    expect(firstControl('plain text')).toBe(-1);
    expect(firstControl('a\u0085b\u0001')).toBe(1);
  });

  test('replaceControlRuns hands over whole runs, and unpaired surrogates only when asked', () => {
    const runs = (text: string, loneSurrogates?: boolean) => {
      const seen: Array<[string, number]> = [];
      const record = (run: string, at: number): string => {
        seen.push([run, at]);
        return '';
      };
      replaceControlRuns(text, record, loneSurrogates === undefined ? {} : { loneSurrogates });
      return seen;
    };
    expect(runs('a\u0001\t\u0002b\u007f')).toEqual([
      ['\u0001\t\u0002', 1],
      ['\u007f', 5],
    ]);
    expect(runs('x\ud83d\u0001 🚀')).toEqual([['\u0001', 2]]);
    expect(runs('x\ud83d\u0001 🚀', true)).toEqual([['\ud83d\u0001', 1]]);
  });

  test('keptControls keeps the characters of a run its test accepts, in order', () => {
    expect(keptControls('\u0001\r\u000b\n\u0002', isLayoutControl)).toBe('\r\n');
    expect(keptControls('\u0001\r\u000b\n\u0002', isSpaceControl)).toBe('\r\u000b\n');
    expect(keptControls('\u0001\ud83d', isSpaceControl)).toBe('');
  });
});
