/**
 * The predicates of one main clause: after the first verb group, the ones "and" or "but" joins to it, which share its
 * subject and, without a modal of their own, its time and certainty; and the reading of an item with no finite verb.
 */
import { formOf, isVerbal } from './finite';
import { verbGroup, type VerbGroup } from './clause';
import type { GrammarReading } from './reading';
import type { Token } from './tagger';
import { COMMITTING, LAUNCHING } from './words';

const fragment: GrammarReading = { mood: 'statement', shape: 'fragment', cue: null, negation: null, subject: 'none' };

/**
 * "We condemn violence …, and commit to continuing …": the second predicate
 * of one subject is read too. It starts at "and" (or "but") followed by a
 * verb of the same form as the first.
 */
export function coordinated(g: VerbGroup): VerbGroup[] {
  const out = [g];
  const form = formOf(g.head);
  let relativeForm: string | undefined;
  for (let i = 0; i + 1 < g.rest.length; i += 1) {
    const t = g.rest[i]!;
    // "share concerns that X undermine Y and challenge Z": past a "that" opening a clause with a subject of its own, "and"
    // joins that clause's verbs. A relative "that" ("a region that is open, and agree to …") is followed by its verb.
    if (t.lower === 'that' && g.rest[i + 1] && !isVerbal(g.rest[i + 1]!)) break;
    // "signed an order, which calls for …, and will help …": past a relative pronoun, the verbs are the relative clause's.
    if ((t.lower === 'which' || t.lower === 'who') && g.rest[i - 1]?.text === ',') break;
    // "systems that enhance X, lower Y, and protect Z": a relative "that" with its verb opens a series of its own, and a
    // later verb of that verb's form continues it, the nearer one.
    if (t.lower === 'that' && g.rest[i + 1]?.pos === 'VERB') relativeForm = formOf(g.rest[i + 1]!);
    const verb = g.rest[i + 1]!;
    // "The leaders underscored …, announcing a new partnership": a participle after a comma, with no subject of its own,
    // is the subject's too, at the main verb's time; read when it launches or commits.
    if (t.text === ',' && verb.pos === 'VERB' && formOf(verb) === 'ing' && (LAUNCHING.has(verb.lemma) || COMMITTING.has(verb.lemma))) {
      const tail = g.rest.slice(i + 2);
      out.push({ ...g, tokens: [verb], head: verb, progressive: false, passive: false, rest: tail });
      continue;
    }
    const sameForm = (verb.pos === 'VERB' && formOf(verb) === form) || (verb.pos === 'AUX' && !['to', 'be', 'been', 'being'].includes(verb.lower));
    if ((t.lower !== 'and' && t.lower !== 'but') || !sameForm || g.rest[i - 1]?.lower === 'to') continue;
    if (verb.pos === 'VERB' && formOf(verb) === relativeForm) continue;
    // "will bolster NORAD's ability to detect threats and respond": after a modal's verb, a bare verb that follows an
    // infinitive with no comma between continues the nearer verb, the infinitive. Only after a modal: "We welcome the plan
    // to cut fees and commit to …" is two predicates of the authors, as such a present usually is.
    if (g.modal && verb.pos === 'VERB' && formOf(verb) === 'base' && infinitiveBefore(g.rest.slice(0, i))) continue;
    // "welcome the platform to help advance A, promote B, and ensure C": a series of bare verbs set off by commas after an
    // infinitive lists what the infinitive does; the last one, after "and", closes that series, whatever the main verb.
    // A verb of commitment with its "to" or "that" ("…, and pledge to contribute") starts a predicate of its own all the same.
    const commits = COMMITTING.has(verb.lemma) && ['to', 'that'].includes(g.rest[i + 2]?.lower ?? '');
    if (verb.pos === 'VERB' && formOf(verb) === 'base' && !commits && infinitiveSeries(g.rest.slice(0, i))) continue;
    const next = verbGroup(g.rest.slice(i + 1), g.rest);
    // "will reflect …, and may vary": a predicate with a modal of its own says its own time and certainty; only one
    // without ("will lead and support") shares the first one's.
    if (next) out.push(next.modal ? next : { ...next, modal: g.modal, past: g.past, perfect: g.perfect });
  }
  return out;
}

/** An infinitive ("to" and a bare verb) in the words before, with no comma or semicolon after it. */
function infinitiveBefore(before: readonly Token[]): boolean {
  for (let k = before.length - 1; k > 0; k -= 1) {
    if (before[k]!.text === ',' || before[k]!.text === ';') return false;
    if (before[k - 1]!.lower === 'to' && before[k]!.pos === 'VERB' && formOf(before[k]!) === 'base') return true;
  }
  return false;
}

/** An infinitive in the words before, followed by a comma and a bare verb: the open series "to advance A, promote B,". */
function infinitiveSeries(before: readonly Token[]): boolean {
  const to = before.findLastIndex((t, k) => t.lower === 'to' && before[k + 1]?.pos === 'VERB' && formOf(before[k + 1]!) === 'base');
  if (to < 0) return false;
  const after = before.slice(to + 2);
  if (after.some((t) => t.text === ';')) return false;
  return after.some((t, k) => t.text === ',' && after[k + 1]?.pos === 'VERB' && formOf(after[k + 1]!) === 'base');
}

/** Words that open a scene-setting phrase before an infinitive item. */
const SUBORDINATE_OPENERS = /^(?:given|in|as|with|while|since|building|recognizing|recognising|following|after|before|for|on|through|to)$/u;

export function verbless(tokens: readonly Token[]): GrammarReading {
  // After a scene-setting phrase, the item's own infinitive: "Given the necessity of …, to reinforce …".
  const afterComma = tokens.findIndex((t, i) => i > 0 && tokens[i - 1]!.text === ',' && t.lower === 'to' && tokens[i + 1]?.pos === 'VERB');
  const leading = tokens.findIndex((t) => t.pos !== 'PUNCT' && t.pos !== 'CCONJ' && t.lower !== 'also');
  const start = leading >= 0 && tokens[leading]!.lower !== 'to' && afterComma > 0 && SUBORDINATE_OPENERS.test(tokens[leading]!.lower) ? afterComma : leading;
  const first = tokens[start];
  if (!first) return fragment;
  const next = tokens[start + 1];
  if (first.lower === 'to' && next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV')) {
    return { mood: 'commitment', shape: 'infinitive', cue: [first, next], negation: null, subject: 'none' };
  }
  if (first.pos === 'VERB' && formOf(first) === 'base') return { mood: 'commitment', shape: 'bare', cue: [first, first], negation: null, subject: 'none' };
  return fragment;
}
