import { analyse, compileLexicon, DEFAULT_LEXICON, type CompiledLexicon } from '../similarity/lexicon';
import type { Language } from '../text';

/** A named subject pledges are labelled and grouped by; any alias names it. */
export interface Topic {
  readonly id: string;
  readonly label: string;
  readonly aliases: readonly string[];
}

/** The subjects of the seed pair and of EU justice-and-home-affairs communiqués like it. */
export const DEFAULT_TOPICS: readonly Topic[] = [
  { id: 'liaison-magistrate', label: 'liaison magistrate', aliases: ['liaison magistrate', 'liaison judge', 'magistrat de liaison', 'verbindingsmagistraat', 'Verbindungsrichter', 'Verbindungsstaatsanwalt'] },
  { id: 'pnr', label: 'passenger name records (PNR)', aliases: ['PNR', 'passenger name record', 'passenger name records', 'passenger data', 'données des dossiers passagers', 'passagiersgegevens', 'Fluggastdaten'] },
  { id: 'jit', label: 'joint investigation teams', aliases: ['joint investigation team', 'joint inquiry team', 'common investigation team', 'JIT', 'JCT', 'ECE', 'GOT', "équipe commune d'enquête", 'gemeenschappelijk onderzoeksteam', 'gemeinsame Ermittlungsgruppe'] },
  { id: 'frontex', label: 'Frontex / European border and coast guard', aliases: ['Frontex', 'European Border and Coast Guard', 'border and coastguard corps', 'border and coast guard corps', 'European border guard', 'garde-frontières et garde-côtes', 'grens- en kustwacht', 'Grenz- und Küstenwache'] },
  { id: 'external-border-checks', label: 'checks at the external borders', aliases: ['systematic checks', 'systematic border controls', 'border checks', 'external border checks', 'checks at the external borders', 'contrôles aux frontières extérieures', 'controles aan de buitengrenzen', 'Kontrollen an den Außengrenzen'] },
  { id: 'information-exchange', label: 'Schengen and Europol information exchange', aliases: ['exchange of information', 'information exchange', 'information sharing', 'Schengen Information System', 'SIS', 'Schengen', 'Europol', "échange d'informations", 'informatie-uitwisseling', 'Informationsaustausch'] },
  { id: 'digital-evidence', label: 'cross-border access to digital evidence', aliases: ['digital evidence', 'electronic evidence', 'e-evidence', 'internet communication data', 'electronic communications', 'digital communications', 'preuves électroniques', 'elektronisch bewijs', 'elektronische Beweismittel'] },
  { id: 'firearms', label: 'firearms', aliases: ['firearms', 'firearm', 'arms trafficking', 'weapons', 'armes à feu', 'vuurwapens', 'Feuerwaffen', 'Waffenhandel'] },
  { id: 'terrorist-financing', label: 'terrorist financing', aliases: ['financing of terrorism', 'terrorist financing', 'terrorism financing', 'funding for terrorist organisations', 'No Money For Terror', 'financement du terrorisme', 'terrorismefinanciering', 'Terrorismusfinanzierung'] },
  { id: 'prison-radicalisation', label: 'radicalisation in prisons', aliases: ['radicalisation in prisons', 'radicalisation in penitentiary', 'penitentiary', 'prison intelligence', 'radicalised prisoners', 'radicalised detainees', 'prisoners', 'prison', 'prisons', 'milieu carcéral', 'gevangenis', 'Gefängnis'] },
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
