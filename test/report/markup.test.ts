import { withCue } from '../../src/report/html/markup';

/** The words the <strong class="cue"> holds, or null when nothing is marked. */
const marked = (text: string, cue: string): string | null => /<strong class="cue">([^<]*)<\/strong>/.exec(withCue(text, cue).value)?.[1] ?? null;

describe('withCue', () => {
  test('marks the cue itself when letters before it change length in lower case', () => {
    // 'İ' lower-cases to two code units, and the emoji is two as well: offsets found in the lower-cased text land early.
    const text = 'İSTANBUL İLE 🚀 we will set up…';
    expect(marked(text, 'will')).toBe('will');
    expect(withCue(text, 'will').value).toBe(`İSTANBUL İLE 🚀 we <strong class="cue">will</strong> set up… <span class="cue-note">(cue: “will”)</span>`);
  });

  test('matches whatever the case, keeps the text’s own case, and takes the cue literally', () => {
    expect(marked('The Ministers WILL meet', 'will')).toBe('WILL');
    expect(marked('Ελλάδα ΘΑ ΣΥΝΕΧΊΣΕΙ τη στήριξη', 'θα συνεχίσει')).toBe('ΘΑ ΣΥΝΕΧΊΣΕΙ');
    expect(marked('costs rose (a lot) in 2017', '(a lot)')).toBe('(a lot)');
    expect(marked('a.b and axb', 'a.b')).toBe('a.b');
    expect(marked('no cue here', 'will')).toBe(null);
    expect(withCue('no cue here', '').value).toBe('no cue here');
  });
});
