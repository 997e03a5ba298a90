/**
 * The section heading each clause stands under. A joint statement is laid out under headings ("Energy Security",
 * "Countering Illicit Finance", "Working Group 3 – Secure Supply Chains:"), and a later statement files a pledge's
 * continuation under a heading on the same subject however it words the clause itself: the heading is part of what a
 * clause is about.
 */
import type { Unit } from '../text';

const WORD = String.raw`(?:[\p{Lu}\p{N}][\p{L}\p{N}’'.,-]*|and|of|on|for|the|in|to|a|an|with|&|–|-)`;
/**
 * "Manage Migration Collaboratively: The Los Angeles Declaration …": a clause opening with a title-case phrase and a
 * colon opens a section run in with its first paragraph. Function words may be lower case; the first word may not.
 */
const RUN_IN = new RegExp(String.raw`^([\p{Lu}\p{N}][\p{L}\p{N}’'.-]*(?:\s+${WORD}){0,14}):\s+\S`, 'u');

/** The heading a run-in section opens with, if the clause opens one. */
export function runInHeading(text: string): string | undefined {
  return RUN_IN.exec(text)?.[1];
}

/**
 * Each clause's section heading by unit index: the last heading before it (a heading of its own, or the run-in heading
 * of a clause). A heading before the first clause is the document's title, over every clause alike: no section.
 */
export function sectionHeadings(units: readonly Unit[]): Map<number, string> {
  const out = new Map<number, string>();
  let current: string | undefined;
  let clauseSeen = false;
  for (const unit of units) {
    if (unit.kind === 'heading') {
      current = clauseSeen ? unit.text : undefined;
      continue;
    }
    if (unit.kind !== 'clause') continue;
    clauseSeen = true;
    current = runInHeading(unit.text) ?? current;
    if (current !== undefined) out.set(unit.index, current);
  }
  return out;
}
