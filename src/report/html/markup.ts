import { html, type SafeHtml } from './tag';
import { escapeRegExp } from '../../text/clauses';

/** Scores and confidences the way every report prints them: two decimals. */
export const fixed2 = (n: number): string => n.toFixed(2);

/** Verdict keys as CSS-safe tokens, for filtering and colour; the words shown come from the model. */
export const statusToken = (status: string): string => status.replace(/_/g, '-');

/** Ids of clause elements; the side-by-side columns, the pledge table and the script all agree on them. */
export const clauseId = (side: 'source' | 'target', index: number): string => `${side === 'source' ? 's' : 't'}-${index}`;

/** "S 3" / "T 31": short references, with the unit index as in the JSON and CSV. */
export const clauseRef = (side: 'source' | 'target', index: number): string => `${side === 'source' ? 'S' : 'T'}${index}`;

/**
 * A link's run of adjacent units, short.
 *
 * @example
 * clauseRange('source', [7, 8]) // 'S7–8'
 */
export function clauseRange(side: 'source' | 'target', indices: readonly number[]): string {
  if (indices.length === 0) return '';
  const first = indices[0]!;
  const last = indices[indices.length - 1]!;
  return first === last ? clauseRef(side, first) : `${clauseRef(side, first)}–${last}`;
}

/**
 * The clause text with its cue word marked where it appears, and always named
 * beside it: a cue may be inherited from a list's introduction or differ in
 * form, and the reader should still see which word decided the verdict.
 *
 * @example
 * withCue('stationing a magistrate', 'stationing') // '<strong class="cue">stationing</strong> a magistrate <span class="cue-note">(cue: “stationing”)</span>'
 */
export function withCue(text: string, cue: string): SafeHtml {
  // Searched in the text itself, ignoring case: lower-casing first can change the length of what
  // comes before the cue ('İ' becomes two code units), and the offsets then miss the cue.
  const found = cue ? new RegExp(escapeRegExp(cue), 'iu').exec(text) : null;
  const note = cue ? html` <span class="cue-note">(cue: “${cue}”)</span>` : '';
  if (!found) return html`${text}${note}`;
  const [at, end] = [found.index, found.index + found[0].length];
  return html`${text.slice(0, at)}<strong class="cue">${text.slice(at, end)}</strong>${text.slice(end)}${note}`;
}
