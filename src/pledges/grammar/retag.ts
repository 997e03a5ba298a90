/**
 * The tokens as the English reader reads them: punctuation gone but for what
 * the clause structure needs, a clause quoted whole unquoted, and a verb the
 * tagger took for a noun (plan, aim, pledge, share) put back as the verb.
 */
import { mainClause } from './clause';
import type { Token } from './tagger';
import { APPEALING, ATTITUDE, COMMITTING, LAUNCHING, MEMBERSHIP_NOUNS, RENEWING, SAYING, STATIVE, TASKING, UNDERGOING } from './words';

/** Punctuation goes, but for commas, quotes and brackets, which the clause structure needs. */
export function wordsOf(tokens: readonly Token[]): Token[] {
  return adverbBeforeVerb(
    coordinatedCommitment(
      verbAfterPronoun(
        verbHomograph(membershipAdjective(nameParts(letAlone(unquoted(tokens.filter((t) => t.pos !== 'PUNCT' || KEPT_PUNCTUATION.has(t.text))))))),
      ),
    ),
  );
}

/**
 * `tokens.map(retag)`, but the same array when no token changes: almost no clause is retagged, and
 * every clause passes through each pass, so copying it each time was most of what the passes cost.
 */
function retagEach(tokens: Token[], retag: (t: Token, j: number) => Token): Token[] {
  let out: Token[] | undefined;
  for (let j = 0; j < tokens.length; j += 1) {
    const t = tokens[j]!;
    const u = retag(t, j);
    if (u !== t) {
      out ??= tokens.slice();
      out[j] = u;
    }
  }
  return out ?? tokens;
}

const capitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text) && t.pos !== 'PUNCT';

/**
 * "the International Counter Ransomware Initiative", "the Build Back Better World partnership": a capitalised word
 * inside a run of capitalised words (the clause's first word can only start one) is part of a name, whatever verb it is spelled like.
 */
function nameParts(tokens: Token[]): Token[] {
  return retagEach(tokens, (t, j) =>
    (t.pos === 'VERB' || t.pos === 'AUX') && j > 0 && capitalised(t) && capitalised(tokens[j - 1]) && capitalised(tokens[j + 1]) ? { ...t, pos: 'PROPN' } : t,
  );
}

/**
 * "are founding members of": taggers read the -ing word after "be" as a progressive verb, which would make a standing
 * (membership) into an act under way. Before a noun of membership that names what it belongs to ("of", "to", "in"), it
 * describes that noun and is read as an adjective; "are recruiting members for …" keeps its verb.
 */
function membershipAdjective(tokens: Token[]): Token[] {
  return retagEach(tokens, (t, j) =>
    t.pos === 'VERB' &&
    t.lower.endsWith('ing') &&
    tokens[j - 1]?.lemma === 'be' &&
    tokens[j + 1]?.pos === 'NOUN' &&
    MEMBERSHIP_NOUNS.has(tokens[j + 1]!.lemma) &&
    ['of', 'to', 'in'].includes(tokens[j + 2]?.lower ?? '')
      ? { ...t, pos: 'ADJ' }
      : t,
  );
}

export const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '„']);

/** A clause quoted whole ("“make quick progress …”") reads as its words. */
function unquoted(tokens: Token[]): Token[] {
  if (
    tokens.length > 1 &&
    QUOTE_MARKS.has(tokens[0]!.text) &&
    QUOTE_MARKS.has(tokens[tokens.length - 1]!.text) &&
    !tokens.slice(1, -1).some((t) => QUOTE_MARKS.has(t.text))
  ) {
    return tokens.slice(1, -1);
  }
  return tokens;
}
const KEPT_PUNCTUATION = new Set([',', ';', '—', '–', '(', ')', '[', ']', '"', '“', '”', '‘', '’', "'", '«', '»', '„']);

/** Verbs the reader knows by class: a word among them, tagged as a noun in a verb's place, is taken for the verb. */
const KNOWN_VERBS = new Set([...COMMITTING, ...RENEWING, ...SAYING, ...APPEALING, ...TASKING, ...LAUNCHING, ...ATTITUDE]);
const OBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'ADJ', 'NUM', 'SCONJ', 'PART']);
/** Verbs whose plain form is also a noun ("share", "face", "need"): after a plural subject, the verb is meant. */
const PLAIN_VERBS = new Set([...KNOWN_VERBS, ...UNDERGOING, ...STATIVE]);
const PLAIN_OBJECT_START = new Set([...OBJECT_START, 'NOUN']);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'its']);
/** A subject that takes the plain form of a verb: a name ("SMEs", "the European Union" after "and") or "we", "they". */
const pluralName = (t: Token): boolean => t.pos === 'PROPN' || t.lower === 'we' || t.lower === 'they';

/**
 * "The two leaders plan to meet": taggers often read a verb that is also a
 * noun (plan, aim, pledge) as the noun. In a clause with no finite verb, such
 * a word after its subject and before "to" + verb is the verb.
 */
function verbHomograph(tokens: Token[]): Token[] {
  // The words before position j, back to the clause's start, are names and "and", with at least one "and".
  const coordinatedNames = (j: number): boolean => {
    const before = tokens.slice(0, j).filter((t) => t.pos !== 'DET');
    return before.some((t) => t.lower === 'and') && before.every((t) => t.pos === 'PROPN' || t.lower === 'and');
  };
  const subjectBefore = (j: number): boolean =>
    j > 0 && (tokens[j - 1]!.pos === 'NOUN' || tokens[j - 1]!.pos === 'PROPN' || ['we', 'they', 'he', 'she'].includes(tokens[j - 1]!.lower));
  const at = tokens.findIndex(
    (t, j) =>
      t.pos === 'NOUN' &&
      subjectBefore(j) &&
      // "The two leaders plan to meet": a verb of commitment before "to" + verb.
      ((COMMITTING.has(t.lemma) && tokens[j + 1]?.lower === 'to' && tokens[j + 2]?.pos === 'VERB') ||
        // "President Biden affirms the …": a verb's -s form after a name, before what it governs.
        (t.lower.endsWith('s') && KNOWN_VERBS.has(t.lower.replace(/e?s$/u, '')) && OBJECT_START.has(tokens[j + 1]?.pos ?? 'X')) ||
        // "The two unions share concerns …", "Small firms face hurdles …": the plain form after a plural name, before its object.
        (t.lower === t.lemma && PLAIN_VERBS.has(t.lemma) && pluralName(tokens[j - 1]!) && PLAIN_OBJECT_START.has(tokens[j + 1]?.pos ?? 'X')) ||
        // "The United States and the European Union support the development of …": after names joined by "and", a plain
        // form before a determiner can only be their verb, whatever its class.
        (t.lower === t.lemma && tokens[j - 1]!.pos === 'PROPN' && coordinatedNames(j) && DETERMINERS.has(tokens[j + 1]?.lower ?? ''))),
  );
  if (at < 0) return tokens;
  // Only when no verb comes before it: "action plans to reach" after "adopted" stays a noun.
  const main = mainClause(tokens);
  if (main && tokens.indexOf(main.predicate[0]!) < at) return tokens;
  const lemma = tokens[at]!.lower.endsWith('s') && !COMMITTING.has(tokens[at]!.lemma) ? tokens[at]!.lower.replace(/e?s$/u, '') : tokens[at]!.lemma;
  return tokens.map((t, j) => (j === at ? { ...t, pos: 'VERB', lemma: KNOWN_VERBS.has(lemma) ? lemma : t.lemma } : t));
}

/** "let alone" joins two phrases ("threats of use, let alone any use, …"); neither word is a verb or an adverb of the clause. */
function letAlone(tokens: Token[]): Token[] {
  return retagEach(tokens, (t, j) =>
    (t.lower === 'let' && tokens[j + 1]?.lower === 'alone') || (t.lower === 'alone' && tokens[j - 1]?.lower === 'let') ? { ...t, pos: 'CCONJ' } : t,
  );
}

/** Pronouns that are a clause's subject: a verb must follow them, with at most adverbs between. */
const SUBJECT_PRONOUNS = new Set(['we', 'they', 'i', 'you']);

/**
 * "We also welcome the EU initiative …": after a subject pronoun and its adverbs, no adjective or noun can stand before
 * the verb, so a word the reader knows as a verb, tagged as an adjective or a noun there, before its object, is the verb.
 */
function verbAfterPronoun(tokens: Token[]): Token[] {
  return retagEach(tokens, (t, j) => {
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || t.lower !== t.lemma || !KNOWN_VERBS.has(t.lower)) return t;
    if (!PLAIN_OBJECT_START.has(tokens[j + 1]?.pos ?? 'X')) return t;
    let k = j - 1;
    while (k >= 0 && tokens[k]!.pos === 'ADV') k -= 1;
    if (k < 0 || !SUBJECT_PRONOUNS.has(tokens[k]!.lower)) return t;
    return tokens.slice(0, k).some((u) => u.pos === 'VERB' || u.pos === 'AUX') ? t : { ...t, pos: 'VERB' };
  });
}

/**
 * "The two leaders appreciate the progress and pledge to continue …": a bare singular noun cannot stand after "and"
 * without a determiner, so a verb of commitment in its plain form there, before "to" + verb or before its object ("and
 * pledge our continued support"), is the second verb of the clause, not a noun.
 */
function coordinatedCommitment(tokens: Token[]): Token[] {
  return retagEach(tokens, (t, j) =>
    t.pos === 'NOUN' &&
    COMMITTING.has(t.lemma) &&
    t.lower === t.lemma &&
    (tokens[j - 1]?.lower === 'and' || tokens[j - 1]?.lower === 'but') &&
    ((tokens[j + 1]?.lower === 'to' && tokens[j + 2]?.pos === 'VERB') || OBJECT_OPENERS.has(tokens[j + 1]?.lower ?? ''))
      ? { ...t, pos: 'VERB' }
      : t,
  );
}

/** Words that open an object: "and pledge our continued support" — a bare noun cannot be followed by one. */
const OBJECT_OPENERS = new Set(['our', 'their', 'its', 'the', 'a', 'an', 'further', 'full', 'continued']);

/** Words that are verbs or adverbs ("to further our aims", "we further reaffirm"): right before a verb, the adverb. */
const ADVERB_HOMOGRAPHS = new Set(['further']);

/** "We further reaffirm that …": a word that can be an adverb, directly before a verb, is the adverb. */
function adverbBeforeVerb(tokens: Token[]): Token[] {
  return retagEach(tokens, (t, j) =>
    t.pos === 'VERB' && ADVERB_HOMOGRAPHS.has(t.lower) && (tokens[j + 1]?.pos === 'VERB' || tokens[j + 1]?.pos === 'AUX') ? { ...t, pos: 'ADV' } : t,
  );
}
