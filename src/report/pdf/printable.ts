/** C0 controls but tab, line feed and carriage return, then DEL and the C1 controls. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]+/g;
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
  return text.replace(CONTROLS, (run: string, at: number) => {
    const before = at === 0 || SPACE.test(text.charAt(at - 1));
    const after = at + run.length === text.length || SPACE.test(text.charAt(at + run.length));
    return before || after ? '' : ' ';
  });
}
