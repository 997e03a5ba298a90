/**
 * What a clause sets aside before its grammar is read: an aside in brackets, a clause that opens with a quotation,
 * and a name or phrase quoted inside it.
 */
import type { Token } from './tagger';

// A Map, not an object: a token such as "constructor" must not find Object.prototype's members.
const BRACKETS: ReadonlyMap<string, string> = new Map([
  ['(', ')'],
  ['[', ']'],
]);

const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '„']);
/** Double quotes only: ’ is also the apostrophe ("actors’ ability"). */
const OPENING_QUOTES = new Set(['"', '“', '«', '„']);
const CLOSING_QUOTES = new Set(['”', '»', '“']);

/**
 * Tokens outside brackets: an aside in brackets never holds the main verb.
 * A clause that opens with a quotation ("“I never doubted …,” Valls said")
 * is read from its attribution: the words quoted are someone's, not the clause's.
 */
export function topLevel(tokens: readonly Token[]): Token[] {
  if (QUOTES.has(tokens[0]?.text ?? '')) {
    const close = tokens.findIndex((t, i) => i > 0 && QUOTES.has(t.text));
    const rest = close > 0 ? tokens.slice(close + 1).filter((t) => t.text !== ',') : [];
    if (rest.length > 0 && rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return bracketsOut(rest);
  }
  return bracketsOut(tokens);
}

function bracketsOut(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  const open: string[] = [];
  for (const t of tokens) {
    const closing = BRACKETS.get(t.text);
    if (closing) open.push(closing);
    else if (open.length > 0 && t.text === open[open.length - 1]) open.pop();
    else if (open.length === 0) out.push(t);
  }
  // A bracket never closed would hide the rest of the clause: then brackets are ignored altogether.
  return open.length > 0 ? tokens.filter((t) => !BRACKETS.has(t.text) && t.text !== ')' && t.text !== ']') : out;
}

/**
 * Which tokens of a clause sit inside a pair of double quotes that opens and closes within it: there a phrase is named,
 * not said ("“know your customer” rules", "the “GENIUS Act,” which …"), and its verbs are not the clause's. A quote
 * left open (a quotation running on past the clause) hides nothing, nor does a long one.
 */
/** Words a quoted name or phrase runs to: "the “National Defense Authorization Act for Fiscal Year 2026”" is nine. */
const MAX_NAMED = 12;

export function quotedTokens(tokens: readonly Token[]): Set<Token> {
  const inside = new Set<Token>();
  for (let i = 0; i < tokens.length; i += 1) {
    const open = tokens[i]!.text;
    if (!OPENING_QUOTES.has(open)) continue;
    const close = tokens.findIndex((t, k) => k > i && (open === '"' ? t.text === '"' : CLOSING_QUOTES.has(t.text)));
    if (close < 0) continue;
    // A longer quotation is someone's words reported ("stated: “We intend to …”"), and they are read.
    if (close - i - 1 <= MAX_NAMED) for (let k = i; k <= close; k += 1) inside.add(tokens[k]!);
    i = close;
  }
  return inside;
}
