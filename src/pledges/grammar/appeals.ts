/**
 * Appeals ("called for …", "urged …"): whose act the appeal asks for. An appeal
 * for an end, for keeping to what is agreed, or for others to act asks it of
 * them; one for a thing to be set up pursues it, as "called for a pact" does.
 * english.ts decides from these.
 */
import { formOf } from './clause';
import { possessiveMark } from './subject';
import type { Token } from './tagger';
import { EVENT_NOUNS, INSTITUTION_NOUNS, INSTRUMENT_NOUNS, PARTY_NOUNS } from './words';

/** Stopping what someone keeps up, as against finishing one's own work ("an early conclusion of the talks"). */
const CEASING = new Set(['end', 'ending', 'termination', 'cessation', 'halt', 'withdrawal', 'lifting', 'repeal']);
/** Keeping to what is already agreed: an appeal for it asks whoever is bound, as one for an end asks whoever keeps it up. */
const COMPLYING = new Set(['implementation', 'compliance', 'observance', 'adherence']);

/**
 * The appeal's object is a stop or a withdrawal ("for an end to", "the lifting of"), or keeping to something agreed ("for
 * the urgent implementation of the consensus"): its first noun, past "for", a determiner, an adjective.
 */
export function appealToOthers(rest: readonly Token[]): boolean {
  const noun = rest.slice(0, 4).find((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'VERB' && CEASING.has(t.lower)));
  if (noun === undefined || !rest.slice(0, rest.indexOf(noun)).every((t) => t.lower === 'for' || t.pos === 'DET' || t.pos === 'ADJ')) return false;
  if (CEASING.has(noun.lemma) || CEASING.has(noun.lower)) return true;
  return COMPLYING.has(noun.lower) && alreadyAgreed(rest.slice(rest.indexOf(noun) + 1));
}

/** Things one is bound by once they exist, named without a determiner: "compliance with international law", "relevant resolutions". */
const BINDING = new Set(['law', 'resolution', 'obligation', 'commitment', 'agreement', 'accord', 'treaty', 'convention', 'consensus', 'sanction', 'decision']);
/** Marks of something not yet in place: "a new mechanism", "the proposed code", "further measures". */
const NOT_YET = new Set(['new', 'future', 'proposed', 'additional', 'further', 'novel']);
/** Marks of something already in place: "the agreed roadmap", "relevant resolutions", "existing rules". */
const IN_PLACE = new Set(['agreed', 'existing', 'relevant', 'applicable', 'current', 'adopted']);

/**
 * What is to be implemented or complied with (after "of", "with", "to") is already agreed: named ("the ASEAN Five Point
 * Consensus"), marked as in place ("the agreed …", "relevant resolutions"), binding by its kind ("international law"), or
 * definite ("the accord", "its obligations") — and not marked as new ("a new mechanism", "the proposed code"). With no
 * such phrase, the thing was named before ("called for its full implementation").
 */
function alreadyAgreed(after: readonly Token[]): boolean {
  if (!['of', 'with', 'to'].includes(after[0]?.lower ?? '')) return true;
  const end = after.findIndex(
    (t, i) =>
      i > 0 &&
      !(
        t.pos === 'DET' ||
        t.pos === 'ADJ' ||
        t.pos === 'NUM' ||
        t.pos === 'NOUN' ||
        t.pos === 'PROPN' ||
        t.pos === 'PART' ||
        t.pos === 'ADV' ||
        (t.pos === 'VERB' && formOf(t) === 'past')
      ),
  );
  const phrase = after.slice(1, end < 0 ? undefined : end);
  if (phrase.length === 0) return true;
  if (phrase.some((t) => NOT_YET.has(t.lower))) return false;
  if (phrase.some((t) => t.pos === 'PROPN' || IN_PLACE.has(t.lower) || BINDING.has(t.lemma) || BINDING.has(t.lower))) return true;
  return phrase[0]!.pos === 'DET' || phrase[0]!.pos === 'PRON' || possessiveMark(phrase[0]!);
}

/** Verbs of setting something up, as a passive infinitive's verb: "channels to be set up", "a fund to be established". */
const SETTING_UP = new Set(['establish', 'create', 'launch', 'introduce', 'develop', 'build', 'form', 'found', 'open', 'initiate']);

/**
 * After "called for": an infinitive within the next words, and whose act it is. `others`: the noun phrase before it is
 * who is to act ("for those responsible to be brought to justice", "for the troops to withdraw"), or what is to be done
 * to by others ("for sanctions to be lifted"). `pursued`: it is a thing to be set up ("for channels to be set up",
 * "for a fund to be established"), or an instrument and its purpose ("for a new mechanism to share data"), which the
 * appeal pursues as "called for a pact" does. `undefined`: no infinitive.
 */
export function appealedInfinitive(rest: readonly Token[]): 'others' | 'pursued' | undefined {
  const k = rest.findIndex((t, i) => i >= 2 && i + 1 < 12 && t.lower === 'to' && (rest[i + 1]?.pos === 'VERB' || rest[i + 1]?.pos === 'AUX'));
  if (k < 0) return undefined;
  // The head of the first noun phrase after "for": "the perpetrators of the attacks" → perpetrators.
  const headOf = (words: readonly Token[]): { head: Token | undefined; end: number } => {
    const end = words.findIndex((t) => t.pos === 'ADP' || t.text === ',');
    const phrase = end < 0 ? words : words.slice(0, end);
    return { head: [...phrase].reverse().find((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON'), end };
  };
  const before = rest.slice(1, k);
  const first = headOf(before);
  // "for the creation of a fund to …", "the implementation of a new mechanism to …": an event's "of" names what the
  // infinitive goes with.
  const inner = first.head && EVENT_NOUNS.has(first.head.lemma) && before[first.end]?.lower === 'of' ? headOf(before.slice(first.end + 1)) : undefined;
  const head = inner?.head ?? first.head;
  if (head?.pos !== 'NOUN') return 'others';
  // A body or an instrument is what the authors set up; a ceasefire, a corridor or an inquiry set up is others' to do.
  const instituted = INSTITUTION_NOUNS.has(head.lemma) || INSTRUMENT_NOUNS.has(head.lemma);
  const verb = rest[k + 1]!;
  const passive = verb.lemma === 'be' && rest[k + 2]?.pos === 'VERB' ? rest[k + 2]! : undefined;
  if (passive) {
    const setUp =
      SETTING_UP.has(passive.lemma) || (passive.lemma === 'set' && rest[k + 3]?.lower === 'up') || (passive.lemma === 'put' && rest[k + 3]?.lower === 'in');
    // Checked before the party nouns: "a working group to be set up" is a body, though a group can also act.
    return setUp && instituted ? 'pursued' : 'others';
  }
  if (PARTY_NOUNS.has(head.lemma)) return 'others';
  return instituted ? 'pursued' : 'others';
}

/** Verbs that ask someone else to act when an object and an infinitive follow ("encourage countries to join"). */
export const ASKING = new Set(['encourage', 'invite', 'urge', 'exhort', 'implore']);
/** Objects that are the authors or their own people: "we encourage each other to …", "invite our ministers to …" bind them. */
const OURSELVES = new Set(['ourselves', 'us', 'our']);
const RELATIVES = new Set(['that', 'who', 'which', 'whose']);
/** Words the object may run to before its "to": "all States that have not yet done so", "all countries, including China,". */
const MAX_OBJECT = 16;

/**
 * "We encourage third countries … to leverage the cap", "invite all partners to join": the infinitive after the object is
 * the object's act, asked of it, as "called on the parties to" is; the authors commit to nothing by it. The object is the
 * words between the verb and that "to", naming someone other than the authors; a verb in it belongs to a relative clause
 * ("States that have not yet done so") or it is no object but a clause of its own. ("ask" and "request" stay with the
 * verbs that give a task: "asked our ministers to" commits the authors.)
 */
export function asksOthers(rest: readonly Token[]): boolean {
  const to = rest.findIndex(
    (t, i) => i > 0 && i <= MAX_OBJECT && t.lower === 'to' && (rest[i + 1]?.pos === 'VERB' || (rest[i + 1]?.pos === 'ADV' && rest[i + 2]?.pos === 'VERB')),
  );
  if (to < 0) return false;
  const object = rest.slice(0, to);
  const first = object[0]!;
  if (OURSELVES.has(first.lower) || (first.lower === 'each' && object[1]?.lower === 'other')) return false;
  const relative = object.findIndex((t) => RELATIVES.has(t.lower));
  const verbs = object.some((t, i) => (t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== 'including')) && (relative < 0 || i < relative));
  return ['NOUN', 'PROPN', 'DET', 'ADJ', 'PRON', 'NUM'].includes(first.pos) && !verbs;
}
