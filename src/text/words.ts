/**
 * What a word is, said once (issue 17). Every reader of words — the scorers'
 * tokens, a clause's length, the word vectors, citations pointing back, language
 * guessing — takes its words from here, each with the shape it has always used:
 * the shapes differ on purpose (a language guess counts no digits; a term keeps
 * "entry/exit" whole), and each is named below with who reads it.
 */

/** The characters a word is made of. */
export interface WordShape {
  /** Digits are word characters as letters are ("2021", "G7"). */
  readonly digits: boolean;
  /** Characters that belong to a word wherever they stand, as its letters do: language guessing reads "l’" and "aujourd'hui" whole. */
  readonly alsoLetters: string;
  /**
   * Characters that join two runs of word characters into one word, but never
   * begin or end one: "co-operation", "EU’s", "entry/exit".
   */
  readonly joiners: string;
}

/**
 * A content word as the scorers' tokens see it: letters and digits, inner hyphens,
 * apostrophes and slashes kept ("co-operation", "entry/exit", "EU’s").
 */
export const TERM_WORD: WordShape = { digits: true, alsoLetters: '', joiners: "-’'/" };

/** A word as the word vectors and citations' demonstratives see it: TERM_WORD without the slash ("entry/exit" is two). */
export const PHRASE_WORD: WordShape = { digits: true, alsoLetters: '', joiners: "-’'" };

/** A bare run of letters and digits: what a clause's length counts ("co-operation" is two). */
export const BARE_WORD: WordShape = { digits: true, alsoLetters: '', joiners: '' };

/** A run of letters and apostrophes, no digits: what language guessing reads ("l’Union" is one word, "G7" none). */
export const LETTER_WORD: WordShape = { digits: false, alsoLetters: "’'", joiners: '' };

/** Characters that stand for themselves in a character class of a `u` regex only when escaped. */
const CLASS_SYNTAX = /[-\\\]^[/]/gu;
const classOf = (chars: string): string => chars.replace(CLASS_SYNTAX, (c) => `\\${c}`);

/** The character class of a shape's word characters, as regex source: `[\p{L}\p{N}]`. */
export function wordCharClass(shape: WordShape): string {
  return `[\\p{L}${shape.digits ? '\\p{N}' : ''}${classOf(shape.alsoLetters)}]`;
}

/** The regex source of one word of the shape. */
function wordSource(shape: WordShape): string {
  const run = `${wordCharClass(shape)}+`;
  return shape.joiners === '' ? run : `${run}(?:[${classOf(shape.joiners)}]${run})*`;
}

/**
 * A new global regex matching the shape's words, for a caller that walks them with
 * `exec` or counts them with `test`: its own instance, so no other reader's
 * `lastIndex` can interfere.
 *
 * @example
 * '"co-operation", 2021'.match(wordPattern(TERM_WORD)) // ['co-operation', '2021']
 */
export function wordPattern(shape: WordShape): RegExp {
  return new RegExp(wordSource(shape), 'gu');
}

/**
 * A new global regex matching any of `alternatives` (regex sources) standing as a
 * whole word of the shape: no word character just before or after it. Only for
 * shapes without joiners, where a word is one run of its characters.
 *
 * @example
 * 'the theory'.match(wholeWordPattern(['the'], LETTER_WORD)) // ['the']
 */
export function wholeWordPattern(alternatives: readonly string[], shape: WordShape): RegExp {
  if (shape.joiners !== '') throw new Error('wholeWordPattern: a shape with joiners has no one-character word boundary');
  const char = wordCharClass(shape);
  return new RegExp(`(?<!${char})(?:${alternatives.join('|')})(?!${char})`, 'gu');
}

const SHARED = new Map<WordShape, RegExp>();
const sharedPattern = (shape: WordShape): RegExp => {
  let pattern = SHARED.get(shape);
  if (!pattern) SHARED.set(shape, (pattern = wordPattern(shape)));
  return pattern;
};

/**
 * The words of a text, as written (not lower-cased), in order.
 *
 * @example
 * words('The EU’s co-operation, entry/exit', TERM_WORD) // ['The', 'EU’s', 'co-operation', 'entry/exit']
 */
export function words(text: string, shape: WordShape): string[] {
  // match(): only the words, not a match record per word; a global match starts from 0 and leaves lastIndex at 0.
  return text.match(sharedPattern(shape)) ?? [];
}

/**
 * How many words of the shape a text has, without making a string of any.
 *
 * @example
 * countWords('co-operation in 2021', BARE_WORD) // 4
 */
export function countWords(text: string, shape: WordShape): number {
  const pattern = sharedPattern(shape);
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.test(text)) count += 1;
  return count;
}
