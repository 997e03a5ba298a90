/**
 * Which verbs of a clause carry its tense: a verb's form from its spelling, and whether a verb at a place in a chunk
 * can be the finite verb of a clause or is a participle or infinitive describing something.
 */
import type { Token } from './tagger';
import { PARTY_NOUNS, RELATIVES } from './words';

export type VerbForm = 'base' | 's' | 'ing' | 'past';

/** The verb's form from its spelling and lemma: wink-nlp gives universal tags without tense. */
export function formOf(token: Token): VerbForm {
  const { lower, lemma } = token;
  if (lower === lemma) return 'base';
  if (lower.endsWith('ing') && !lemma.endsWith('ing')) return 'ing';
  if (lower === `${lemma}s` || lower === `${lemma}es` || (lemma.endsWith('y') && lower === `${lemma.slice(0, -1)}ies`)) return 's';
  if (AUX_PRESENT.has(lower)) return 's';
  return 'past';
}

const AUX_PRESENT = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do', '’s', "'s", '’re', "'re"]);

export const isVerbal = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';
/** Verbs whose passive takes "with" ("tasked with", "equipped with"). */
const WITH_PASSIVE = new Set(['task', 'charge', 'entrust', 'equip', 'provide', 'associate', 'fill', 'link', 'concern', 'mandate', 'endow', 'furnish']);

/** A token that can carry tense: an auxiliary, or a verb not in its -ing form and not after "to". */
export function isFiniteAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // An adverb between changes nothing: "to effectively prevent" is an infinitive, "the newly adopted plan" a participle.
  let b = i - 1;
  while (b > 0 && tokens[b]!.pos === 'ADV') b -= 1;
  const before = tokens[b];
  if (t.pos === 'AUX') return t.lower !== 'to' && before?.lower !== 'to';
  if (t.pos !== 'VERB') return false;
  if (before?.lower === 'to' || before?.pos === 'AUX') return false;
  const form = formOf(t);
  if (form === 'ing') return false;
  // "Australia as lead of the task force", "the review of": after a preposition or a determiner and before "of", the
  // plain form is a noun.
  if (form === 'base' && tokens[i + 1]?.lower === 'of' && (before?.pos === 'ADP' || before?.pos === 'DET')) return false;
  // "the adopted plan", "its new strengthened national plan": a participle between a determiner or adjective and a noun describes the noun.
  // "for listed items", "as agreed in May": no finite verb follows a preposition or a subordinator straight away; a past
  // form there is a participle.
  if (form === 'past' && (before?.pos === 'ADP' || before?.pos === 'SCONJ') && b === i - 1) return false;
  const after = tokens[i + 1]?.pos;
  if (form === 'past' && (before?.pos === 'DET' || before?.pos === 'ADJ') && (after === 'NOUN' || after === 'ADJ' || after === 'PROPN')) return false;
  // "experts tasked with care orders", "a forum chaired by the ministers": a past participle after its noun, before its
  // agent or the "with" of a verb that takes one in the passive, describes the noun.
  const preposition = tokens[i + 1]?.lower;
  if (form === 'past' && before?.pos === 'NOUN' && (preposition === 'by' || (preposition === 'with' && WITH_PASSIVE.has(t.lemma)))) return false;
  // "promote initiatives aimed at …", "on trade measures related to …": a noun that is the object of a verb or a
  // preposition is not the subject of the participle after it, which describes it. Nouns naming a party act, though.
  if (form === 'past' && before?.pos === 'NOUN' && !PARTY_NOUNS.has(before.lemma) && governed(tokens, i - 1)) return false;
  if (form === 'past' && b === i - 1 && reducedRelative(tokens, i)) return false;
  return true;
}

/** Whether the noun phrase ending at `end` (nouns and adjectives only) follows a verb or a preposition. */
function governed(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (k > 0 && (tokens[k - 1]!.pos === 'NOUN' || tokens[k - 1]!.pos === 'ADJ')) k -= 1;
  const head = tokens[k - 1];
  return head !== undefined && (head.pos === 'VERB' || head.pos === 'ADP');
}

/** What may stand between a participle and the verb of its noun: a phrase of time, place or manner, nothing with a verb or a clause of its own. */
const PHRASE_WORDS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PART', 'ADV']);
const OPENS_PHRASE = new Set(['ADP', 'ADV', 'ADJ', 'NUM']);

/**
 * "The initiative launched at the May meeting offers …", "the task force established last year will meet …": a past
 * form right after a noun, followed by a phrase without an object and then by a finite verb, is a participle describing
 * the noun. One clause has one finite verb unless a conjunction, a comma or a relative joins another; here nothing does,
 * so the later verb is the noun's. A pronoun ("we launched …") takes no participle, and an object after the past form
 * ("the leaders launched the plan") makes it the verb.
 */
function reducedRelative(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return false;
  if (!OPENS_PHRASE.has(tokens[i + 1]?.pos ?? '')) return false;
  for (let j = i + 1; j < tokens.length; j += 1) {
    const t = tokens[j]!;
    // The later verb follows the end of the phrase, a noun or a number: after a preposition or a determiner a past form
    // describes the noun it precedes ("on shared rivers").
    const prev = tokens[j - 1]!.pos;
    if (isVerbal(t)) return (prev === 'NOUN' || prev === 'PROPN' || prev === 'NUM' || prev === 'ADV') && t.lower !== 'to' && isFiniteAt(tokens, j);
    if (!PHRASE_WORDS.has(t.pos) || RELATIVES.has(t.lower) || t.lower === 'to') return false;
  }
  return false;
}
