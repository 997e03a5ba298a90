import type { Pos, Token } from './tagger';

const POS: readonly Pos[] = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
];
const POS_INDEX = new Map(POS.map((p, i) => [p, i]));

/**
 * Texts' tokens in a few typed arrays: sent to another thread, the objects of a large document's pledges (~150,000
 * tokens, 12 MB as JSON) took a third of a second to copy; these copy at memory speed. A token's words are its text's
 * own characters and its lemma is mostly its lower case, so only the exceptions are written out.
 */
export interface PackedTokens {
  readonly texts: readonly string[];
  /** Tokens per text. */
  readonly counts: Int32Array;
  /** Start and end of each token, in its text. */
  readonly spans: Int32Array;
  readonly pos: Uint8Array;
  /** By token number: a word that is not its span's characters, a lemma that is not its lower case. */
  readonly words: ReadonlyMap<number, string>;
  readonly lemmas: ReadonlyMap<number, string>;
}

export function packTokens(tokens: ReadonlyMap<string, readonly Token[]>): PackedTokens {
  const texts = [...tokens.keys()];
  let total = 0;
  for (const list of tokens.values()) total += list.length;
  const counts = new Int32Array(texts.length);
  const spans = new Int32Array(2 * total);
  const pos = new Uint8Array(total);
  const words = new Map<number, string>();
  const lemmas = new Map<number, string>();
  let n = 0;
  texts.forEach((text, i) => {
    const list = tokens.get(text)!;
    counts[i] = list.length;
    for (const token of list) {
      spans[2 * n] = token.start;
      spans[2 * n + 1] = token.end;
      pos[n] = POS_INDEX.get(token.pos) ?? POS_INDEX.get('X')!;
      if (text.slice(token.start, token.end) !== token.text || POS[pos[n]!] !== token.pos) words.set(n, `${token.pos}\u0000${token.text}`);
      if (token.lemma !== token.lower) lemmas.set(n, token.lemma);
      n += 1;
    }
  });
  return { texts, counts, spans, pos, words, lemmas };
}

export function unpackTokens(packed: PackedTokens): Map<string, readonly Token[]> {
  const out = new Map<string, readonly Token[]>();
  let n = 0;
  packed.texts.forEach((text, i) => {
    const list: Token[] = [];
    for (let k = 0; k < packed.counts[i]!; k += 1, n += 1) {
      const start = packed.spans[2 * n]!;
      const end = packed.spans[2 * n + 1]!;
      const odd = packed.words.get(n);
      const cut = odd?.indexOf('\u0000') ?? -1;
      const word = odd === undefined ? text.slice(start, end) : odd.slice(cut + 1);
      const pos = odd === undefined ? POS[packed.pos[n]!]! : (odd.slice(0, cut) as Pos);
      const lower = word.toLowerCase();
      list.push({ text: word, lower, pos, lemma: packed.lemmas.get(n) ?? lower, start, end });
    }
    out.set(text, list);
  });
  return out;
}
