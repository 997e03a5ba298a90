import { MAX_TITLE_CHARS } from '../limits';

/**
 * A title read from a file (`<title>`, PDF or DOCX metadata, a first line, a file
 * name) made fit to stand as the document's title: one line, no control characters
 * or unpaired surrogates, and at most the title limit. The caller did not type it,
 * so it is cleaned and shortened rather than refused; null when nothing is left.
 *
 * @example
 * fileTitle('Minutes\u0001 of the\n meeting') // 'Minutes of the meeting'
 */
export function fileTitle(raw: string | null | undefined, max = MAX_TITLE_CHARS): string | null {
  if (!raw) return null;
  const line = raw
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]|\p{Cs}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return line ? shorten(line, max) : null;
}

/** The last whole words that fit with an ellipsis; a single word longer than that is cut inside, never inside a surrogate pair. */
function shorten(line: string, max: number): string {
  if (line.length <= max) return line;
  const room = max - 2; // " …"
  const space = line.lastIndexOf(' ', room);
  // A word boundary far back (one huge word at the end) would throw most of the title away: cut inside the word then.
  if (space >= room / 2) return `${line.slice(0, space)} …`;
  const cut = /[\ud800-\udbff]/.test(line.charAt(room - 1)) ? room - 1 : room;
  return `${line.slice(0, cut)}…`;
}
