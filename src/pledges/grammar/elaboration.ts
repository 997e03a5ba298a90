/**
 * Sentences that spell out the one before: "This includes:", "These efforts will include …". A demonstrative subject
 * with "include" points back; what it lists are parts of what the previous sentence said, and they do what it does.
 */
import { mainClause, verbGroup } from './clause';
import { wordsOf } from './retag';
import type { Token } from './tagger';
import { INSTRUMENT_NOUNS } from './words';

const DEMONSTRATIVES = new Set(['this', 'these', 'such']);
const MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN']);

/**
 * When the clause's subject is a demonstrative (with at most a noun or two: "this work") and its verb "include", not
 * negated: the verb group's first and last tokens, the words that point back. Otherwise `undefined`.
 */
export function elaborates(tokens: readonly Token[]): readonly [Token, Token] | undefined {
  // Nothing points back without "include" in it, and few clauses have it: the parse below is spared for the rest. A
  // retagged verb takes its lemma from its spelling ("includes"), so the spelling is looked at as well as the lemma.
  if (!tokens.some((t) => t.lemma === 'include' || t.lower.startsWith('includ'))) return undefined;
  const words = wordsOf(tokens);
  const main = mainClause(words);
  if (!main || main.background.length > 0) return undefined;
  const subject = main.subject.filter((t) => t.pos !== 'PUNCT');
  if (subject.length === 0 || subject.length > 3) return undefined;
  // "This …", "These efforts …", or a short phrase whose head names an undertaking ("First efforts", "Our work").
  const head = subject[subject.length - 1]!;
  const pointing = DEMONSTRATIVES.has(subject[0]!.lower) && subject.slice(1).every((t) => t.pos === 'NOUN' || t.pos === 'ADJ');
  const undertaking = head.pos === 'NOUN' && INSTRUMENT_NOUNS.has(head.lemma) && subject.slice(0, -1).every((t) => MODIFIERS.has(t.pos));
  if (!pointing && !undertaking) return undefined;
  const group = verbGroup(main.predicate, words);
  if (group === undefined || group.head.lemma !== 'include' || group.negation !== undefined) return undefined;
  return [group.tokens[0]!, group.head];
}
