/**
 * Reads what an English clause does from its grammar: the main clause's
 * subject, its verb group (modality, tense, aspect, voice, negation) and what
 * the head verb does to its complement (decide.ts). See words.ts for the verb classes.
 */
import { formOf, mainClause, verbGroup, type VerbGroup } from './clause';
import { coordinated, verbless } from './predicates';
import type { Token } from './tagger';
import { instrumentSubject, setUpSubject, subjectKind } from './subject';
import { statement, type GrammarReading } from './reading';
import { QUOTE_MARKS, wordsOf } from './retag';
import { negationOf, eventSubject, eventTookPlace, opensWithPurpose, statedAim } from './complements';
import { decide } from './decide';

export type { SubjectKind } from './subject';

export type { GrammarReading, Shape } from './reading';

/**
 * Reads one clause's tokens. `reported` is set when the clause is what a verb
 * of saying reports ("said [the government would send …]"), where "would"
 * speaks of the future.
 */
export function readTokens(tokens: readonly Token[], reported = false): GrammarReading {
  const words = wordsOf(tokens);
  const main = mainClause(words);
  if (!main) return verbless(words);
  // "set examples among …", "— Pursue …": an item opening with its bare verb continues the words introducing it.
  const first = main.predicate[0]!;
  if (main.subject.length === 0 && main.background.length === 0 && first.pos === 'VERB' && formOf(first) === 'base') return verbless(words);
  // Quotation marks inside the predicate ("were “determined to work”") mark whose words they are, not the grammar.
  const group = verbGroup(
    main.predicate.filter((t) => !QUOTE_MARKS.has(t.text)),
    words,
  );
  if (!group) return verbless(words);
  const subject = subjectKind(main.subject);
  // "To keep the rivers clean, we must cut runoff": what a goal requires is a need stated, as "we need" is; "To that end, we
  // will …" still commits, and so does a bare "we must". A predicate joined to it with a "will" of its own ("we must and
  // will cut", "we must act now and will cut") commits, as the second clause of "…, and we will …" does.
  const purpose = opensWithPurpose(main.background);
  const needOnly = (g: VerbGroup): boolean => purpose && g.modal?.lower === 'must';
  const instrument = subject === 'thing' && instrumentSubject(main.subject);
  const setUp = subject === 'thing' && setUpSubject(main.subject);
  // A reading decided by the subject and "be" or "take place" alone, whatever the verb group says of modality.
  const decided = (mood: 'commitment' | 'completion', cue: readonly [Token, Token]): GrammarReading => ({
    mood,
    shape: 'finite',
    cue,
    negation: null,
    subject,
    verb: group.tokens[0]!,
  });
  // "The entry into force of the PNR is a major step": an event named as the subject of "is" reports it.
  const event = eventSubject(main.subject, group);
  if (event) return decided('completion', event);
  // "Our highest priority is to protect …", "a first focus will be on …": an aim of the authors stated.
  const aim = statedAim(main.subject, group);
  if (aim) return decided('commitment', aim);
  const happened = eventTookPlace(main.subject, group);
  if (happened) return decided('completion', happened);
  const own = {
    ...strongest(
      coordinated(group).map((g) =>
        needOnly(g) ? statement('finite', subject, negationOf(g)) : decide(subject, g, { reported, instrument, setUp, readReported }),
      ),
    ),
    verb: group.tokens[0]!,
  };
  const second = authorsClause(main.predicate, reported);
  return second && RANK[second.mood] > RANK[own.mood] ? second : own;
}

/**
 * "Export controls are crucial …, and we will continue cooperating …", "… cannot be achieved without skills and to that
 * end, we intend to …": a second main clause, joined by "and" or "but" and with the authors as its subject, says what
 * they do; it is read too, and the stronger reading stands.
 */
function authorsClause(predicate: readonly Token[], reported: boolean): GrammarReading | undefined {
  for (let i = 1; i + 2 < predicate.length; i += 1) {
    if (predicate[i]!.lower !== 'and' && predicate[i]!.lower !== 'but') continue;
    const tail = predicate.slice(i + 1);
    if (tail[0]!.lower === 'that') continue;
    const main = mainClause(tail);
    if (main && subjectKind(main.subject) === 'first' && main.subject.some((t) => t.lower === 'we')) return readTokens(tail, reported);
  }
  return undefined;
}

const RANK = { commitment: 2, completion: 1, statement: 0 } as const;

/** Of the readings of coordinated predicates, the one that commits, else the one that reports. */
function strongest(readings: readonly GrammarReading[]): GrammarReading {
  return readings.reduce((best, r) => (RANK[r.mood] > RANK[best.mood] ? r : best));
}

const readReported = (tokens: readonly Token[]): GrammarReading => readTokens(tokens, true);
