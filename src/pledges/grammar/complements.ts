/**
 * What follows an English verb group, read for what it commits to: the object
 * or complement's first words (a commitment noun, a committed adjective, an
 * infinitive, a clause, an event, a result state). english.ts decides from them.
 */
import { correlative, formOf, type VerbGroup, withoutAside } from './clause';
import { nounLemma, possessiveMark } from './subject';
import type { Token } from './tagger';
import {
  ABANDONING,
  ATTITUDE,
  CAUSING,
  COMMITMENT_NOUNS,
  COMMITTED,
  EVENT_NOUNS,
  FUTURE_MODALS,
  GATHERING_NOUNS,
  INSTITUTION_NOUNS,
  JOINT_WORK,
  MEANS,
  NECESSARY,
  OUTCOME_NOUNS,
  RENEWING,
  REPORTED_MODALS,
} from './words';

/** Nouns naming an ending: announcing one reports it. */
export const ENDING_NOUNS = new Set(['termination', 'end', 'ending', 'conclusion', 'completion', 'withdrawal', 'expiry', 'expiration', 'lifting', 'repeal']);

export const OPINION_NOUNS = new Set(['importance', 'need', 'value', 'principle', 'significance', 'necessity', 'view', 'fact']);

export function negationOf(g: VerbGroup): Token | null {
  return g.negation ?? (ABANDONING.has(g.head.lemma) ? g.head : null) ?? (g.rest[0]?.lower === 'not' && !correlative(g.rest, g.rest[0]) ? g.rest[0] : null);
}

const DECISION_NOUNS = new Set(['decision', 'decisions']);
/** Verbs of attitude or renewal in their plain form: after "and", the start of another predicate. */
const SECOND_PREDICATE = new Set([...ATTITUDE, ...RENEWING]);

/** The commitment noun a renewing verb takes as its object, within the object's first words ("our firm commitment"). */
export function commitmentNoun(rest: readonly Token[], theirs = false): Token | undefined {
  let inPhrase = false;
  // "reiterate our decision that …", "our joint decision to …": the authors' own decision, renewed, stands as their
  // commitment; "their decision" is theirs only when the authors speak of themselves in the third person ("the leaders
  // reiterated their decision"), and "the decision of the council" is someone else's.
  const own = rest[0]?.lower === 'our' || (theirs && rest[0]?.lower === 'their');
  const decision = own ? rest.slice(1, 4).find((t) => t.pos !== 'ADJ') : undefined;
  if (decision?.pos === 'NOUN' && DECISION_NOUNS.has(decision.lower)) return decision;
  for (let i = 0; i < Math.min(rest.length, 20); i += 1) {
    const t = rest[i]!;
    // A prepositional phrase belongs to the noun before it ("the importance of efforts"): skip to the next item of the object.
    if (t.pos === 'ADP' || t.lower === 'to') inPhrase = true;
    else if (t.text === ',' || t.lower === 'and') {
      // "stress the importance of X and welcome efforts": a verb after "and" starts a second predicate, whatever its tag.
      if (t.lower === 'and' && SECOND_PREDICATE.has(rest[i + 1]?.lower ?? '')) return undefined;
      inPhrase = false;
    } else if (!inPhrase && t.pos === 'NOUN' && COMMITMENT_NOUNS.has(t.lower)) return t;
    // "their shared commitment": a participle describing the noun does not end the object; a clause of its own does.
    if ((t.pos === 'VERB' && formOf(t) === 'base' && !inPhrase) || t.pos === 'AUX' || t.lower === 'that') return undefined;
  }
  return undefined;
}

export function committedAdjective(g: VerbGroup, rest: readonly Token[]): Token | undefined {
  const { lemma } = g.head;
  if (!['be', 'remain', 'stay', 'stand', 'feel', 'become'].includes(lemma)) return undefined;
  const k = rest.findIndex((t) => t.pos !== 'ADV');
  const adjective = rest[k];
  if (!adjective || !COMMITTED.has(adjective.lower)) return undefined;
  const following = withoutAside(rest.slice(k + 1));
  const after = following[0]?.lower;
  if (after === 'to' || after === 'that') return adjective;
  // "united in our determination to".
  if (after === 'in' && following.slice(1, 5).some((t) => COMMITMENT_NOUNS.has(t.lower))) return adjective;
  return undefined;
}

export function committedAfterComma(rest: readonly Token[]): Token | undefined {
  for (let i = 0; i + 2 < rest.length; i += 1) {
    if (rest[i]!.text !== ',') continue;
    const k = rest[i + 1]!.pos === 'ADV' ? i + 2 : i + 1;
    if (COMMITTED.has(rest[k]?.lower ?? '') && rest[k + 1]?.lower === 'to') return rest[k];
  }
  return undefined;
}

/** The thing launched: a noun phrase right after the verb ("a task force", "workstreams"), not a clause or an event. */
export function launchedObject(rest: readonly Token[]): boolean {
  const k = rest.findIndex((t) => t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM' && t.pos !== 'ADV');
  return k >= 0 && (rest[k]!.pos === 'NOUN' || rest[k]!.pos === 'PROPN') && !EVENT_NOUNS.has(rest[k]!.lemma);
}

/** "is going to", "are to launch", "are set to": the future by other means. */
export function goingTo(g: VerbGroup, rest: readonly Token[]): boolean {
  if (g.head.lemma !== 'be' && g.head.lower !== 'going') return false;
  if (g.head.lower === 'going' && rest[0]?.lower === 'to') return true;
  // "are to launch", and in the passive "are to be organized".
  return g.head.lemma === 'be' && rest[0]?.lower === 'to' && (rest[1]?.pos === 'VERB' || (rest[1]?.lower === 'be' && rest[2]?.pos === 'VERB'));
}

/** An infinitive ("to" and a verb) before the first comma: a task's content after its addressee. */
export function infinitiveBeforeComma(rest: readonly Token[]): boolean {
  for (let i = 0; i + 1 < rest.length && rest[i]!.text !== ',' && rest[i]!.text !== ';'; i += 1) {
    if (rest[i]!.lower === 'to' && (rest[i + 1]!.pos === 'VERB' || rest[i + 1]!.pos === 'AUX')) return true;
  }
  return false;
}

/** "…, and to work together": an infinitive coordinated with what went before, as a second complement of the verb. */
export function coordinatedInfinitive(rest: readonly Token[]): boolean {
  return rest.some((t, i) => t.lower === 'and' && rest[i + 1]?.lower === 'to' && rest[i + 2]?.pos === 'VERB');
}

/** Does a clause (subject and verb, or "that …") follow? "said the government would …", "agreed that …". */
export function startsClause(rest: readonly Token[]): boolean {
  if (rest[0]?.lower === 'that') return true;
  const verb = rest.findIndex((t) => t.pos === 'AUX' || t.pos === 'VERB');
  // "joint initiatives to accelerate": an infinitive after a noun is no clause.
  return verb > 0 && verb <= 6 && rest.slice(0, verb).every((t) => t.pos !== 'PUNCT' && t.pos !== 'ADP' && t.lower !== 'to');
}

export const hasModal = (tokens: readonly Token[]): boolean =>
  tokens.some((t) => t.pos === 'AUX' && (FUTURE_MODALS.has(t.lower) || REPORTED_MODALS.has(t.lower)));

/** "welcome the signing of", "celebrate the launch of": an attitude to an event reports the event. */
export function eventNoun(rest: readonly Token[]): Token | undefined {
  for (const t of rest.slice(0, 5)) {
    if (t.pos === 'NOUN' && EVENT_NOUNS.has(t.lemma)) return t;
    if (t.pos === 'VERB' || t.text === ',' || t.lower === 'that') return undefined;
  }
  return undefined;
}

/** "entered into force", "came into effect", "is now in force", "is operational": a result, whoever brought it about. */
export function resultState(g: VerbGroup, rest: readonly Token[]): boolean {
  const words = rest.slice(0, 4).map((t) => t.lower);
  const into = words.indexOf('into');
  if (['enter', 'come'].includes(g.head.lemma) && into >= 0 && ['force', 'effect', 'operation'].includes(words[into + 1] ?? '')) return true;
  if (g.head.lemma === 'take' && words[0] === 'effect') return true;
  if (g.head.lemma !== 'be') return false;
  const skipped = rest.filter((t) => t.pos !== 'ADV').map((t) => t.lower);
  return (skipped[0] === 'in' && ['force', 'place', 'operation'].includes(skipped[1] ?? '')) || skipped[0] === 'operational' || skipped[0] === 'underway';
}

/** The event noun phrase a copular clause is about, when it judges the event rather than demanding it ("is a major step", not "is necessary"). */
export function eventSubject(subject: readonly Token[], g: VerbGroup): readonly [Token, Token] | undefined {
  // "is", and the verbs that judge as "is" does: "constitutes a major step", "represents", "marks a milestone".
  if (!['be', 'constitute', 'represent', 'mark'].includes(g.head.lemma) || g.modal || g.negation) return undefined;
  const at = subject.findIndex((t) => t.pos === 'NOUN' && EVENT_NOUNS.has(t.lemma));
  if (at < 0 || g.rest.some((t) => NECESSARY.has(t.lower))) return undefined;
  const noun = subject[at]!;
  // "entry into force": the phrase runs on through its fixed complement.
  const end = noun.lemma === 'entry' && subject[at + 2]?.lower === 'force' ? subject[at + 2]! : noun;
  return [noun, end];
}

/**
 * "The fourth ministerial meeting took place in May", "the signing happened on Monday": an event or a gathering that took
 * place, in the past or the perfect, is reported done. The cue runs from the event's noun, so a meeting held is a meeting.
 */
export function eventTookPlace(subject: readonly Token[], g: VerbGroup): readonly [Token, Token] | undefined {
  if (g.modal || g.negation || !(g.past || g.perfect)) return undefined;
  const place = g.head.lemma === 'take' && g.rest[0]?.lower === 'place' ? g.rest[0] : undefined;
  const last = place ?? (['happen', 'occur'].includes(g.head.lemma) ? g.head : undefined);
  // "No meeting took place", "neither session happened": a denial, not a report.
  if (!last || subject.some((t) => DENYING.has(t.lower))) return undefined;
  // The head of the subject's first noun phrase: "the signing of the accord", not "the accord signed at the summit".
  const end = subject.findIndex((t, i) => i > 0 && (t.pos === 'ADP' || t.pos === 'VERB' || t.pos === 'AUX' || t.text === ','));
  const noun = [...(end < 0 ? subject : subject.slice(0, end))].reverse().find((t) => t.pos === 'NOUN');
  // An event or a gathering of the kind parties hold: "the election took place in a climate of fear" reports nobody's pledge.
  const held = (w: string): boolean => (EVENT_NOUNS.has(w) || GATHERING_NOUNS.has(w)) && !HELD_BY_OTHERS.has(w);
  return noun && (held(noun.lemma) || held(noun.lower)) ? [noun, last] : undefined;
}

/** Words that deny the subject's existence: "no meeting", "neither session", "none of the talks", "never". */
const DENYING = new Set(['no', 'neither', 'nor', 'none', 'never']);
/** Gatherings that happen to a country rather than being held by its government and a partner. */
const HELD_BY_OTHERS = new Set(['election', 'ceremony']);

/** Background that opens with a purpose infinitive, after any conjunction or adverb: "(But) in order to seize …", "To keep …". */
export function opensWithPurpose(background: readonly Token[]): boolean {
  const from = background.findIndex((t) => t.pos !== 'CCONJ' && t.pos !== 'ADV');
  const rest = from < 0 ? [] : background.slice(from);
  const to = rest[0]?.lower === 'in' && rest[1]?.lower === 'order' ? 2 : rest[0]?.lower === 'so' && rest[1]?.lower === 'as' ? 2 : 0;
  return rest[to]?.lower === 'to' && rest[to + 1]?.pos === 'VERB';
}

/**
 * The head noun of the object right after a verb: the last noun of its first noun phrase, past determiners, numbers,
 * adjectives, a possessor and nouns that describe it ("three working groups" → groups, "NORAD's ability to …" →
 * ability). "task force" reads as one noun. `undefined` when no noun phrase comes first.
 */
export function objectHead(rest: readonly Token[]): string | undefined {
  let head: string | undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const t = rest[i]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = nounLemma(t, rest[i - 1]);
    else if (t.pos === 'VERB' && formOf(t) === 'ing' && rest[i + 1]?.pos === 'NOUN') continue;
    else if (!(t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADJ' || t.pos === 'ADV' || possessiveMark(t))) break;
    else if (head !== undefined && t.pos !== 'PART') break;
  }
  return head;
}

/**
 * After a verb of showing: "our resolve to rise to …", "their determination to adapt …": a commitment noun with a
 * possessor and an infinitive or gerund of the act, within the object's first words. The noun, or `undefined`.
 */
export function shownCommitment(rest: readonly Token[], subjectActs: boolean): Token | undefined {
  // "their determination" is the leaders' own when they show it; "their actions reflect their intention to …" is another's.
  const possessives = subjectActs ? POSSESSIVES : OWN_POSSESSIVES;
  // After a possessive the word is a noun, whatever the tagger says of "our resolve".
  const at = rest.findIndex((t, i) => i < 6 && COMMITMENT_NOUNS.has(t.lower) && rest.slice(Math.max(0, i - 3), i).some((p) => possessives.has(p.lower)));
  // "our shared determination": a participle may describe the noun; another verb, a preposition or a comma ends the object.
  if (at < 0 || rest.slice(0, at).some((t) => (t.pos === 'VERB' && formOf(t) !== 'past') || t.pos === 'ADP' || t.text === ',')) return undefined;
  return rest[at + 1]?.lower === 'to' && rest[at + 2]?.pos === 'VERB' ? rest[at] : undefined;
}

const POSSESSIVES = new Set(['our', 'their', 'its', 'his', 'her', 'my']);
const OWN_POSSESSIVES = new Set(['our', 'my']);

/** Nouns of what a gathering or a body takes up: "will be the subject of a forum", "the focus of the next meeting". */
const TOPIC_NOUNS = new Set(['subject', 'focus', 'topic', 'theme', 'object']);
/** Activities that take a topic up: "the subject of consultations", "of a joint study". */
const TAKING_UP = new Set(['study', 'review', 'consultation', 'discussion', 'negotiation', 'talks', 'exchange', 'examination', 'assessment', 'work', 'report']);

/**
 * "These issues will be the subject of a dedicated forum", "… the focus of the next ministerial meeting": what a thing
 * will be the topic of, when that is a gathering, a body or an activity, is an act planned on it, not a state foretold.
 * The topic noun, or `undefined`.
 */
export function plannedTopic(rest: readonly Token[]): Token | undefined {
  // The word before "of" is the noun, however it is tagged ("the subject of").
  const at = rest.slice(0, 4).findIndex((t, i) => TOPIC_NOUNS.has(t.lower) && rest[i + 1]?.lower === 'of');
  if (at < 0 || !rest.slice(0, at).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV')) return undefined;
  const after = rest.slice(at + 2);
  // "a dedicated consultative forum between …": a participle may describe the noun; a preposition or a clause ends it.
  const end = after.findIndex((t) => t.pos === 'ADP' || (t.pos === 'VERB' && formOf(t) !== 'past') || t.pos === 'AUX' || t.pos === 'PUNCT');
  const phrase = end < 0 ? after : after.slice(0, end);
  const head = [...phrase].reverse().find((t) => t.pos === 'NOUN');
  if (!head || head !== phrase[phrase.length - 1]) return undefined;
  // "the subject of a review by the court": someone else takes it up.
  if (after[end]?.lower === 'by') return undefined;
  const lemma = head.lemma;
  return GATHERING_NOUNS.has(lemma) || GATHERING_NOUNS.has(head.lower) || INSTITUTION_NOUNS.has(lemma) || TAKING_UP.has(lemma) || TAKING_UP.has(head.lower)
    ? rest[at]
    : undefined;
}

/** Nouns of aim: what one is "is to" do ("our goal is to …", "the priority will be to …"). */
const AIM_NOUNS = new Set(['goal', 'aim', 'objective', 'priority', 'ambition', 'intention', 'purpose', 'mission', 'task', 'focus', 'emphasis']);
/** Of those, the ones whose object follows "on": "the focus will be on …". */
const ATTENTION_NOUNS = new Set(['focus', 'emphasis', 'priority']);

/**
 * "Our highest priority is to protect …", "a first focus will be on clean energy": the head of the subject is an aim,
 * held by the authors or by nobody named, and "be" gives what it is — an act to do, or what attention goes to. What the
 * holder will do, as "we aim to …" says. An aim of something ("the goal of the treaty is to …") is that thing's purpose;
 * one in the past ("our goal was to …") is history. The cue's first and last words, or `undefined`.
 */
export function statedAim(subject: readonly Token[], g: VerbGroup): readonly [Token, Token] | undefined {
  if (g.head.lemma !== 'be' || g.passive || g.past || g.perfect || g.negation) return undefined;
  const words = subject.filter((t) => t.pos !== 'PUNCT');
  const head = words[words.length - 1];
  if (!head || !AIM_NOUNS.has(head.lemma)) return undefined;
  // The holder: the authors ("our") or nobody named; never "the goal of …" (that ends in another noun). Another's aim
  // ("Russia's aim", "their objective", "his priority") is theirs to pursue, and may be the very thing the authors oppose.
  if (words.some((t) => (t.pos === 'PRON' && !OWN_POSSESSIVES.has(t.lower)) || t.pos === 'PROPN' || possessiveMark(t))) return undefined;
  const [first, second] = g.rest;
  if (first?.lower === 'to' && second?.pos === 'VERB') return [head, first];
  // "The focus will be on …" plans where attention goes; "our focus is on results" describes.
  if (first?.lower === 'on' && ATTENTION_NOUNS.has(head.lemma) && g.modal !== undefined && g.rest[1] !== undefined) return [head, first];
  return undefined;
}

/**
 * An inquiry's object that asks what to do: "how", "whether", or a noun of means followed by an infinitive or "for"
 * ("ways to collaborate", "options for joint procurement").
 */
export function intoWhatToDo(rest: readonly Token[]): boolean {
  const asks = (t: Token): boolean => t.lower === 'how' || t.lower === 'whether';
  const first = rest.findIndex((t) => asks(t) || (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'ADV'));
  if (first < 0) return false;
  const word = rest[first]!;
  if (asks(word)) return true;
  const after = rest[first + 1];
  return MEANS.has(word.lemma) && (after?.lower === 'for' || (after?.lower === 'to' && rest[first + 2]?.pos === 'VERB'));
}

/**
 * "This initiative will create three working groups", "the agreement will create a new office": what a thing will
 * make, when it is a body or an instrument and not an outcome, is the authors' plan carried out; so is the joint work
 * an instrument they set up will do ("this initiative will enhance work across the council"). Any other effect ("will
 * improve the lives of millions") is foretold. `object` is what follows the verb of causing.
 */
export function plannedByThing(verb: string, object: readonly Token[], setUp: boolean): boolean {
  if (!CAUSING.has(verb)) return false;
  const head = objectHead(object);
  return head !== undefined && !OUTCOME_NOUNS.has(head) && (INSTITUTION_NOUNS.has(head) || (setUp && JOINT_WORK.has(head)));
}
