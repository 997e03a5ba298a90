import { introducesList } from '../../text';
import type { ClauseReader, ReadableUnit, Reading } from '../types';
import { readTokens, type GrammarReading } from './english';
import { englishTagger, type Tagger, type Token } from './tagger';
import { formOf } from './clause';
import { elaborates } from './elaboration';
import { SAYING } from './words';

/**
 * The English reader: tags every clause and every distinct lead in one pass,
 * reads each from its grammar, and lets a list item without a finite verb of
 * its own ("To facilitate …", "— Pursue …", "stationing a magistrate") take
 * the reading of the words that introduce its list.
 */
export function grammarReader(tagger?: Tagger): ClauseReader {
  return {
    readAll(units) {
      const leads = [...new Set(units.flatMap((u) => (u.lead ? [u.lead] : [])))];
      // Without the document's own tagger, each call is a document of its own: a reader kept for several must not carry one's words into the next.
      const tagged = (tagger ?? englishTagger()).tag([...units.map((u) => u.text), ...leads]);
      const leadReadings = new Map(
        leads.map((lead, i) => {
          const tokens = tagged[units.length + i]!;
          return [lead, { text: lead, reading: leadReading(tokens), wantsComplement: wantsComplement(tokens) }];
        }),
      );
      const pointsBack = new Map(leads.map((lead, i) => [lead, elaborates(tagged[units.length + i]!)]));
      // The reading of the last sentence that a following "This includes:" or "This work will include …" spells out.
      let before: Reading | undefined;
      return units.map((unit, i) => {
        const body = afterHeading(tagged[i]!);
        const read = combine(unit, body.tokens, body.reading, unit.lead ? leadReadings.get(unit.lead) : undefined);
        const own = elaborates(body.tokens);
        const pointer = unit.lead ? pointsBack.get(unit.lead) : own;
        if (pointer && read.mood === 'statement' && before && before.mood !== 'statement') {
          // The cue is the words that point back ("includes"), in the item's lead or the clause itself.
          return { ...before, cue: slice(unit.lead ?? unit.text, pointer), fromLead: unit.lead !== undefined };
        }
        if (!pointer && !(introducesList(unit.text) && own)) before = read;
        return read;
      });
    },
  };
}

/** A verb of saying followed by what was said ("stated: “We intend to …”", "said that …"): the commitment is told in its own words and tense. */
function reports(verb: Token, tokens: readonly Token[]): boolean {
  const next = tokens[tokens.findIndex((t) => t.start === verb.start) + 1];
  return SAYING.has(verb.lemma) && next !== undefined && (next.text === ':' || next.lower === 'that' || /^["“]$/u.test(next.text));
}

/** Relative pronouns that can open the clause a list completes ("groups which focus on:"). */
const RELATIVE_OPENERS = new Set(['which', 'that', 'who']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);

/**
 * How a lead's items are read. A list completes the verb right before its colon; when that verb is a relative clause's
 * ("established expert groups which focus on:", "offers a dialogue that aims to:"), the items say what the relative's
 * noun does, not what the lead's main verb did: they are read with that noun as the relative clause's subject.
 */
function leadReading(tokens: readonly Token[]): GrammarReading {
  const at = tokens.findLastIndex((t, i) => RELATIVE_OPENERS.has(t.lower) && i > 0 && (tokens[i - 1]!.pos === 'NOUN' || tokens[i - 1]!.pos === 'PROPN'));
  const relative = at > 0 ? tokens.slice(at + 1) : [];
  // The relative clause runs to the colon, with a verb of its own and no comma between, and it is the one left open:
  // it ends in its verb, a preposition or "to" ("focus on:", "aims to:"). One whose object is there ("countries who have
  // taken on roles:") is complete, and the list names something else.
  const last = relative.filter((t) => t.text !== ':').at(-1);
  const open = last !== undefined && (last.pos === 'VERB' || last.pos === 'ADP' || last.lower === 'to');
  if (!open || relative.some((t) => t.text === ',' || t.text === ';') || !relative.some((t) => t.pos === 'VERB')) return readTokens(tokens);
  let start = at;
  while (start > 0 && NOMINAL.has(tokens[start - 1]!.pos)) start -= 1;
  return readTokens([...tokens.slice(start, at), ...relative]);
}

/** A run-in heading is a title, a few words long: a longer run before a colon is a sentence introducing what follows. */
const MAX_HEADING = 24;

/**
 * A run-in heading ("Protecting Shared Rivers: The two countries committed to …", "Group 2 – Energy: The group is tasked
 * to …") names a section and does not speak; the sentence after its colon does. So when what follows the colon is a
 * sentence of its own (a capital, then a finite clause with a subject), that sentence is read without the heading: an
 * imperative title ("Disrupt Smuggling: The crisis is growing.") commits to nothing, and a participle one does not hide
 * the verb after it.
 */
function afterHeading(tokens: readonly Token[]): { tokens: readonly Token[]; reading: GrammarReading } {
  const whole = { tokens, reading: readTokens(tokens) };
  const colon = tokens.findIndex((t, i) => t.text === ':' && i > 0 && i <= MAX_HEADING);
  if (colon < 0 || !/^\p{Lu}/u.test(tokens[colon + 1]?.text ?? '')) return whole;
  const body = tokens.slice(colon + 1);
  const reading = readTokens(body);
  return reading.shape === 'finite' && reading.subject !== 'none' ? { tokens: body, reading } : whole;
}

const slice = (text: string, cue: readonly [Token, Token] | null): string | null => (cue ? text.slice(cue[0].start, cue[1].end) : null);

/** The negation as written: "no longer" for its "no". */
function negationText(text: string, token: Token | null): string | null {
  if (!token) return null;
  return token.lower === 'no' && /^\s+longer/iu.test(text.slice(token.end, token.end + 8))
    ? text.slice(token.start, token.end + text.slice(token.end).search(/longer/iu) + 6)
    : token.text;
}

interface Lead {
  readonly text: string;
  readonly reading: GrammarReading;
  readonly wantsComplement: boolean;
}

/** A lead whose last word before its colon wants what follows ("commit to:", "focus on:"): each item is that word's complement. */
function wantsComplement(tokens: readonly Token[]): boolean {
  const last = tokens.filter((t) => t.text !== ':').at(-1);
  return tokens.at(-1)?.text === ':' && last !== undefined && (last.lower === 'to' || last.pos === 'ADP');
}

/** Words that open a clause or phrase inside an item, whose verbs are not the item's own ("to ensure that any use … is"). */
const SUBORDINATING = new Set(['to', 'that', 'which', 'who', 'whose', 'while', 'including', 'as', 'so', 'because', 'where', 'when']);

/**
 * An item that completes its lead ("commit to:" then "working closely with industry to inform our approach, help
 * raise awareness …", "robust information sharing …, including to better identify and track these tools"): it opens with
 * a gerund or a noun phrase, and the verb the parse found in it sits inside an infinitive or a clause of its own, so the
 * item has no verb of its own and says what the lead commits to. One that opens with a subject and its verb ("Its budget
 * grows", "Supply chains remain fragile") reads on its own.
 */
function complementItem(own: GrammarReading, tokens: readonly Token[], leadWantsComplement: boolean): boolean {
  const first = tokens[0];
  if (!first || !own.verb) return false;
  const opensWithGerund = (first.pos === 'VERB' || first.pos === 'NOUN') && formOf(first) === 'ing';
  // A gerund item names an act under any list lead ("will focus on the following issues:" then "Expediting approval …");
  // a noun phrase is an act only as the complement of a lead that wants one.
  if (!opensWithGerund && !(leadWantsComplement && (first.pos === 'NOUN' || first.pos === 'ADJ'))) return false;
  const at = tokens.findIndex((t) => t.start === own.verb!.start);
  return at > 0 && tokens.slice(1, at).some((t) => SUBORDINATING.has(t.lower));
}

function combine(unit: ReadableUnit, tokens: readonly Token[], own: GrammarReading, lead: Lead | undefined): Reading {
  const negation = negationText(unit.text, own.negation);
  const mine = (): Reading => ({
    mood: own.mood,
    cue: slice(unit.text, own.cue),
    negated: negation !== null,
    negation,
    fromLead: false,
    ...(own.launch ? { launch: true } : {}),
    ...(own.mood === 'commitment' && own.verb && own.verb.pos === 'VERB' && formOf(own.verb) === 'past' && !reports(own.verb, tokens) ? { past: true } : {}),
  });
  // An item with a verb of its own that still says what its lead commits to (nounPhraseItem and complementItem ask how).
  if (own.shape === 'finite' && lead && lead.reading.mood !== 'statement' && own.mood !== 'commitment') {
    if (nounPhraseItem(own, tokens) || complementItem(own, tokens, lead.wantsComplement)) return fromLead(lead);
  }
  if (own.shape === 'finite' || !lead) {
    // A bare verb or a noun phrase with nothing introducing it commits to nothing ("the climate crisis").
    return own.shape === 'bare' ? { ...mine(), mood: 'statement', cue: null } : mine();
  }
  if (lead.reading.mood !== 'statement') return fromLead(lead);
  // Under a lead that only names the list ("The following objectives:"), an item opening with "to" still commits, in communiqué
  // style. "Including" and its kin give examples of a noun, not a list of acts: an infinitive after such a lead in a statement
  // ("We recall the duty of firms, including banks, to respect …") completes the noun, and the sentence states it.
  return own.shape === 'infinitive' && !givesExamples(lead.text) ? mine() : { ...mine(), mood: 'statement', cue: null };
}

/** A lead ending in a word that introduces examples ("…, including", "such as"), rather than a colon that announces a list. */
const givesExamples = (lead: string): boolean => /\b(?:including|such as|namely|notably)\s*$/iu.test(lead);

function fromLead(lead: Lead): Reading {
  const negation = negationText(lead.text, lead.reading.negation);
  return { mood: lead.reading.mood, cue: slice(lead.text, lead.reading.cue), negated: negation !== null, negation, fromLead: true };
}

/**
 * An item that names what its lead commits to, though the parse found a verb in it: a participle after its noun
 * ("Exchanges on best practices, issues related to …") or a verb coordinated with the item's opening verb, which the
 * tagger took for a noun ("Share information … and explore ways …"). Such an item reads through its lead. One with a
 * subject of its own — opened by a determiner or pronoun ("Its budget grows", "The treaty entered into force"), or
 * naming a party or the authors — reads on its own.
 */
function nounPhraseItem(own: GrammarReading, tokens: readonly Token[]): boolean {
  if (own.mood === 'commitment' || !own.verb) return false;
  const at = tokens.findIndex((t) => t.start === own.verb!.start);
  if (at < 1) return false;
  const subject = tokens.slice(0, at);
  const first = subject[0]!;
  if (first.pos === 'DET' || first.pos === 'PRON') return false;
  // The tagger reads an item's capitalised first word as a name ("Comparison of …"); a name followed by a preposition
  // with no other name or pronoun before the verb is that common noun, not a party.
  const capitalisedNoun = first.pos === 'PROPN' && subject[1]?.pos === 'ADP' && !subject.slice(1).some((t) => t.pos === 'PROPN' || t.pos === 'PRON');
  if ((own.subject === 'first' || own.subject === 'party') && !capitalisedNoun) return false;
  const before = subject[at - 1]!;
  if (before.lower === 'and' || before.lower === 'or') return true;
  return own.verb.pos === 'VERB' && formOf(own.verb) === 'past' && (before.pos === 'NOUN' || before.pos === 'PROPN');
}
