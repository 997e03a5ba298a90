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

/** Tags several texts at once; each text's tokens are tagged as they would be alone. */
export interface Tagger {
  tag(texts: readonly string[]): ReadonlyArray<readonly Token[]>;
}

type Engine = ReturnType<typeof winkNLP>;
let engine: Engine | undefined;

/**
 * Tokens of texts tagged recently: a comparison reads every clause, then tags
 * its pledges again for their topics. Bounded: cleared when it grows past the
 * cap, so a flood of distinct texts costs at most that much memory.
 */
const CACHE_CAP = 60_000;
const cache = new Map<string, readonly Token[]>();

/** Forgets every tagged text: a benchmark timing a comparison of texts it has seen must pay for tagging each time. */
export function forgetTagged(): void {
  cache.clear();
}

function loadEngine(): Engine {
  // Required here, not imported: the model is large and only English pledge reading needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const wink = require('wink-nlp') as typeof winkNLP;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = require('wink-eng-lite-web-model');
  return wink(model, ['pos']);
}

/** Blank lines between texts: wink-nlp never carries a sentence across them, so each text tags as if alone. */
const SEPARATOR = '\n\n';

/**
 * The English tagger. Texts are joined and tagged in one document (three
 * times faster than one document each) and the tokens split back by offset.
 *
 * @example
 * englishTagger().tag(['We will act.'])[0]!.map((t) => t.pos) // ['PRON', 'AUX', 'VERB', 'PUNCT']
 */
export function englishTagger(): Tagger {
  return {
    tag(all) {
      const missing = [...new Set(all.filter((t) => !cache.has(t)))];
      if (missing.length > 0) {
        if (cache.size + missing.length > CACHE_CAP) cache.clear();
        const tagged = tagFresh(missing);
        missing.forEach((text, i) => {
          cache.set(text, tagged[i]!);
        });
      }
      // Shared, read-only: a reader that retags a word (a verb tagged as a noun) makes new arrays of its own.
      return all.map((t) => cache.get(t) ?? tagFresh([t])[0]!);
    },
  };
}

/**
 * Texts tagged per document. Joining amortises wink-nlp's cost per document, but
 * one document of every clause grows slower per text as it grows (10,000 clauses
 * took 1.6 times as long a clause as batches of 256, and 256 took 1.13–1.2 times
 * as long as 64: 32 and 128 are as fast as 64, on the 19,655 clauses of the 10k
 * real-text bench); each text tags as if alone whatever batch it is in.
 */
const BATCH = 64;

function tagFresh(texts: readonly string[]): Token[][] {
  if (texts.length <= BATCH) return tagBatch(texts);
  const out: Token[][] = [];
  for (let from = 0; from < texts.length; from += BATCH) for (const tokens of tagBatch(texts.slice(from, from + BATCH))) out.push(tokens);
  return out;
}

function tagBatch(texts: readonly string[]): Token[][] {
  if (texts.length === 0) return [];
  engine ??= loadEngine();
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
