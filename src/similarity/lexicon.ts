import type { Language } from '../text';
import defaults from './data/lexicon.json';
import { readWords, tokenize, type Token, type Word } from './tokens';
import { PhraseTrie } from './trie';

/** Shipped as data (`data/lexicon.json`); a request may add concepts and synonym sets of its own. */
export interface Lexicon {
  readonly concepts: ReadonlyArray<{ readonly id: string; readonly label: string; readonly phrases: readonly string[] }>;
  readonly synonyms: ReadonlyArray<readonly string[]>;
}

export const DEFAULT_LEXICON: Lexicon = { concepts: defaults.concepts, synonyms: defaults.synonyms };

/** A lexicon turned into stem tables for one language. */
export interface CompiledLexicon {
  readonly language: Language;
  readonly synonyms: PhraseTrie<string>;
  readonly concepts: PhraseTrie<string>;
  readonly labels: ReadonlyMap<string, string>;
}

/** What a clause says, in comparable terms. */
export interface Analysis {
  /** Content terms: stems of non-stop words, synonyms folded onto one canonical term, concept phrases onto one concept term. */
  readonly terms: readonly string[];
  /** The word (or folded phrase) each term came from, index for index. */
  readonly surfaces: readonly string[];
  /** For folded terms, the words that were folded ("controls" → "check"): the explanation of a synonym match. */
  readonly folded: ReadonlyMap<string, string>;
  /** Concept ids named in the clause (Frontex, JIT, PNR …). */
  readonly concepts: ReadonlySet<string>;
  /** The clause's words as written, each the one Word of its spelling: what readers of the spelling (the word vectors) start from. */
  readonly words: readonly Word[];
}

/**
 * Merges a request's additions into a base lexicon.
 *
 * @example
 * extendLexicon(DEFAULT_LEXICON, { concepts: [{ id: 'x', label: 'X', phrases: ['X'] }], synonyms: [] })
 */
export function extendLexicon(base: Lexicon, extra: Partial<Lexicon>): Lexicon {
  return { concepts: [...(extra.concepts ?? []), ...base.concepts], synonyms: [...(extra.synonyms ?? []), ...base.synonyms] };
}

/**
 * Compiles a lexicon for one language: every phrase is stemmed as the
 * document's words will be, so matching is a lookup, not a string search.
 *
 * @example
 * const en = compileLexicon(DEFAULT_LEXICON, 'en');
 */
export function compileLexicon(lexicon: Lexicon, language: Language): CompiledLexicon {
  const synonyms = new PhraseTrie<string>();
  for (const set of lexicon.synonyms) {
    const canonical = contentStems(set[0] ?? '', language).join(' ');
    for (const member of set) synonyms.add(contentStems(member, language), canonical);
  }
  const concepts = new PhraseTrie<string>();
  const labels = new Map<string, string>();
  for (const concept of lexicon.concepts) {
    labels.set(concept.id, concept.label);
    for (const phrase of concept.phrases) concepts.add(fold(contentStems(phrase, language), synonyms).terms, concept.id);
  }
  return { language, synonyms, concepts, labels };
}

/**
 * @example
 * analyse('systematic border controls', compileLexicon(DEFAULT_LEXICON, 'en')).concepts // Set { 'external-border-checks' }
 */
export function analyse(text: string, lexicon: CompiledLexicon): Analysis {
  return analyseWords(readWords(text, lexicon.language), lexicon);
}

/**
 * `analyse` of a text whose words are read already: clauses joined with a space have their parts' words, in order
 * (no word holds a space), but a synonym or concept phrase may run across the join, so the folding is done again.
 */
export function analyseWords(words: readonly Word[], lexicon: CompiledLexicon): Analysis {
  const tokens: Token[] = [];
  for (const word of words) for (const token of word.tokens) if (!token.stop) tokens.push(token);
  const { terms, surfaces, folded } = fold(
    tokens.map((t) => t.stem),
    lexicon.synonyms,
    tokens.map((t) => t.lower),
  );
  // A concept phrase folds into one term on both sides: "EU border and coastguard corps" and "Frontex agency" both become "#frontex".
  const concepts = new Set<string>();
  const conceptTerms: string[] = [];
  const conceptSurfaces: string[] = [];
  for (let k = 0; k < terms.length; ) {
    const hit = lexicon.concepts.match(terms, k);
    if (!hit) {
      conceptTerms.push(terms[k] as string);
      conceptSurfaces.push(surfaces[k] as string);
      k += 1;
      continue;
    }
    concepts.add(hit.value);
    conceptTerms.push(CONCEPT_TERM_PREFIX + hit.value);
    conceptSurfaces.push(surfaces.slice(k, k + hit.length).join(' '));
    k += hit.length;
  }
  return { terms: conceptTerms, surfaces: conceptSurfaces, folded, concepts, words };
}

/** Concept terms cannot collide with word stems: no stem starts with "#". */
export const CONCEPT_TERM_PREFIX = '#';

function contentStems(phrase: string, language: Language): string[] {
  return tokenize(phrase, language)
    .filter((t) => !t.stop)
    .map((t) => t.stem);
}

/** Replaces each synonym phrase by its canonical term, longest phrase first. */
function fold(
  stems: readonly string[],
  synonyms: PhraseTrie<string>,
  surfaces: readonly string[] = stems,
): { terms: string[]; surfaces: string[]; folded: Map<string, string> } {
  const terms: string[] = [];
  const words: string[] = [];
  const folded = new Map<string, string>();
  for (let k = 0; k < stems.length; ) {
    const hit = synonyms.match(stems, k);
    const length = hit?.length ?? 1;
    // A single word is its own surface: the token's string itself, not a copy, so later lookups by it find its hash made.
    const surface = length === 1 ? (surfaces[k] as string) : surfaces.slice(k, k + length).join(' ');
    terms.push(hit?.value ?? (stems[k] as string));
    words.push(surface);
    if (hit && stems.slice(k, k + length).join(' ') !== hit.value) folded.set(surface, hit.value);
    k += length;
  }
  return { terms, surfaces: words, folded };
}
