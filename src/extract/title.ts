import { MAX_TITLE_CHARS } from '../limits';
import { isSpaceControl, keptControls, replaceControlRuns } from '../text/controls';
import { looksLikeTitle } from '../text/lines';

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
  // White-space controls (a line break, a tab) stay to be folded into one space with the rest of the white space.
  const line = replaceControlRuns(raw, (run) => keptControls(run, isSpaceControl), { loneSurrogates: true })
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

/**
 * For text and PDF without metadata: a short first paragraph of one line that reads as a title,
 * made fit as `fileTitle` makes any title read from a file. The service applies it to a JSON
 * text sent without a title too, so pasted text and the same text uploaded as a file are titled alike.
 */
export function firstLineTitle(text: string): string | null {
  // A title line is at most 1,000 characters, so the start of the text decides (Windows line ends read as \n).
  const start = text.slice(0, 1_004).replace(/\r\n?/g, '\n');
  const end = start.indexOf('\n\n');
  const first = end < 0 ? start : start.slice(0, end);
  if (first.includes('\n') || first.length === 0 || first.length > 1_000) return null;
  return looksLikeTitle(first, { start: 0, end: first.length }) ? fileTitle(first) : null;
}
