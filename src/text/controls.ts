/**
 * The characters that are not printable text, named once for the layers that
 * keep them out of what a person reads: the API refuses them in a one-line
 * field, a title read from a file drops them, and the PDF prints a space for
 * them. Each of those keeps a different few (white space in a title, line
 * breaks in a report), so the classes are named here and the choice is the
 * caller's.
 */

/** Unicode's control characters (Cc): C0 U+0000–U+001F, DEL U+007F and C1 U+0080–U+009F. */
const CONTROL = /\p{Cc}/u;
const CONTROL_RUN = /\p{Cc}+/gu;
/** With the u flag \p{Cs} matches only half a pair standing alone; a whole pair is one code point, not Cs. */
const LONE_SURROGATE = /\p{Cs}/u;
const CONTROL_OR_LONE_SURROGATE_RUN = /[\p{Cc}\p{Cs}]+/gu;

/** Tab, line feed, vertical tab, form feed and carriage return: the controls that `\s` reads as white space. */
export function isSpaceControl(code: number): boolean {
  return code >= 0x09 && code <= 0x0d;
}

/** Tab, line feed and carriage return: the white-space controls a line layout honours; vertical tab and form feed it does not. */
export function isLayoutControl(code: number): boolean {
  return code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Where the first control character stands, or -1. */
export function firstControl(text: string): number {
  return text.search(CONTROL);
}

/**
 * String#isWellFormed (Node 20, not in the ES2023 types this compiles against) is native: a tenth of the regex's time on a
 * 2 MB document, which every request checks on the request thread.
 */
const isWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/** Whether text holds half a surrogate pair on its own: not a character, so no font prints it and no encoder takes it. */
export function hasLoneSurrogate(text: string): boolean {
  return isWellFormed ? !isWellFormed.call(text) : LONE_SURROGATE.test(text);
}

/**
 * Text with each maximal run of control characters (and of unpaired surrogates with them, when asked)
 * replaced by what `by` makes of it; `at` is where the run starts in the text.
 */
export function replaceControlRuns(text: string, by: (run: string, at: number) => string, options: { loneSurrogates?: boolean } = {}): string {
  // replace() restarts a global pattern at 0, so sharing one across calls carries no state between them.
  return text.replace(options.loneSurrogates ? CONTROL_OR_LONE_SURROGATE_RUN : CONTROL_RUN, by);
}

/** The characters of a run that `keep` accepts by their code, in order. */
export function keptControls(run: string, keep: (code: number) => boolean): string {
  let kept = '';
  for (let i = 0; i < run.length; i++) if (keep(run.charCodeAt(i))) kept += run[i];
  return kept;
}
