import { analyse, compileLexicon, DEFAULT_LEXICON, type CompiledLexicon } from '../similarity/lexicon';
import { stem } from '../similarity/stemmers';
import { tokenize } from '../similarity/tokens';
import { sharedWordNet, type NounClass } from '../similarity/wordnet';
import { englishTagger, type Token } from './grammar/tagger';
import type { Language, Unit } from '../text';
import { PHRASE_WORD, words } from '../text/words';

/** A named subject pledges are labelled and grouped by; any alias names it. */
export interface Topic {
  readonly id: string;
  readonly label: string;
  readonly aliases: readonly string[];
}

/**
 * A watchlist for EU justice-and-home-affairs communiqués. Every alias names
 * one subject and nothing else: a bare common word ("prison", "weapons",
 * "exchange") would label a pledge on another subject, so aliases are the
 * terms of art only.
 */
export const DEFAULT_TOPICS: readonly Topic[] = [
  {
    id: 'liaison-magistrate',
    label: 'liaison magistrate',
    aliases: ['liaison magistrate', 'liaison judge', 'magistrat de liaison', 'verbindingsmagistraat', 'Verbindungsrichter', 'Verbindungsstaatsanwalt'],
  },
  {
    id: 'pnr',
    label: 'passenger name records (PNR)',
    aliases: ['PNR', 'passenger name record', 'passenger name records', 'données des dossiers passagers', 'passagiersgegevens', 'Fluggastdaten'],
  },
  {
    id: 'jit',
    label: 'joint investigation teams',
    aliases: [
      'joint investigation team',
      'joint inquiry team',
      'common investigation team',
      "équipe commune d'enquête",
      'gemeenschappelijk onderzoeksteam',
      'gemeinsame Ermittlungsgruppe',
    ],
  },
  {
    id: 'frontex',
    label: 'Frontex / European border and coast guard',
    aliases: [
      'Frontex',
      'European Border and Coast Guard',
      'border and coastguard corps',
      'border and coast guard corps',
      'garde-frontières et garde-côtes',
      'grens- en kustwacht',
      'Grenz- und Küstenwache',
    ],
  },
  {
    id: 'external-border-checks',
    label: 'checks at the external borders',
    aliases: [
      'systematic checks',
      'systematic border controls',
      'external border checks',
      'checks at the external borders',
      'contrôles aux frontières extérieures',
      'controles aan de buitengrenzen',
      'Kontrollen an den Außengrenzen',
    ],
  },
  {
    id: 'information-exchange',
    label: 'Schengen and Europol information exchange',
    aliases: [
      'Schengen Information System',
      'Europol',
      'exchange of police information',
      'police information exchange',
      'échange d’informations policières',
      'politiële informatie-uitwisseling',
      'polizeilicher Informationsaustausch',
    ],
  },
  {
    id: 'digital-evidence',
    label: 'cross-border access to digital evidence',
    aliases: [
      'digital evidence',
      'electronic evidence',
      'e-evidence',
      'internet communication data',
      'preuves électroniques',
      'elektronisch bewijs',
      'elektronische Beweismittel',
    ],
  },
  { id: 'firearms', label: 'firearms', aliases: ['firearms', 'firearm', 'arms trafficking', 'armes à feu', 'vuurwapens', 'Feuerwaffen', 'Waffenhandel'] },
  {
    id: 'terrorist-financing',
    label: 'terrorist financing',
    aliases: [
      'financing of terrorism',
      'terrorist financing',
      'terrorism financing',
      'funding for terrorist organisations',
      'financement du terrorisme',
      'terrorismefinanciering',
      'Terrorismusfinanzierung',
    ],
  },
  {
    id: 'prison-radicalisation',
    label: 'radicalisation in prisons',
    aliases: [
      'radicalisation in prisons',
      'radicalization in prisons',
      'radicalisation in penitentiary',
      'prison intelligence',
      'radicalised prisoners',
      'radicalised detainees',
      'radicalisation en milieu carcéral',
      'radicalisering in gevangenissen',
      'Radikalisierung in Gefängnissen',
    ],
  },
  { id: 'terrorism-offences', label: 'harmonised terrorism offences', aliases: ['incriminations', 'terrorism offences', 'terrorist offences'] },
];

/** Finds the topic a clause names: the first watchlist alias in its text. */
export interface TopicFinder {
  topicOf(text: string): string | null;
  label(id: string): string;
}

/**
 * Compiles a watchlist for one language; a request's own topics come first,
 * so they win where an alias is shared.
 *
 * @example
 * topicFinder(DEFAULT_TOPICS, 'en').topicOf('stationing a French liaison magistrate in Belgium') // 'liaison-magistrate'
 */
export function topicFinder(topics: readonly Topic[], language: Language): TopicFinder {
  // Topics match as the similarity lexicon's concepts do: on stems, synonyms folded ("controls" meets "checks").
  const compiled: CompiledLexicon = compileLexicon(
    { concepts: topics.map((t) => ({ id: t.id, label: t.label, phrases: [...t.aliases] })), synonyms: DEFAULT_LEXICON.synonyms },
    language,
  );
  const labels = new Map(topics.map((t) => [t.id, t.label]));
  return {
    topicOf(text) {
      const first = analyse(text, compiled).concepts.values().next();
      return first.done ? null : first.value;
    },
    label: (id) => labels.get(id) ?? id,
  };
}

/** At most this many topics come from the documents' own words: beyond it, a summary by topic stops summarising. */
const MAX_DOCUMENT_TOPICS = 12;
/** A phrase in more than this share of both documents' clauses is their whole subject ("cooperation"), not a topic. */
const MAX_SHARE = 0.35;

interface Side {
  readonly units: readonly Unit[];
  readonly language: Language;
}

export interface AssignedTopics {
  readonly source: ReadonlyMap<number, string>;
  readonly target: ReadonlyMap<number, string>;
  /** The label of every topic given, by id: a watchlist topic's label, or the documents' own phrase (its own id). */
  readonly labels: ReadonlyMap<string, string>;
}

/** The default watchlist compiled once per language: compiling it cost more than labelling a communiqué's pledges. */
const DEFAULT_FINDERS = new Map<Language, TopicFinder>();

function watchlistFinder(extra: readonly Topic[], language: Language): TopicFinder {
  if (extra.length > 0) return topicFinder([...extra, ...DEFAULT_TOPICS], language);
  let finder = DEFAULT_FINDERS.get(language);
  if (!finder) DEFAULT_FINDERS.set(language, (finder = topicFinder(DEFAULT_TOPICS, language)));
  return finder;
}

/**
 * Labels pledges and new pledges with topics: a watchlist topic when a clause
 * names one of its terms of art; otherwise the key phrase of the documents
 * (a word or two-word phrase several pledges share, rare enough in the texts
 * to name a subject) that the clause holds; otherwise none ("other").
 */
export function assignTopics(input: { source: Side; target: Side; topics: readonly Topic[]; allClauses?: number }): AssignedTopics {
  const finders = { source: watchlistFinder(input.topics, input.source.language), target: watchlistFinder(input.topics, input.target.language) };
  const source = new Map<number, string>();
  const target = new Map<number, string>();
  const rest: Array<{ side: 'source' | 'target'; unit: Unit; phrases: Map<string, string> }> = [];
  for (const side of ['source', 'target'] as const) {
    const { units, language } = input[side];
    const open = units.filter((unit) => {
      const topic = finders[side].topicOf(unit.lead ? `${unit.lead} ${unit.text}` : unit.text);
      if (topic) (side === 'source' ? source : target).set(unit.index, topic);
      return !topic;
    });
    const tagged = language === 'en' ? englishTagger().tag(open.map((u) => u.text)) : undefined;
    rest.push(...open.map((unit, i) => ({ side, unit, phrases: phrasesOf(unit.text, language, tagged?.[i]) })));
  }
  const phrases = documentTopics(
    rest.map((r) => r.phrases),
    input.allClauses ?? rest.length,
  );
  for (const r of rest) {
    const key = [...phrases.keys()].find((p) => r.phrases.has(p));
    if (key) (r.side === 'source' ? source : target).set(r.unit.index, phrases.get(key)!);
  }
  const labels = new Map<string, string>();
  for (const id of [...source.values(), ...target.values()]) labels.set(id, finders.source.label(id));
  return { source, target, labels };
}

/**
 * The phrases a clause could be filed under, stemmed, each with the words it
 * was read from: in English its nouns and two-word noun phrases (from the
 * tagger: "clean energy", "supply chains", "semiconductors"); elsewhere its
 * pairs of adjacent content words and its capitalised names.
 */
function phrasesOf(text: string, language: Language, tokens: readonly Token[] | undefined): Map<string, string> {
  const phrases = new Map<string, string>();
  if (tokens) {
    const nounish = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN') && t.lemma.length > 2;
    tokens.forEach((t, i) => {
      // A capital inside the sentence makes a name of a word the tagger took for a common noun ("President Moon").
      if (!nounish(t) || (i > 0 && /^\p{Lu}/u.test(t.text)) || !namesSubject(t)) return;
      phrases.set(stem(t.lemma, language), t.lower);
      const before = tokens[i - 1];
      // A name before the noun is a title or a party ("President Moon"), not a narrower subject.
      if (
        before &&
        ((before.pos === 'NOUN' && !(i > 1 && /^\p{Lu}/u.test(before.text)) && namesSubject(before)) || before.pos === 'ADJ') &&
        before.lemma.length > 2
      )
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
function documentTopics(clauses: readonly Map<string, string>[], allClauses: number): Map<string, string> {
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
