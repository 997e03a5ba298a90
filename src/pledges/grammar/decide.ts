/**
 * What a finite verb group does, given its subject: the verb classes (words.ts) and what each head verb does to its
 * complement. english.ts finds the main clause and its verb group, then asks this.
 */
import { formOf, type VerbGroup } from './clause';
import type { Token } from './tagger';
import {
  ABANDONING,
  ANTICIPATING,
  APPEALING,
  ATTITUDE,
  ATTITUDE_NOUNS,
  COMMITTING,
  COMMITTING_WITH_COMPLEMENT,
  CONSEQUENCE,
  FUTURE_MODALS,
  INCEPTIVE,
  INQUIRING,
  LIGHT_VERBS,
  LAUNCHING,
  NECESSARY,
  PLEASED,
  RENEWING,
  REPORTED_MODALS,
  SAYING,
  SHOWING,
  STATIVE,
  TASKING,
  UNDERGOING,
} from './words';
import type { SubjectKind } from './subject';
import { statement, type GrammarReading } from './reading';
import {
  ENDING_NOUNS,
  OPINION_NOUNS,
  negationOf,
  commitmentNoun,
  committedAdjective,
  committedAfterComma,
  launchedObject,
  goingTo,
  infinitiveBeforeComma,
  coordinatedInfinitive,
  startsClause,
  hasModal,
  eventNoun,
  resultState,
  shownCommitment,
  plannedTopic,
  plannedByThing,
  intoWhatToDo,
} from './complements';
import { appealedInfinitive, appealToOthers, ASKING, asksOthers } from './appeals';

/** How the clause holding the verb group is read. */
export interface HowRead {
  /** The clause is what a verb of saying reports ("said [the government would send …]"), where "would" speaks of the future. */
  readonly reported: boolean;
  /** The subject is an undertaking or a text ("this joint work", "the plan"), which has purposes, not intentions. */
  readonly instrument?: boolean;
  /** The subject is a body or instrument set up to act ("this initiative", "the programme"), whose acts are the authors' plan. */
  readonly setUp?: boolean;
  /** Reads a verb's clausal complement as reported speech: the reader of whole clauses, passed in so this file need not import it. */
  readReported(tokens: readonly Token[]): GrammarReading;
}

const acts = (s: SubjectKind): boolean => s === 'first' || s === 'party';

/** "working to advance", "working together to", "working closely with partners to": an infinitive within a few words. */
const workingTo = (rest: readonly Token[]): boolean =>
  rest.slice(0, 6).some((t, i) => t.lower === 'to' && rest[i + 1]?.pos === 'VERB' && formOf(rest[i + 1]!) === 'base');

/**
 * Verbs of trying in the past report an effort made ("sought to", "tried to"), not one promised. Their past forms, by
 * spelling: the tagger's lemma of "endeavour" is "endeavor", which the form test reads as a past.
 */
const ENDEAVOURED = new Set(['sought', 'tried', 'attempted', 'strove', 'strived', 'striven', 'endeavoured', 'endeavored', 'aspired']);
/** Adverbs of degree, which modify adjectives: "more united", "ever more determined". */
const DEGREE = new Set(['more', 'most', 'very', 'so', 'too', 'less', 'least', 'extremely']);

/** What a verb group says its clause does: commits, reports an act done, or states. */
export function decide(subject: SubjectKind, g: VerbGroup, how: HowRead): GrammarReading {
  const { reported, instrument = false, setUp = false } = how;
  const h = g.head.lemma;
  const rest = g.rest;
  const commit = (last: Token = g.head, first: Token = g.tokens[0]!): GrammarReading => ({
    mood: 'commitment',
    shape: 'finite',
    cue: [first, last],
    negation: negationOf(g),
    subject,
  });
  // The particle that ties a verb of commitment to what it commits to, when it follows closely: "decided in 2016 to".
  const particle = rest.slice(0, 4).find((t) => t.lower === 'to' || t.lower === 'that' || t.lower === 'for' || t.lower === 'on');
  const complete = (last: Token = g.head): GrammarReading => ({ mood: 'completion', shape: 'finite', cue: [g.tokens[0]!, last], negation: null, subject });
  const next = rest[0];
  const isModal =
    g.modal !== undefined && (FUTURE_MODALS.has(g.modal.lemma) || FUTURE_MODALS.has(g.modal.lower) || (reported && REPORTED_MODALS.has(g.modal.lemma)));

  // "reaffirm our commitment to", "express their shared commitment to", "redouble our efforts".
  const noun = RENEWING.has(h) ? commitmentNoun(rest, subject !== 'first') : undefined;
  if (noun) return commit(noun);
  // "The ongoing work shows our resolve to rise to this challenge": a commitment to act, shown, is stated.
  const shown = SHOWING.has(h) && !g.negation ? shownCommitment(rest, acts(subject)) : undefined;
  if (shown) return commit(shown);
  // "reaffirmed that the two countries stand together …": what is reaffirmed is read on its own.
  // A thing does not reaffirm: "the invasion has underscored that we need …" judges, and reports nobody's pledge.
  if (RENEWING.has(h) && next?.lower === 'that')
    return acts(subject) || g.passive ? complementOf(how, g, rest.slice(1), subject, commit) : statement('finite', subject);
  // "directed their ministers to …", "the group is tasked to …": a task given commits whoever gives it.
  if (
    TASKING.has(h) &&
    g.head.pos === 'VERB' &&
    (g.passive
      ? next?.lower === 'to' || next?.lower === 'with'
      : // "asked that the working groups focus on …": a task in the mandative subjunctive; "directed their ministers of
        // foreign affairs and defence to meet": the infinitive after however long an object.
        acts(subject) && (next?.lower === 'that' || infinitiveBeforeComma(rest)))
  ) {
    return commit(g.head);
  }
  // "announced joint initiatives to accelerate …": announcing an initiative launches it; announcing a fact says it.
  if (LAUNCHING.has(h) && SAYING.has(h) && g.head.pos === 'VERB' && !startsClause(rest) && acts(subject) && !g.negation) {
    // "announces the termination of its guidelines": announcing an ending reports a decision taken, not one to carry out.
    const ending = rest.slice(0, 3).find((t) => t.pos === 'NOUN' && ENDING_NOUNS.has(t.lemma));
    return ending ? complete(ending) : commit(g.head);
  }
  // "the coalition sought to incorporate …", "we have tried to reach …": an effort told in the past reports what was tried.
  if (ENDEAVOURED.has(g.head.lower) && g.head.pos === 'VERB' && !g.modal && !reported) return statement('finite', subject);
  // "We encourage third countries to leverage the cap": the infinitive is asked of someone else, now ("we will encourage
  // partners to join" promises the encouraging).
  if (ASKING.has(h) && g.head.pos === 'VERB' && !g.passive && !g.modal && !g.past && !g.perfect && asksOthers(rest)) return statement('finite', subject);
  // "This joint work seeks to …", "the plan aims to …": what an undertaking or a text seeks is its purpose; only a party undertakes.
  if (COMMITTING.has(h) && g.head.pos === 'VERB' && instrument && !g.passive) return statement('finite', subject);
  // "agreed to", "pledged to", "plan to", "decided not to"; "agree on the importance of" is an opinion.
  if (COMMITTING.has(h) && g.head.pos === 'VERB') {
    // "agreed on the importance of X, and to work together toward Y": the opinion, then a second complement that commits.
    if (next && (next.lower === 'on' || next.lower === 'upon') && rest.slice(1, 4).some((t) => OPINION_NOUNS.has(t.lemma)))
      return coordinatedInfinitive(rest) ? commit(g.head) : statement('finite', subject);
    if (next?.lower === 'that') return complementOf(how, g, rest.slice(1), subject, commit);
    // "France and Belgium have resolved:" — the list after the colon is the complement.
    const complemented = (particle !== undefined && particle.lower !== 'for') || rest.length === 0;
    // "The measure was agreed in principle in November", "we have determined shared principles": a decision reported, not a pledge.
    if (!complemented && (g.passive || (COMMITTING_WITH_COMPLEMENT.has(h) && (g.past || g.perfect)))) return complete();
    if (complemented || !COMMITTING_WITH_COMPLEMENT.has(h)) return commit(particle?.lower === 'to' ? particle : g.head, g.head);
    // "They determine the characteristics of …": with a plain object, "determine" means to shape, not to decide.
    if (h === 'determine') return statement('finite', subject);
  }
  // "called on the Taliban to adhere …" asks something of another party; "called for a pact" pursues it.
  if (h === 'call' && next && ['on', 'upon'].includes(next.lower) && (rest.slice(2, 8).some((t) => t.lower === 'to') || asksOthers(rest.slice(1))))
    return statement('finite', subject);
  // "called for those responsible to be brought to justice": the infinitive names who is to act, and it is someone else.
  // "called for channels to be set up", "for a new mechanism to share data": a thing to be created, or an instrument
  // with its purpose, is pursued as "called for a pact" is.
  if (APPEALING.has(h) && next?.lower === 'for' && appealedInfinitive(rest) === 'others') return statement('finite', subject);
  // "called for an end to the fighting", "urged the withdrawal of troops": an appeal to stop asks it of whoever keeps it up;
  // "called for the implementation of the accord", of whoever is bound by it.
  if (APPEALING.has(h) && appealToOthers(rest)) return statement('finite', subject);
  // "the evolution of the world calls for new frameworks": a thing that calls for something needs it; only a party appeals.
  if (APPEALING.has(h) && subject === 'thing' && !g.passive) return statement('finite', subject);
  if (APPEALING.has(h) && g.head.pos === 'VERB' && (h !== 'call' || (next && ['for', 'on', 'upon'].includes(next.lower)))) {
    return commit(next && ['for', 'on', 'upon'].includes(next.lower) ? next : g.head, g.head);
  }
  // "are committed to", "remain determined to", "stand ready to", "are united in our determination to".
  const committed = committedAdjective(g, rest);
  if (committed) return commit(committed);
  // "remain concerned about X, committed to increasing support": the adjective after a comma describes the subject.
  const described = acts(subject) && !g.negation ? committedAfterComma(rest) : undefined;
  if (described) return commit(described);
  // "pleased to announce", "proud to launch": the act is the verb after "to".
  if ((h === 'be' || h === 'feel') && next && PLEASED.has(next.lemma) && rest[1]?.lower === 'to' && rest[2]?.pos === 'VERB') {
    return decide(
      subject,
      {
        ...g,
        head: rest[2],
        tokens: [...g.tokens, next, rest[1], rest[2]],
        modal: undefined,
        perfect: false,
        passive: false,
        progressive: false,
        past: false,
        rest: rest.slice(3),
      },
      how,
    );
  }
  // "the alliance continues to evolve": a state or a change that goes on is no act anyone keeps up.
  if (h === 'continue' && next?.lower === 'to' && rest[1] && (STATIVE.has(rest[1].lemma) || UNDERGOING.has(rest[1].lemma))) return statement('finite', subject);
  if (h === 'continue' && next && (next.lower === 'to' || next.pos === 'NOUN' || next.pos === 'DET' || formOf(next) === 'ing' || next.pos === 'PRON')) {
    return acts(subject) || isModal ? commit(next.lower === 'to' ? next : g.head) : statement('finite', subject);
  }
  if ((h === 'look' && next?.lower === 'forward') || (ANTICIPATING.has(h) && acts(subject))) return commit(next ?? g.head);
  // "it is essential to", "said it was essential at EU level to:".
  const needed = h === 'be' ? rest.find((t) => t.pos === 'ADJ') : undefined;
  // The adjective must be the complement and an infinitive must follow: "have been critical allies to the United States" needs nothing.
  const after = needed ? rest.slice(rest.indexOf(needed) + 1) : [];
  // A lead ending in "to:" has its infinitives in the list under it.
  const infinitiveAfter = after.some((t, i) => t.lower === 'to' && (after[i + 1] === undefined || after[i + 1]!.pos === 'VERB' || after[i + 1]!.pos === 'AUX'));
  if (needed && NECESSARY.has(needed.lower) && after[0]?.pos !== 'NOUN' && infinitiveAfter && (subject === 'expletive' || acts(subject))) return commit(needed);
  if (SAYING.has(h) && startsClause(rest)) {
    // "told reporters that …": the complement starts after "that", past the person told.
    const that = rest.slice(0, 5).findIndex((t) => t.lower === 'that');
    return complementOf(how, g, that >= 0 ? rest.slice(that + 1) : rest, subject, commit);
  }
  // "we abandoned the plan", "the proposal was rejected": what is given up is the subject of the passive.
  if (ABANDONING.has(h) && (acts(subject) || g.passive) && !g.negation) return { mood: 'statement', shape: 'finite', cue: null, negation: g.head, subject };

  if (isModal || goingTo(g, rest)) {
    const modal = g.modal ?? g.head;
    const last = g.negation && g.tokens.indexOf(g.negation) > g.tokens.indexOf(modal) ? g.negation : modal;
    if (g.negation) return commit(last, modal);
    // With "are to …", the verb after "to" says whether an act is meant: "are to be organized" is one.
    const beDone = !g.modal && rest[1]?.lower === 'be' && rest[2]?.pos === 'VERB' && formOf(rest[2]) === 'past';
    const infinitive = g.modal ? undefined : rest[1];
    // "the alliance will remain …", "this work will enable …": what a thing will be, or what it will bring about, is a
    // prediction; nobody undertakes it.
    const verb = infinitive?.lemma ?? h;
    const planned =
      plannedByThing(verb, infinitive ? rest.slice(2) : rest, setUp) || (verb === 'be' && g.modal !== undefined && plannedTopic(rest) !== undefined);
    if ((STATIVE.has(verb) || CONSEQUENCE.has(verb)) && !planned && !g.passive && !beDone && !acts(subject)) return statement('finite', subject);
    // "This is to encourage …": a thing that "is to" do something states its purpose; only a party or a passive plans.
    if (!g.modal && h === 'be' && !beDone && !acts(subject)) return statement('finite', subject);
    return commit(last, modal);
  }
  if (g.modal) return statement('finite', subject, negationOf(g));
  if (g.negation) return statement('finite', subject, g.negation);

  // "take note of", "take great pride in", "share concerns": an attitude in the shape of an act.
  if (LIGHT_VERBS.has(h) && rest.slice(0, 4).some((t) => t.pos === 'NOUN' && ATTITUDE_NOUNS.has(t.lower))) return statement('finite', subject);
  // "play an essential role in …": what a part is, not an act.
  if (h === 'play' && rest.slice(0, 4).some((t) => t.lemma === 'role' || t.lemma === 'part')) return statement('finite', subject);
  // "laid out the initiative", "set out their vision": presenting something, not doing it.
  if ((h === 'lay' || h === 'set') && next?.lower === 'out') return statement('finite', subject);
  const eventObject = ATTITUDE.has(h) ? eventNoun(rest) : undefined;
  if (eventObject) return complete(eventObject);
  if (resultState(g, rest)) return complete(rest[Math.min(rest.length - 1, 2)]);
  // "we are exploring additional ways to collaborate": an inquiry in the progressive, by those who act, is work under way.
  // Only an inquiry into what to do ("ways to", "how", "whether", "options for"): "we are reviewing the incident" reports.
  if (INQUIRING.has(h) && g.progressive && !g.past && !g.perfect && acts(subject) && intoWhatToDo(rest)) return commit();
  // "The Commission is working to advance …", "we are working together to …": an effort under way by those who act is kept up.
  if (h === 'work' && g.progressive && !g.past && !g.perfect && acts(subject) && workingTo(rest)) return commit();
  // "stand with the people of …", "stand in solidarity with": solidarity declared, not an act undertaken.
  if (
    h === 'stand' &&
    !g.modal &&
    (['with', 'by', 'alongside', 'behind'].includes(next?.lower ?? '') || (next?.lower === 'in' && rest[1]?.lower === 'solidarity'))
  )
    return statement('finite', subject);
  if (ATTITUDE.has(h) || SAYING.has(h) || ((STATIVE.has(h) || UNDERGOING.has(h)) && !g.passive)) return statement('finite', subject);
  if (g.past || g.perfect) {
    if (!acts(subject) && !g.passive) return statement('finite', subject);
    // "have begun to promote", "started exchanging": an act begun is under way, not done.
    if (INCEPTIVE.has(h) && (next?.lower === 'to' || (next && next.pos === 'VERB' && formOf(next) === 'ing')))
      return commit(next!.lower === 'to' ? next : g.head);
    // "launched a one-year task force": the act is done, and what it set up will run.
    return LAUNCHING.has(h) && acts(subject) && !g.passive && launchedObject(rest) ? { ...complete(), launch: true } : complete();
  }
  // "are more united", "are so committed": a participle under a degree adverb is an adjective of state, not an act.
  if (g.passive && g.tokens.some((t) => t.pos === 'ADV' && DEGREE.has(t.lower))) return statement('finite', subject);
  // Present tense of an act by the authors, in communiqué style, performs it: "we launch", "we expand our partnership".
  // A single third party's present ("the EU also supports a number of projects") states a fact.
  if (subject === 'first' || (subject === 'party' && formOf(g.head) !== 's' && !g.tokens.some((t) => t.lower === 'is' || t.lower === 'has'))) return commit();
  return statement('finite', subject);
}

/** A verb of saying or agreeing commits (or reports) what its complement does: "said the government would send". */
function complementOf(
  how: HowRead,
  g: VerbGroup,
  complement: readonly Token[],
  subject: SubjectKind,
  commit: (last?: Token) => GrammarReading,
): GrammarReading {
  const inner = how.readReported(complement);
  if (inner.mood === 'statement' || !inner.cue)
    return COMMITTING.has(g.head.lemma) && hasModal(complement) ? commit() : statement('finite', subject, inner.negation);
  return { ...inner, shape: 'finite', cue: [g.tokens[0]!, inner.cue[1]], subject };
}
