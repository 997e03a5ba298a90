import type { Language } from '../text';
import weightsFile from './data/weights.json';
import { SHAPE_FEATURES, writeShapeFeatures, type ShapeFeature } from './features';
import { analyse, analyseWords, compileLexicon, DEFAULT_LEXICON, type Analysis, type CompiledLexicon, type Lexicon } from './lexicon';
import { idfTable, positionOf, prepareClause, type PreparedClause } from './prepare';
import { charScorer } from './chars';
import { vectorScorer } from './embedding';
import { conceptScorer, diceScorer, tfidfScorer, wordnetScorer, type Scorer, type SignalName, type WordPair } from './signals';
import { sharedVectors, type WordVectors } from './vectors';
import { sharedWordNet } from './wordnet';

export const MODEL_FEATURES = ['tfidf', 'wordnet', 'dice', 'vectors', 'chars', ...SHAPE_FEATURES] as const;
export type ModelFeature = (typeof MODEL_FEATURES)[number];

/**
 * y = bias + Σ weight × feature predicts a 0–5 STS score; fitted on STS-B
 * train and dev by scripts/fit-similarity.ts, the features and penalty
 * chosen by cross-validation with folds by source.
 */
export interface LinearModel {
  readonly bias: number;
  readonly weights: Readonly<Record<ModelFeature, number>>;
  /**
   * The lowest link score in each alignment order, and the score from which a link counts as confident when the
   * order is decided, when the model's scale calls for its own (see align's DEFAULT_THRESHOLDS and CONFIDENT_SCORE).
   */
  readonly thresholds?: { readonly free: number; readonly monotone: number; readonly confident: number };
  /**
   * How much coverage a neighbour needs to join a split or merge (see align's growGroups), when the model's coverage
   * has a scale of its own: the character model measures it in grams, not words.
   */
  readonly growth?: { readonly pieceCovered: number; readonly coverageGain: number };
  /**
   * How a text is read when too few confident links tell its order (align's decideOrder): free unless the model says
   * otherwise. The character model reads it as a successive version, as cross-validation preferred on rewrites both as
   * written and recomposed.
   */
  readonly unknownOrder?: 'free' | 'monotone';
  /**
   * The share of confident links one order-keeping chain must hold for a text to read as a successive version (align's
   * decideOrder; IN_ORDER_SHARE unless the model says otherwise).
   */
  readonly inOrderShare?: number;
  /**
   * In monotone mode, whether and how the free clauses between two links are read as one passage rewritten in order
   * (align's stretchGroups): a model whose scores tell a split's pieces from their neighbours only together carries
   * these. Without them, such clauses stay unlinked.
   */
  readonly stretches?: {
    /** How sharply a pair's score tells one source clause from its neighbours: the emission is exp(sharpness × score). */
    readonly sharpness: number;
    /** How likely the next target clause continues the same source clause (a split) rather than moving to the next. */
    readonly stay: number;
    /** The probability each of a group's target clauses must have of belonging to its source clause. */
    readonly confidence: number;
    /** How much of each target clause the source clause must cover (coverage in the model's terms). */
    readonly pieceCovered: number;
    /** A link scoring under `below` is dropped when the passage around it gives its clauses less than `keepAt` (align's recheckGroups). */
    readonly recheck?: { readonly below: number; readonly keepAt: number };
    /** Whether the links around a passage are its first and last states, a clause beside one joining it. */
    readonly boundaries?: boolean;
  };
}

/** A fitted model as weights.json keeps it: the features it was fitted without weigh nothing. */
const fitted = (model: { bias: number; weights: Partial<Record<ModelFeature, number>> }): LinearModel => ({
  bias: model.bias,
  weights: Object.fromEntries(MODEL_FEATURES.map((name) => [name, model.weights[name] ?? 0])) as Record<ModelFeature, number>,
});

/** With word vectors (English); without them, a model fitted with the vector feature left out (its weight 0). */
export const DEFAULT_MODEL: LinearModel = fitted(weightsFile.models.withVectors);
export const MODEL_WITHOUT_VECTORS: LinearModel = fitted(weightsFile.models.withoutVectors);

/**
 * French, Dutch and German: the cosine of character 4-grams alone (see chars.ts), with its own thresholds. The word
 * model above is fitted on English sentences; on German it ranks the gold pairs of DEplain-web dev below plain word
 * TF-IDF (AUC 0.841 against 0.860), the 4-grams above both (0.875). The model and its thresholds were chosen by
 * 5-fold cross-validation over DEplain-web dev's documents, scoring the alignment a caller gets with no options
 * (`npx tsx scripts/deplain.ts`; the figures are in the README). The free threshold is chosen the same way over those
 * documents as written and recomposed (their sentences moved in blocks: `npx tsx scripts/deplain-recompose.ts`): with
 * no order to lean on, a link must be stronger than in monotone mode, where its neighbours vouch for it. The confident
 * one keeps the share of candidate pairs the English 0.5 keeps (`npx tsx scripts/scale.ts`). Its coverage is in grams
 * too, where unrelated clauses share more by chance than whole words, and a split's piece joins with less of it, as the
 * same cross-validation chose (the word model's 0.3 and 0.05 gave monotone F1 0.667, these 0.672, every fold agreeing).
 */
export const CHARACTER_MODEL: LinearModel = {
  bias: 0,
  weights: { ...fitted({ bias: 0, weights: {} }).weights, chars: 1 },
  thresholds: { free: 0.5, monotone: 0.5, confident: 0.4 },
  growth: { pieceCovered: 0.25, coverageGain: 0.01 },
  // Gram scores tell a split's pieces from their neighbours only read together, in order: chosen among six settings
  // and none by the same cross-validation (every setting beat none; monotone F1 0.672 → 0.685 cross-validated). A link
  // under 0.7 whose clauses the passage around it places elsewhere (under 0.5 sure of it) goes, its clauses read again
  // with the passage: chosen with the passage setting among 6 × 7 (every fold took a recheck; monotone 0.686 → 0.687,
  // no options 0.677 → 0.679 cross-validated). The links around a passage are its first and last states, so a clause
  // beside a link may continue its split: every fold took it (with the rest, 6 × 7 × 2 settings; monotone 0.687 →
  // 0.696, no options 0.679 → 0.682 cross-validated).
  stretches: { sharpness: 10, stay: 0.6, confidence: 0.7, pieceCovered: 0.2, recheck: { below: 0.7, keepAt: 0.5 }, boundaries: true },
  // With under four confident links neither reading has evidence; in order, the passage reading and the gap rules
  // still find what a free reading cannot, and a text recomposed in blocks keeps order within them.
  unknownOrder: 'monotone',
  // No inOrderShare: English's 0.75 was every fold's choice among 0.5–0.75 (as written and recomposed); below it the
  // rewrites with a moved section gain less than recomposed texts lose, and with 0.8 and 0.85 tried too the folds
  // take those and cross-validate worse pooled (recomposed gain 0.009, as written lose 0.016).
};

/** Why two clauses scored as they did. */
export interface Explanation {
  /** Every signal but `chars`, which only a model that weighs it reports (other languages than English). */
  readonly signals: Readonly<Record<Exclude<SignalName, 'chars'>, number>> & { readonly chars?: number };
  readonly features: Readonly<Record<ShapeFeature, number>>;
  /** Content words whose terms both clauses share. */
  readonly sharedTerms: readonly string[];
  /** Word pairs that matched as synonyms: through the lexicon's synonym sets or WordNet. */
  readonly synonyms: readonly WordPair[];
  /** Lexicon concepts both clauses name, by label ("joint investigation teams"). */
  readonly aliases: readonly string[];
}

export interface Similarity {
  readonly language: Language;
  /** The model scoring pairs: the alignment reads its thresholds from it. */
  readonly model: LinearModel;
  prepare(text: string): PreparedClause;
  /**
   * The prepared form of the clauses' texts joined with a space, made from the clauses as prepared: equal to
   * `prepare(parts.map((p) => p.text).join(' '))`, without reading the text's words again (a split or merge grows one
   * clause at a time, and each try is scored as its joined text).
   */
  prepareJoined(parts: readonly PreparedClause[]): PreparedClause;
  score(a: PreparedClause, b: PreparedClause): number;
  /** How much of what `a` says `b` covers (directional soft overlap), for growing splits and merges. */
  coverage(a: PreparedClause, b: PreparedClause): number;
  /** The model's inputs for this pair; what scripts/fit-similarity.ts fits on. */
  features(a: PreparedClause, b: PreparedClause): Record<ModelFeature, number>;
  explain(a: PreparedClause, b: PreparedClause): Explanation;
}

export interface SimilarityOptions {
  readonly language: Language;
  readonly lexicon?: Lexicon;
  /** Defaults to DEFAULT_MODEL with vectors, MODEL_WITHOUT_VECTORS for English without them, CHARACTER_MODEL for other languages. */
  readonly model?: LinearModel;
  /** Word vectors; by default the shipped English ones for English (read on first use), none for other languages; `null` for none. */
  readonly vectors?: WordVectors | null;
}

/**
 * The model a language is scored with: English with its word vectors when given them (by default the shipped ones,
 * read on first use), English without, or the character model for the others.
 */
export function modelFor(language: Language, vectors?: WordVectors | null): LinearModel {
  // Undefined: the shipped vectors, which only English has.
  if (vectors === undefined ? language === 'en' && sharedVectors() : vectors) return DEFAULT_MODEL;
  return language === 'en' ? MODEL_WITHOUT_VECTORS : CHARACTER_MODEL;
}

/**
 * A similarity for one batch of texts: their IDF is computed over the batch,
 * so a word common in these documents counts for less.
 *
 * @example
 * const sim = createSimilarity(['allow more resort to common investigation teams', 'intensify the use of joint inquiry teams'], { language: 'en' });
 * const [a, b] = texts.map(sim.prepare); sim.score(a, b) // ≈ 0.6
 */
export function createSimilarity(corpus: readonly string[], options: SimilarityOptions): Similarity {
  const { language } = options;
  const lexicon: CompiledLexicon = compileLexicon(options.lexicon ?? DEFAULT_LEXICON, language);
  const vectors = options.vectors === undefined ? (language === 'en' ? sharedVectors() : undefined) : (options.vectors ?? undefined);
  const model = options.model ?? modelFor(language, vectors ?? null);

  // Each corpus text is analysed once, for the IDF table and again when it is prepared.
  const analyses = new Map<string, Analysis>(corpus.map((text) => [text, analyse(text, lexicon)]));
  const idf = idfTable([...analyses.values()].map((a) => a.terms));
  const wordnet = wordnetScorer(idf, language === 'en' ? sharedWordNet() : undefined);
  const embedding: Scorer | undefined = vectors ? vectorScorer(vectors, tfidfScorer) : undefined;
  const chars = charScorer(corpus);
  // `score` computes only the signals the model weighs (the vector model drops two); `explain` every word signal too;
  // `fit` everything, the character grams included.
  const writeFeatures = (
    a: PreparedClause,
    b: PreparedClause,
    into: Record<ModelFeature, number>,
    use: 'score' | 'explain' | 'fit',
  ): Record<ModelFeature, number> => {
    const all = use !== 'score';
    const w = model.weights;
    into.tfidf = all || w.tfidf !== 0 ? tfidfScorer.score(a, b) : 0;
    into.wordnet = all || w.wordnet !== 0 ? wordnet.score(a, b) : 0;
    into.dice = all || w.dice !== 0 ? diceScorer.score(a, b) : 0;
    into.vectors = embedding && (all || w.vectors !== 0) ? embedding.score(a, b) : 0;
    // An explanation reports the grams only for a model that weighs them: explaining an English link reads no batch for grams.
    into.chars = use === 'fit' || w.chars !== 0 ? chars.score(a, b) : 0;
    writeShapeFeatures(a, b, into);
    return into;
  };
  const featuresOf = (a: PreparedClause, b: PreparedClause): Record<ModelFeature, number> => writeFeatures(a, b, emptyFeatures(), 'fit');
  // score() runs once per candidate pair and keeps nothing: one scratch record serves every call.
  const scratch = emptyFeatures();
  return {
    language,
    model,
    prepare: (text) => prepareClause(text, lexicon, idf, analyses.get(text)),
    // A space ends a word and never joins two: the joined text's words are its parts', read already.
    prepareJoined: (parts) =>
      prepareClause(
        parts.map((part) => part.text).join(' '),
        lexicon,
        idf,
        analyseWords(
          parts.flatMap((part) => part.words),
          lexicon,
        ),
      ),
    score: (a, b) => scoreFeatures(model, writeFeatures(a, b, scratch, 'score')),
    features: featuresOf,
    // A model that scores by character grams alone reads coverage in grams too: its languages' word stems miss
    // inflected and compounded forms of one word.
    coverage: gramsOnly(model) ? (a, b) => chars.coverage(a, b) : (a, b) => wordnet.coverage(a, b),
    explain(a, b) {
      const { tfidf, wordnet: soft, dice, vectors: embedded, chars: grams, ...shape } = writeFeatures(a, b, emptyFeatures(), 'explain');
      const shared = a.terms.filter((term, i) => positionOf(b, a.termIds[i]!) >= 0 && a.terms.indexOf(term) === i);
      return {
        signals: { tfidf, wordnet: soft, dice, vectors: embedded, ...(model.weights.chars !== 0 ? { chars: grams } : {}), concepts: conceptScorer.score(a, b) },
        features: shape,
        sharedTerms: shared.map((term) => a.surfaces[a.terms.indexOf(term)] as string),
        synonyms: [...foldedPairs(a, b), ...wordnet.matches(a, b)],
        aliases: [...a.concepts].filter((c) => b.concepts.has(c)).map((c) => lexicon.labels.get(c) ?? c),
      };
    },
  };
}

function gramsOnly(model: LinearModel): boolean {
  const w = model.weights;
  return w.chars !== 0 && w.tfidf === 0 && w.wordnet === 0 && w.dice === 0 && w.vectors === 0;
}

/**
 * The model's prediction relative to its prediction for a perfect match of
 * the same length, so that a clause scores exactly 1 against itself.
 */
export function scoreFeatures(model: LinearModel, features: Record<ModelFeature, number>): number {
  // No objects per call: this runs once per candidate pair.
  const w = model.weights;
  const shared = model.bias + w.logShorterLength * features.logShorterLength;
  const perfect = shared + w.tfidf + w.wordnet + w.dice + w.vectors + w.chars + w.lengthRatio + w.numberOverlap;
  if (perfect <= 0) return 0;
  // MODEL_FEATURES in order, logShorterLength aside, spelled out: a loop over the names boxed a number per feature.
  const f = features;
  let predicted = shared;
  predicted += w.tfidf * f.tfidf;
  predicted += w.wordnet * f.wordnet;
  predicted += w.dice * f.dice;
  predicted += w.vectors * f.vectors;
  predicted += w.chars * f.chars;
  predicted += w.lengthRatio * f.lengthRatio;
  predicted += w.numberOverlap * f.numberOverlap;
  predicted += w.numberMismatch * f.numberMismatch;
  predicted += w.negationMismatch * f.negationMismatch;
  return Math.min(1, Math.max(0, predicted / perfect));
}

function emptyFeatures(): Record<ModelFeature, number> {
  const features = {} as Record<ModelFeature, number>;
  for (const name of MODEL_FEATURES) features[name] = 0;
  return features;
}

/** Shared terms reached from different words: the lexicon folded "controls" and "checks" together. */
function foldedPairs(a: PreparedClause, b: PreparedClause): WordPair[] {
  const pairs: WordPair[] = [];
  a.terms.forEach((term, i) => {
    const j = b.terms.indexOf(term);
    const left = a.surfaces[i] as string;
    const right = b.surfaces[j] as string;
    if (j >= 0 && left !== right && (a.folded.has(left) || b.folded.has(right))) pairs.push([left, right]);
  });
  return pairs;
}
