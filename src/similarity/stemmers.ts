import type { Language } from '../text';

/**
 * natural's stemmers and stop lists, each required by its own sub-path: the
 * package root loads 1,268 modules (database drivers included) and calls
 * `dotenv.config()` five times, none of which a stemmer needs.
 */
interface Stemmer {
  stem(word: string): string;
}

/* eslint-disable @typescript-eslint/no-require-imports -- natural ships no sub-path typings */
// Each required on its first word, not at import: the German one alone loads a 40-language stop list.
const STEMMERS: Readonly<Record<Language, () => Stemmer>> = {
  en: () => require('natural/lib/natural/stemmers/porter_stemmer') as Stemmer,
  fr: () => require('natural/lib/natural/stemmers/porter_stemmer_fr') as Stemmer,
  nl: () => require('natural/lib/natural/stemmers/porter_stemmer_nl') as Stemmer,
  de: () => require('natural/lib/natural/stemmers/porter_stemmer_de') as Stemmer,
};
const LOADED: Partial<Record<Language, Stemmer>> = {};

const natural = (name: string): readonly string[] => (require(`natural/lib/natural/util/${name}`) as { words: readonly string[] }).words;
/* eslint-enable @typescript-eslint/no-require-imports */

/** natural has no German list; this one holds the articles, pronouns, particles and auxiliaries. */
const GERMAN_STOP_WORDS = `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus bei bin
bis bist da damit dann das dass dasselbe dazu dein deine dem den denn der derer des desselben dessen dich die dies diese
dieselbe dieselben diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines einig einige
einigem einigen einiger einiges einmal er es etwas euch euer eure für gegen gewesen hab habe haben hat hatte hatten
hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes
jene jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines können könnte machen man manche
manchem manchen mancher manches mein meine mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr
sein seine sich sie sind so solche soll sollte sondern sonst über um und uns unser unsere unter viel vom von vor
während war waren warst was weg weil weiter welche welchem welchen welcher welches wenn werde werden wie wieder
will wir wird wirst wo wollen wollte würde würden zu zum zur zwar zwischen`.split(/\s+/);

/**
 * Prepositions natural's English list lacks, though it has "for", "with" and "between"
 * (and the German list has "gegen" and "ohne"): sharing "against" says no
 * more about two clauses than sharing "with".
 */
const ENGLISH_PREPOSITIONS = [
  'against',
  'among',
  'amongst',
  'upon',
  'within',
  'without',
  'towards',
  'toward',
  'despite',
  'across',
  'behind',
  'beyond',
  'via',
  'throughout',
  'alongside',
  'onto',
  'amid',
  'regarding',
  'concerning',
];

const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set([...natural('stopwords'), ...ENGLISH_PREPOSITIONS]),
  fr: new Set(natural('stopwords_fr')),
  nl: new Set(natural('stopwords_nl')),
  de: new Set(GERMAN_STOP_WORDS),
};

/**
 * @example
 * stem('controls', 'en') // 'control'
 */
export function stem(word: string, language: Language): string {
  const cache = STEM_CACHE[language];
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = (LOADED[language] ??= STEMMERS[language]()).stem(word);
    // Bounded, so a flood of distinct junk words cannot grow it without limit.
    if (cache.size < MAX_CACHED_STEMS) cache.set(word, stemmed);
  }
  return stemmed;
}

/** Porter stemming is the costliest part of preparing a clause; a vocabulary repeats, so each word is stemmed once. */
const STEM_CACHE: Readonly<Record<Language, Map<string, string>>> = { en: new Map(), fr: new Map(), nl: new Map(), de: new Map() };
const MAX_CACHED_STEMS = 200_000;

/**
 * @example
 * isStopWord('the', 'en') // true
 */
export function isStopWord(lowerWord: string, language: Language): boolean {
  return STOP_WORDS[language].has(lowerWord);
}
