import { analyse, compileLexicon, DEFAULT_LEXICON, type CompiledLexicon } from '../similarity/lexicon';
import { englishTagger, type Tagger } from './grammar/tagger';
import type { Language, Unit } from '../text';
import { documentTopics, phrasesOf } from './document-topics';

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

interface Side {
  readonly units: readonly Unit[];
  readonly language: Language;
  /** The document's own tagger, which has tagged its clauses already (see `Tagger`). */
  readonly tagger?: Tagger;
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
    const { units, language, tagger } = input[side];
    const open = units.filter((unit) => {
      const topic = finders[side].topicOf(unit.lead ? `${unit.lead} ${unit.text}` : unit.text);
      if (topic) (side === 'source' ? source : target).set(unit.index, topic);
      return !topic;
    });
    const tagged = language === 'en' ? (tagger ?? englishTagger()).tag(open.map((u) => u.text)) : undefined;
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
