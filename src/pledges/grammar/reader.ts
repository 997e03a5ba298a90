import type { ClauseReader, ReadableUnit, Reading } from '../types';
import { readTokens, type GrammarReading } from './english';
import { englishTagger, type Token } from './tagger';

/**
 * The English reader: tags every clause and every distinct lead in one pass,
 * reads each from its grammar, and lets a list item without a finite verb of
 * its own ("To facilitate …", "— Pursue …", "stationing a magistrate") take
 * the reading of the words that introduce its list.
 */
export function grammarReader(): ClauseReader {
  return {
    readAll(units) {
      const leads = [...new Set(units.flatMap((u) => (u.lead ? [u.lead] : [])))];
      const tagged = englishTagger().tag([...units.map((u) => u.text), ...leads]);
      const leadReadings = new Map(leads.map((lead, i) => [lead, { text: lead, reading: readTokens(tagged[units.length + i]!) }]));
      return units.map((unit, i) => combine(unit, readTokens(tagged[i]!), unit.lead ? leadReadings.get(unit.lead) : undefined));
    },
  };
}

const slice = (text: string, cue: readonly [Token, Token] | null): string | null => (cue ? text.slice(cue[0].start, cue[1].end) : null);

/** The negation as written: "no longer" for its "no". */
function negationText(text: string, token: Token | null): string | null {
  if (!token) return null;
  return token.lower === 'no' && /^\s+longer/iu.test(text.slice(token.end, token.end + 8))
    ? text.slice(token.start, token.end + text.slice(token.end).search(/longer/iu) + 6)
    : token.text;
}

function combine(unit: ReadableUnit, own: GrammarReading, lead: { text: string; reading: GrammarReading } | undefined): Reading {
  const negation = negationText(unit.text, own.negation);
  const mine = (): Reading => ({ mood: own.mood, cue: slice(unit.text, own.cue), negated: negation !== null, negation, fromLead: false });
  if (own.shape === 'finite' || !lead) {
    // A bare verb or a noun phrase with nothing introducing it commits to nothing ("the climate crisis").
    return own.shape === 'bare' ? { ...mine(), mood: 'statement', cue: null } : mine();
  }
  if (lead.reading.mood !== 'statement') {
    const leadNegation = negationText(lead.text, lead.reading.negation);
    return { mood: lead.reading.mood, cue: slice(lead.text, lead.reading.cue), negated: leadNegation !== null, negation: leadNegation, fromLead: true };
  }
  // Under a lead that only names the list ("The following objectives:"), an item opening with "to" still commits, in communiqué style.
  return own.shape === 'infinitive' ? mine() : { ...mine(), mood: 'statement', cue: null };
}
