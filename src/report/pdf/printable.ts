import { isLayoutControl, keptControls, replaceControlRuns } from '../../text/controls';

const SPACE = /\s/;

/**
 * Text as the PDF can print it. Control characters are accepted in a
 * document (a pasted terminal log, a Word line break, a stray byte), but
 * Noto Sans has no glyph for them and each would print as a box. A run of
 * them becomes one space, so the words on either side stay two words, or
 * nothing where white space is already beside it. Tab, line feed and
 * carriage return stay: the layout reads them as a space and a line break.
 *
 * @example
 * printable('set\u0001up a \u001b[31mteam') // 'set up a [31mteam'
 */
export function printable(text: string): string {
  return replaceControlRuns(text, (run: string, at: number) => {
    // A tab or line break kept in the run is white space beside every other control in it, so those go without a space.
    const kept = keptControls(run, isLayoutControl);
    if (kept) return kept;
    const before = at === 0 || SPACE.test(text.charAt(at - 1));
    const after = at + run.length === text.length || SPACE.test(text.charAt(at + run.length));
    return before || after ? '' : ' ';
  });
}
