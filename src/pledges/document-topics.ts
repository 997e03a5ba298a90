/**
 * Topics from the documents themselves, for pledges no watchlist term names:
 * the noun phrases several clauses share, rare enough in the texts to name a
 * subject, headed by a noun that says what a clause is about.
 */
import { stem } from '../similarity/stemmers';
import { tokenize } from '../similarity/tokens';
import { type NounClass, sharedWordNet } from '../similarity/wordnet';
import type { Language } from '../text';
import { PHRASE_WORD, words } from '../text/words';
import type { Token } from './grammar/tagger';

/** At most this many topics come from the documents' own words: beyond it, a summary by topic stops summarising. */
const MAX_DOCUMENT_TOPICS = 12;
/** A phrase in more than this share of both documents' clauses is their whole subject ("cooperation"), not a topic. */
const MAX_SHARE = 0.35;

/**
 * The phrases a clause could be filed under, stemmed, each with the words it
 * was read from: in English its nouns and two-word noun phrases (from the
 * tagger: "clean energy", "supply chains", "semiconductors"); elsewhere its
 * pairs of adjacent content words and its capitalised names.
 */
export function phrasesOf(text: string, language: Language, tokens: readonly Token[] | undefined): Map<string, string> {
  const phrases = new Map<string, string>();
  if (tokens) {
    // A noun that can head a topic. A capital inside the sentence makes a name of a word the tagger took for a
    // common noun ("President Moon"); a name before the noun is a title or a party, not a narrower subject.
    const heads = tokens.map((t, i) => (t.pos === 'NOUN' || t.pos === 'PROPN') && t.lemma.length > 2 && !(i > 0 && /^\p{Lu}/u.test(t.text)) && namesSubject(t));
    tokens.forEach((t, i) => {
      if (!heads[i]) return;
      phrases.set(stem(t.lemma, language), t.lower);
      const before = tokens[i - 1];
      if (before && (heads[i - 1] || (before.pos === 'ADJ' && before.lemma.length > 2)))
        phrases.set(`${stem(before.lemma, language)} ${stem(t.lemma, language)}`, `${before.lower} ${t.lower}`);
    });
    return phrases;
  }
  let previous: { stem: string; lower: string } | undefined;
  for (const word of words(text, PHRASE_WORD)) {
    const [token] = tokenize(word, language);
    const content = token && !token.stop && token.stem.length > 2 && !/^\p{N}+$/u.test(token.stem);
    if (!token || !content) {
      previous = undefined;
      continue;
    }
    if (/^\p{Lu}/u.test(word)) phrases.set(token.stem, word);
    if (previous) phrases.set(`${previous.stem} ${token.stem}`, `${previous.lower} ${token.lower}`);
    previous = token;
  }
  return phrases;
}

/**
 * Who, where and when are not what a pledge is about: nouns whose first WordNet
 * sense is a person, a group, a place, a time or a quantity ("leaders",
 * "countries", "year") name the parties and circumstances of every clause.
 */
const NOT_SUBJECTS: ReadonlySet<NounClass> = new Set(['person', 'group', 'location', 'time', 'quantity', 'Tops', 'relation']);
/**
 * General ("shell") nouns stand for a content said elsewhere in the sentence
 * ("the approach", "our efforts", "in all cases"), so they name no subject
 * either; the most frequent of them in English, after Schmid's study of shell nouns.
 */
const SHELL_NOUNS: ReadonlySet<string> = new Set([
  'way',
  'part',
  'case',
  'end',
  'fact',
  'issue',
  'matter',
  'need',
  'kind',
  'type',
  'sort',
  'form',
  'level',
  'role',
  'step',
  'effort',
  'approach',
  'ability',
  'work',
  'thing',
  'area',
  'aspect',
  'basis',
  'means',
  'point',
  'range',
  'result',
  'side',
  'term',
  'use',
  'idea',
  'problem',
  'question',
  'reason',
  'possibility',
  'opportunity',
  'importance',
  'action',
  'measure',
  'commitment',
  'play',
  'view',
  'number',
  'lot',
  'process',
  'example',
  'plan',
  'goal',
  'aim',
  'purpose',
  'field',
  'manner',
  'order',
  'benefit',
  'objective',
  'challenge',
  'support',
  'activity',
  'pledge',
  'arrangement',
  'initiative',
  'effect',
  'outcome',
]);

/** A common noun that can head a topic: proper names are the parties and places; see NOT_SUBJECTS and SHELL_NOUNS. */
function namesSubject(t: Token): boolean {
  if (t.pos !== 'NOUN' || SHELL_NOUNS.has(t.lemma.toLowerCase())) return false;
  const kind = sharedWordNet().nounClass(t.lemma);
  return kind === undefined || !NOT_SUBJECTS.has(kind);
}

/**
 * Picks the documents' own topics (stemmed phrase → the words it was first
 * read from, which name the topic), greedily: the phrase held by most clauses
 * not yet labelled (a two-word phrase counts a little more, being more
 * specific), until the cap or until no phrase is shared by two clauses.
 */
export function documentTopics(clauses: readonly Map<string, string>[], allClauses: number): Map<string, string> {
  const chosen = new Map<string, string>();
  const open = new Set(clauses.map((_, i) => i));
  const df = new Map<string, number>();
  for (const phrases of clauses) for (const p of phrases.keys()) df.set(p, (df.get(p) ?? 0) + 1);
  const tooCommon = Math.max(2, MAX_SHARE * allClauses);
  while (chosen.size < MAX_DOCUMENT_TOPICS && open.size > 1) {
    const counts = new Map<string, number>();
    for (const i of open) for (const p of clauses[i]!.keys()) if ((df.get(p) ?? 0) <= tooCommon) counts.set(p, (counts.get(p) ?? 0) + 1);
    let best: [string, number] | undefined;
    for (const [p, n] of counts) {
      const weight = n * (p.includes(' ') ? 1.5 : 1);
      if (n >= 2 && (!best || weight > best[1] || (weight === best[1] && p < best[0]))) best = [p, weight];
    }
    if (!best) break;
    const label = clauses.find((c) => c.has(best![0]))!.get(best[0])!;
    chosen.set(best[0], label);
    for (const i of [...open]) if (clauses[i]!.has(best[0])) open.delete(i);
  }
  return chosen;
}
