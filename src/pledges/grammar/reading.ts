/** What the English reader gives for a clause, before it becomes a Reading: its grammar and the words that decided it. */
import type { Mood } from '../types';
import type { SubjectKind } from './subject';
import type { Token } from './tagger';

/** How a clause is built: a finite main clause, an item opening with "to", one opening with a bare verb, or no verb at all. */
export type Shape = 'finite' | 'infinitive' | 'bare' | 'fragment';

export interface GrammarReading {
  readonly mood: Mood;
  readonly shape: Shape;
  /** First and last token of the words that decided it. */
  readonly cue: readonly [Token, Token] | null;
  readonly negation: Token | null;
  readonly subject: SubjectKind;
  /** The main clause's first verb, when there is one. */
  readonly verb?: Token;
  /** A completion that launches something that will run: "we launched a task force". */
  readonly launch?: boolean;
}

/** A clause that states: it neither commits nor reports an act done. */
export const statement = (shape: Shape, subject: SubjectKind, negation: Token | null = null): GrammarReading => ({
  mood: 'statement',
  shape,
  cue: null,
  negation,
  subject,
});
