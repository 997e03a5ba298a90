/**
 * Who the subject of a main clause is: the authors, a party, "it"/"there", or a thing; and among things, an
 * undertaking or a text, which has purposes but no intentions of its own.
 */
import type { Token } from './tagger';
import { INSTRUMENT_NOUNS, PARTY_NOUNS, SET_UP_NOUNS } from './words';

/** Who the main clause's subject is: the authors ("we"), a party ("the leaders", "Japan"), "it"/"there", a thing, or nobody. */
export type SubjectKind = 'first' | 'party' | 'expletive' | 'thing' | 'none';

export function subjectKind(subject: readonly Token[]): SubjectKind {
  const words = subject.filter((t) => t.pos !== 'PUNCT');
  if (words.length === 0) return 'none';
  if (words.some((t) => t.lower === 'we' || t.lower === 'us' || t.lower === 'i')) return 'first';
  const first = words[0]!;
  if ((first.lower === 'it' || first.lower === 'there') && words.length === 1) return 'expletive';
  // The head of the subject's first noun phrase decides: "the significance of the U.S.-ROK relationship" is a thing.
  const end = words.findIndex((t, i) => i > 0 && (t.pos === 'ADP' || t.pos === 'VERB' || t.pos === 'AUX' || t.text === ','));
  const phrase = end < 0 ? words : words.slice(0, end);
  // Heads: the last word of each run of nouns ("two million ROK citizens" → citizens; "President Biden and President Moon" → Biden, Moon).
  // A possessive is no head: "a nation’s ability" is an ability, and "Japan’s role" a role.
  const possessive = (t: Token | undefined): boolean => t !== undefined && possessiveMark(t);
  const all = phrase.filter((t, i) => isNounish(t) && !(phrase[i + 1] && isNounish(phrase[i + 1]!)) && !possessive(phrase[i + 1]));
  // A demonstrative determines one noun phrase, whose head is its last noun: in "these U.S. and Canadian efforts" the
  // names describe the efforts.
  const heads = DEMONSTRATIVES.has(first.lower) && first.pos === 'DET' ? all.slice(-1) : all;
  // "6G", "5G", "3D": a numeral run into a name makes a generation or a standard, which acts for nobody ("G7" opens with its
  // letter). A unit run into a numeral makes a quantity instead: "3M" (people) counts whoever it counts, as "3 million"
  // does, and "10GW" measures an amount, which acts for nobody either.
  const afterNumeral = (t: Token): boolean => words.some((n) => n.pos === 'NUM' && n.end === t.start);
  const standardOrMeasure = (t: Token): boolean => afterNumeral(t) && !COUNTS.has(t.lower);
  const party = (t: Token): boolean =>
    (t.pos === 'PROPN' && !standardOrMeasure(t)) ||
    (t.pos === 'PRON' && ['they', 'he', 'she'].includes(t.lower)) ||
    (t.pos === 'NOUN' && PARTY_NOUNS.has(singular(t.lemma)));
  return (heads.length > 0 ? heads : phrase).some(party) ? 'party' : 'thing';
}

/** The tagger leaves some plurals unlemmatised ("co-chairs"): a final "s" is dropped when the noun is known without it. */
const singular = (lemma: string): string => (lemma.endsWith('s') && PARTY_NOUNS.has(lemma.slice(0, -1)) ? lemma.slice(0, -1) : lemma);

const DEMONSTRATIVES = new Set(['this', 'these', 'that', 'those']);

/** Multipliers written after a numeral ("3M", "40K", "2bn"): a count of people or things, not a name. */
const COUNTS = new Set(['k', 'm', 'mn', 'mln', 'b', 'bn', 'tn']);

const isNounish = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON';

/** The head of the subject's first noun phrase names an undertaking or a text: "this joint work", "the new register". */
export function instrumentSubject(subject: readonly Token[]): boolean {
  const head = subjectHead(subject);
  return head !== undefined && INSTRUMENT_NOUNS.has(head.lemma);
}

/** The head is a body or instrument set up to act ("this initiative", "the new task force"): see SET_UP_NOUNS. */
export function setUpSubject(subject: readonly Token[]): boolean {
  const head = subjectHead(subject);
  if (!head) return false;
  const words = subject.filter((t) => t.pos !== 'PUNCT');
  return SET_UP_NOUNS.has(nounLemma(head, words[words.indexOf(head) - 1]));
}

/** The possessive "'s" (or a bare apostrophe after a plural), as the tagger splits it off its noun. */
export const possessiveMark = (t: Token): boolean => t.pos === 'PART' && /^['’]s?$/u.test(t.text);

/** A noun's lemma, read with the word before it where the two make one noun: "task force" is a body, "force" is not. */
export const nounLemma = (noun: Token, before: Token | undefined): string => (noun.lemma === 'force' && before?.lower === 'task' ? 'taskforce' : noun.lemma);

/** The last word of the subject's first noun phrase, when it is a noun. */
function subjectHead(subject: readonly Token[]): Token | undefined {
  const words = subject.filter((t) => t.pos !== 'PUNCT');
  const end = words.findIndex((t, i) => i > 0 && (t.pos === 'ADP' || t.pos === 'VERB' || t.pos === 'AUX' || t.text === ','));
  const phrase = end < 0 ? words : words.slice(0, end);
  const head = [...phrase].reverse().find((t) => t.pos === 'NOUN');
  return head !== undefined && phrase[phrase.length - 1] === head ? head : undefined;
}
