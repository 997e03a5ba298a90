/**
 * Part of speech and lemma for English clauses, from wink-nlp's English
 * model. The model costs ~0.2 s and ~60 MB to load, so it is loaded on the
 * first English reading (in the worker that does it), never at import.
 */
import type winkNLP from 'wink-nlp';

/** Universal POS tags, as wink-nlp's English model gives them. */
export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly pos: Pos;
  readonly lemma: string;
  /** Offsets into the tagged text. */
  readonly start: number;
  readonly end: number;
}

/**
 * Tags several texts at once. A tagger has wink-nlp's engine to itself: the
 * engine adds every word it has not met to its own word table, and a word it
 * has met is no longer split ("America’s" is one token once the engine has met
 * it followed by a full stop, "America" and "’s" before), so an engine that
 * has read other texts tags differently. A tagger per document makes a
 * reading depend on that document alone, never on what the process read
 * before it.
 */
export interface Tagger {
  tag(texts: readonly string[]): ReadonlyArray<readonly Token[]>;
  /**
   * Lets go of the tokens of every text but these. A comparison reads every clause, then tags only its pledges again
   * (for their topics): held to the end, the tokens of 40,000 clauses were a fifth of the heap. A text let go and
   * tagged again is tagged by an engine that has met its words, which may split them otherwise: keep every text that
   * will be asked for again.
   */
  keep(texts: Iterable<string>): void;
}

type Engine = ReturnType<typeof winkNLP>;

/** wink-nlp's English model: `core()` decodes the word tables and the rest that an engine is built from. */
interface WinkModel {
  core(): Core;
  metaCER(): unknown;
}
interface Core {
  readonly features: Record<string, { readonly hash?: object; readonly list?: unknown[] }>;
}

let loaded: { readonly wink: typeof winkNLP; readonly model: WinkModel; readonly pristine: Core; readonly cer: unknown } | undefined;

function load(): NonNullable<typeof loaded> {
  // Required here, not imported: the model is large and only English pledge reading needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const wink = require('wink-nlp') as typeof winkNLP;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = require('wink-eng-lite-web-model') as WinkModel;
  // metaCER() re-encodes its tables each call (their JSON, then that string's JSON, …): past ~20 engines the string
  // outgrows V8's limit, so every engine gets the first call's tables.
  return { wink, model, pristine: model.core(), cer: model.metaCER() };
}

/**
 * An engine with the model's word tables as they were decoded. Decoding them
 * again costs ~60 ms; a copy-on-write view costs ~3: each table's lookup
 * object inherits the pristine one (the engine only reads it by key and adds
 * keys of its own), and its list is copied.
 */
function buildEngine(): Engine {
  loaded ??= load();
  const { wink, model, pristine, cer } = loaded;
  const features: Core['features'] = {};
  for (const [name, table] of Object.entries(pristine.features)) {
    features[name] = table.hash && table.list ? { ...table, hash: Object.create(table.hash) as object, list: table.list.slice() } : table;
  }
  const core = (): Core => ({ ...pristine, features });
  return wink({ ...model, core, metaCER: () => cer } as unknown as Parameters<typeof winkNLP>[0], ['pos']);
}

/**
 * Fresh engines made ahead of need. Making one costs ~3 ms (wink-nlp compiles its automata each time), twice per
 * comparison: a third of reading the seed pair. A worker makes them while it waits for work (`prepareEngines`); an
 * engine that has tagged nothing is fresh whenever it was made, so a reading does not depend on which one it gets.
 */
const SPARE_ENGINES = 2;
const spares: Engine[] = [];

/** Makes fresh engines for the next comparison's documents, up to two: for a worker to call when it is idle. */
export function prepareEngines(): void {
  while (spares.length < SPARE_ENGINES) spares.push(buildEngine());
}

const freshEngine = (): Engine => spares.pop() ?? buildEngine();

/** Blank lines between texts: wink-nlp never carries a sentence across them, so each text tags as if alone. */
const SEPARATOR = '\n\n';

/**
 * An English tagger. Texts are joined and tagged in batches (three times
 * faster than one document each) and the tokens split back by offset. It
 * remembers what it tagged: a comparison reads every clause, then tags its
 * pledges again for their topics.
 *
 * @example
 * englishTagger().tag(['We will act.'])[0]!.map((t) => t.pos) // ['PRON', 'AUX', 'VERB', 'PUNCT']
 */
export function englishTagger(): Tagger {
  let engine: Engine | undefined;
  // Texts a remembered document's tokens stand for: an engine made later must read them first to be in the same state.
  let replay: readonly string[] | undefined;
  let cache = new Map<string, readonly Token[]>();
  // Whether any text was tagged: after `keep`, the cache may be empty while the engine has read the document.
  let started = false;
  const engineNow = (): Engine => {
    if (engine) return engine;
    const made = freshEngine();
    if (replay) tagFresh(made, replay);
    engine = made;
    return made;
  };
  return {
    tag(all) {
      const missing = [...new Set(all.filter((t) => !cache.has(t)))];
      if (missing.length === 0) return all.map((t) => cache.get(t)!);
      // A tagger's first texts tag as a pure function of themselves (a fresh engine): they may be a document seen lately.
      const first = !started;
      started = true;
      // JSON, not a joining character: ['a\u0000b'] and ['a', 'b'] must not share a key.
      const key = first ? JSON.stringify(missing) : '';
      let tagged = first ? recent.get(key) : undefined;
      if (tagged) {
        replay = missing;
        // Most recently used last: a source compared with many targets stays.
        recent.delete(key);
        recent.set(key, tagged);
      } else if (first) {
        // Only an engine made for these texts, and only once they are all tagged, may be remembered or kept.
        const made = freshEngine();
        tagged = tagFresh(made, missing);
        engine = made;
        remember(key, tagged);
      } else tagged = tagFresh(engineNow(), missing);
      missing.forEach((text, i) => {
        cache.set(text, tagged[i]!);
      });
      // Shared, read-only: a reader that retags a word (a verb tagged as a noun) makes new arrays of its own.
      return all.map((t) => cache.get(t)!);
    },
    keep(texts) {
      const kept = new Map<string, readonly Token[]>();
      for (const text of texts) {
        const tokens = cache.get(text);
        if (tokens) kept.set(text, tokens);
      }
      cache = kept;
    },
  };
}

/**
 * Documents tagged lately, by their texts, up to a number of tokens: one
 * source compared with several targets, or an example compared again, is
 * not tagged again. Larger documents are not kept.
 */
const RECENT_TOKENS = 200_000;
const recent = new Map<string, Token[][]>();
let recentTokens = 0;

function remember(key: string, tagged: Token[][]): void {
  const tokens = tagged.reduce((n, t) => n + t.length, 0);
  if (tokens > RECENT_TOKENS / 4) return;
  recent.set(key, tagged);
  recentTokens += tokens;
  for (const [old, value] of recent) {
    if (recentTokens <= RECENT_TOKENS) break;
    recent.delete(old);
    recentTokens -= value.reduce((n, t) => n + t.length, 0);
  }
}

/** Forgets the documents tagged lately: a benchmark timing a comparison of texts it has seen must pay for tagging each time. */
export function forgetTagged(): void {
  recent.clear();
  recentTokens = 0;
}

/**
 * Texts tagged per document. Joining amortises wink-nlp's cost per document, but
 * one document of every clause grows slower per text as it grows (10,000 clauses
 * took 1.6 times as long a clause as batches of 256, and 256 took 1.13–1.2 times
 * as long as 64: 32 and 128 are as fast as 64, on the 19,655 clauses of the 10k
 * real-text bench); a text's sentences are its own whatever batch it is in.
 */
const BATCH = 64;

function tagFresh(engine: Engine, texts: readonly string[]): Token[][] {
  if (texts.length <= BATCH) return tagBatch(engine, texts);
  const out: Token[][] = [];
  for (let from = 0; from < texts.length; from += BATCH) for (const tokens of tagBatch(engine, texts.slice(from, from + BATCH))) out.push(tokens);
  return out;
}

function tagBatch(engine: Engine, texts: readonly string[]): Token[][] {
  if (texts.length === 0) return [];
  const its = engine.its;
  const joined = texts.join(SEPARATOR);
  const tokens = engine.readDoc(joined).tokens();
  const words = tokens.out();
  const spaces = tokens.out(its.precedingSpaces);
  const pos = tokens.out(its.pos) as Pos[];
  // wink-nlp's typings give its.lemma an addons parameter out() does not declare; it works as documented.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const out: Token[][] = texts.map(() => []);
  let text = 0;
  let textStart = 0;
  let offset = 0;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    offset += spaces[i]!.length;
    const start = offset;
    offset += word.length;
    while (text < texts.length - 1 && start >= textStart + texts[text]!.length) {
      textStart += texts[text]!.length + SEPARATOR.length;
      text += 1;
    }
    if (start < textStart) continue;
    // wink-nlp gives some contractions ("cannot") no lemma: the word stands for itself.
    out[text]!.push({
      text: word,
      lower: word.toLowerCase(),
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? word).toLowerCase(),
      start: start - textStart,
      end: offset - textStart,
    });
  }
  return out;
}
