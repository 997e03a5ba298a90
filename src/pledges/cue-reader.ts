import { CUES, type CueLanguage, type CueTable } from './cues';
import type { ClauseReader, ReadableUnit, Reading } from './types';

/** Cue tables: the reader for languages without a tagger here (French, Dutch, German). */
export function cueReader(language: CueLanguage): ClauseReader {
  return { readAll: (units) => units.map((unit) => readByCues(unit, language)) };
}

/**
 * Reads what a clause does from cue words: commits to act, reports something
 * done, or neither. The clause's own words decide first; a list item without
 * a cue of its own takes its list's lead ("a pris des mesures concrètes,
 * notamment : …" reports; "ont résolu : — Faciliter …" commits).
 */
function readByCues(unit: ReadableUnit, language: CueLanguage): Reading {
  const cues = CUES[language];
  // The clause's main clause is cut once and read for both its cues and its polarity.
  const main = mainClause(unit.text, cues);
  const negation = firstMatch(main, cues.negation);
  const base = { negated: negation !== null, negation };
  const own = cuesIn(main, cues);
  const lead = unit.lead ? cuesIn(mainClause(unit.lead, cues), cues) : undefined;
  // "have resolved: — To facilitate joint teams where acts of terrorism have been committed": the item commits, whatever its relative clause reports.
  const infinitive = unit.lead ? cues.infinitiveItem.exec(unit.text) : null;
  if (!own.commitment && lead?.commitment && infinitive) return { mood: 'commitment', cue: lead.commitment, fromLead: true, ...base };
  if (own.commitment) return { mood: 'commitment', cue: own.commitment, fromLead: false, ...base };
  if (own.completion) return { mood: 'completion', cue: own.completion, fromLead: false, ...base };
  if (lead) {
    if (lead.commitment) return { mood: 'commitment', cue: lead.commitment, fromLead: true, ...base };
    if (lead.completion) return { mood: 'completion', cue: lead.completion, fromLead: true, ...base };
  }
  // A leading infinitive is an item only in a list: these languages do not mark it ("To …") as English does.
  if (infinitive) return { mood: 'commitment', cue: infinitive[0].trim(), fromLead: false, ...base };
  return { mood: 'statement', cue: null, fromLead: false, ...base };
}

function cuesIn(main: string, cues: CueTable): { commitment: string | null; completion: string | null } {
  return { commitment: firstMatch(main, cues.commitment), completion: firstMatch(main, cues.completion) };
}

function firstMatch(text: string, patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    const found = pattern.exec(text);
    if (found) return found[0];
  }
  return null;
}

/**
 * Only the main clause speaks for the pledge. A relative clause set off by
 * commas ("The two leaders, who were joined by …, decided to") is cut out;
 * any other purpose or relative clause runs to the end and is cut off.
 */
function mainClause(text: string, cues: CueTable): string {
  let rest = text;
  for (let guard = 0; guard < 8; guard += 1) {
    const found = cues.subordinate.exec(rest);
    if (!found) return rest;
    const before = rest.slice(0, found.index);
    const close = rest.indexOf(',', found.index);
    if (!/,\s*$/u.test(before) || close < 0) return before;
    rest = before + rest.slice(close + 1);
  }
  return rest;
}
