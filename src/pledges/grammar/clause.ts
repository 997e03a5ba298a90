/**
 * A shallow parse of one English clause over its tagged tokens: where its
 * main clause starts, its subject, and its verb group. Only as much syntax as
 * reading a pledge needs: background chunks (a leading purpose, time or
 * participle phrase, a relative clause set off by commas) are skipped, the
 * first finite verb group of what is left is the main verb.
 */
import type { Token } from './tagger';
import { quotedTokens, topLevel } from './asides';
import { formOf, isFiniteAt, isVerbal } from './finite';
import { RELATIVES, SUBORDINATORS } from './words';

export { formOf, type VerbForm } from './finite';
export { topLevel } from './asides';

const isComma = (t: Token): boolean => t.text === ',' || t.text === ';' || t.text === '—' || t.text === '–';

/** Cuts at top-level commas, semicolons and dashes. */
function chunks(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const t of tokens) {
    if (isComma(t)) out.push([]);
    else out[out.length - 1]!.push(t);
  }
  return out.filter((c) => c.length > 0);
}

/** A chunk that sets the scene: it opens with a subordinator, a preposition, an adverb, "to", or a participle. */
function isBackground(chunk: readonly Token[]): boolean {
  const first = chunk[0]!;
  if (SUBORDINATORS.has(first.lower) && first.pos !== 'PRON' && first.pos !== 'DET') return true;
  if (first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'SCONJ' || first.pos === 'CCONJ') return true;
  if (first.lower === 'to' || (first.lower === 'in' && chunk[1]?.lower === 'order')) return true;
  // "On May 16, 2022, …": the year after the comma of a date is part of the date.
  if (chunk.every((t) => t.pos === 'NUM')) return true;
  // "Building on …", "Drawing on …": a capitalised participle is often tagged a noun; a preposition after it says otherwise.
  if (first.lower.endsWith('ing') && (chunk[1]?.pos === 'ADP' || chunk[1]?.pos === 'DET' || chunk[1]?.pos === 'SCONJ')) return true;
  return first.pos === 'VERB' && (formOf(first) === 'ing' || formOf(first) === 'past');
}

/** A chunk in which "that" opens a clause whose verb has not come yet ("recognizing that scientists"). */
function opensClause(chunk: readonly Token[], quoted: ReadonlySet<Token>): boolean {
  const that = chunk.findIndex((t) => t.lower === 'that' && t.pos === 'SCONJ');
  return that >= 0 && firstMainVerb(chunk.slice(that + 1), quoted) < 0;
}

/** A chunk with no verb that is no background and no relative clause: a subject, standing before an aside. */
const standsAsSubject = (chunk: readonly Token[], quoted: ReadonlySet<Token>): boolean =>
  !startsRelative(chunk) &&
  !isBackground(chunk) &&
  firstMainVerb(chunk, quoted) < 0 &&
  chunk.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');

/** A chunk opening with a participle ("established last year", "meeting in Paris"). */
const participleAside = (chunk: readonly Token[]): boolean => chunk[0]!.pos === 'VERB' && (formOf(chunk[0]!) === 'past' || formOf(chunk[0]!) === 'ing');
const startsRelative = (chunk: readonly Token[]): boolean => RELATIVES.has(chunk[0]!.lower) && chunk[0]!.lower !== 'that';
const startsWithVerb = (chunk: readonly Token[]): boolean => isVerbal(chunk[0]!);
/** A chunk with a subject and a finite verb of its own: a main clause can be there. */
const hasOwnClause = (chunk: readonly Token[], quoted: ReadonlySet<Token>): boolean =>
  !startsRelative(chunk) && !isBackground(chunk) && !startsWithVerb(chunk) && firstMainVerb(chunk, quoted) > 0;

export interface MainClause {
  /** Tokens before the verb group: the subject, as far as there is one. */
  readonly subject: readonly Token[];
  /** The main clause from its verb group on. */
  readonly predicate: readonly Token[];
  /** Background skipped before the main clause: a leading purpose clause ("To meet these threats, …") among them. */
  readonly background: readonly Token[];
}

/**
 * Finds the main clause: skips background chunks at the start (with the
 * predicates that continue them) and relative clauses set off by commas,
 * then takes the first finite verb that is not in a relative clause.
 * `undefined` when the clause has no finite verb (a list item such as "To
 * facilitate …", a noun phrase).
 */
export function mainClause(all: readonly Token[]): MainClause | undefined {
  const tokens = topLevel(all);
  const parts = chunks(tokens);
  const background: Token[] = [];
  let subject: Token[] = [];
  const subjectChunks: Token[][] = [];
  let inBackground = false;
  let awaitingVerb = false;
  let series = false;
  const quoted = quotedTokens(tokens);
  // Whether some later chunk has a clause of its own, for every position at once: one pass, not one per chunk.
  const ownLater = new Array<boolean>(parts.length + 1).fill(false);
  for (let k = parts.length - 1; k >= 0; k -= 1) ownLater[k] = ownLater[k + 1]! || hasOwnClause(parts[k]!, quoted);
  // "…, the United States and the European Union, in cooperation with partners, will exchange …": a subject standing
  // alone, then an aside, then its predicate is a main clause too. From the right: a chunk that opens with a finite verb,
  // and a verbless chunk before it that can be its subject.
  let predicateLater = false;
  for (let k = parts.length - 1; k >= 0; k -= 1) {
    const chunk = parts[k]!;
    if (predicateLater && standsAsSubject(chunk, quoted)) ownLater[k] = true;
    if (startsWithVerb(chunk) && isFiniteAt(chunk, 0)) predicateLater = true;
    if (k < parts.length - 1) ownLater[k] = ownLater[k]! || ownLater[k + 1]!;
  }
  for (let k = 0; k < parts.length; k += 1) {
    const chunk = parts[k]!;
    if (startsRelative(chunk)) continue;
    const mainLater = ownLater[k + 1]!;
    // "To facilitate joint teams where …" with no main clause after it: an infinitive item, whatever verbs its relative
    // clause holds; "Given the necessity of …, to reinforce …": the same, after a phrase that sets the scene.
    if (subject.length === 0 && !mainLater && (chunk[0]!.lower === 'to' || (chunk[0]!.lower === 'in' && chunk[1]?.lower === 'order'))) return undefined;
    if (subject.length === 0 && !mainLater && isBackground(chunk) && parts.slice(k + 1).some((c) => c[0]!.lower === 'to' && c[1]?.pos === 'VERB'))
      return undefined;
    // "Now, as the environment grows complex, and new issues reshape the globe, we recommit …": all but the last chunk set the scene.
    // "Recognizing that scientists, researchers, and engineers … are …, the leaders agree …": a "that" clause opened in
    // the background runs on, through the commas of its subject, to its own verb.
    if (subject.length === 0 && mainLater && (awaitingVerb || isBackground(chunk) || (inBackground && startsWithVerb(chunk)))) {
      background.push(...chunk);
      inBackground = true;
      awaitingVerb = awaitingVerb ? firstMainVerb(chunk, quoted) < 0 : opensClause(chunk, quoted);
      continue;
    }
    // "The task force, established last year, began …", "the ICRTF—established at last year’s meeting—began …": a
    // participle set off after the subject describes it, when the predicate resumes after it.
    if (subjectChunks.length > 0 && participleAside(chunk) && parts.slice(k + 1).some((c) => startsWithVerb(c) && isFiniteAt(c, 0))) continue;
    const scan = scanVerbs(chunk, series && subject.length > 0, quoted);
    const verb = scan.main;
    if (verb < 0) {
      // A subject standing alone before an aside: "The two leaders, who were joined by …, decided to …".
      subject = [...subject, ...chunk];
      subjectChunks.push(chunk);
      series = scan.series;
      continue;
    }
    // "Through unveiling new tools, the task force began …": a scene-setting phrase before the subject is no part of it,
    // though no clause of its own followed it when it was met.
    const lead = subjectChunks.findIndex((c) => !isBackground(c));
    const scene = lead > 0 ? subjectChunks.slice(0, lead).flat() : [];
    const own = subject.slice(scene.length);
    // The predicate runs to the end of the clause, commas kept: a list in it is part of it.
    return {
      subject: [...own, ...chunk.slice(0, verb)],
      predicate: tokens.slice(tokens.indexOf(chunk[verb]!, chunkStart(tokens, chunk))),
      background: [...background, ...scene],
    };
  }
  return undefined;
}

/** Where a chunk starts among the clause's tokens: the search for its verb starts there. */
const chunkStart = (tokens: readonly Token[], chunk: readonly Token[]): number => Math.max(0, tokens.indexOf(chunk[0]!));

/** The first finite verb not inside a relative clause ("Countries that signed the accord will …" → "will"). */
function firstMainVerb(chunk: readonly Token[], quoted: ReadonlySet<Token> = NONE): number {
  return scanVerbs(chunk, false, quoted).main;
}

const NONE: ReadonlySet<Token> = new Set();

/**
 * `firstMainVerb`, and whether the chunk ends inside a series of infinitives. "A nation's ability to prevent, detect,
 * mitigate and respond to threats will depend on …": the bare verbs after "to prevent", joined by commas or "and",
 * are more infinitives of the subject, not its verb. `series`: the chunk before ended inside one.
 */
function scanVerbs(chunk: readonly Token[], series: boolean, quoted: ReadonlySet<Token> = NONE): { main: number; series: boolean } {
  let inRelative = false;
  let inSeries = series;
  for (let i = 0; i < chunk.length; i += 1) {
    const t = chunk[i]!;
    if (quoted.has(t)) continue;
    if (t.pos === 'VERB' && formOf(t) === 'base') {
      let b = i - 1;
      while (b >= 0 && chunk[b]!.pos === 'ADV') b -= 1;
      const before = chunk[b];
      if (before?.lower === 'to' && before.pos !== 'ADP') {
        inSeries = true;
        continue;
      }
      if (inSeries && (before === undefined || before.pos === 'CCONJ')) continue;
    }
    // "the sectors which …", and with a preposition before the pronoun, "the sectors in which …", "the extent to which …".
    if (RELATIVES.has(t.lower) && i > 0 && (isNominal(chunk[i - 1]!) || (chunk[i - 1]!.pos === 'ADP' && i > 1 && isNominal(chunk[i - 2]!)))) {
      inRelative = true;
      continue;
    }
    if (!isFiniteAt(chunk, i)) continue;
    if (inRelative) {
      // The relative clause's own verb group, then its object; the next finite verb is the main one.
      inRelative = false;
      while (i + 1 < chunk.length && isVerbal(chunk[i + 1]!)) i += 1;
      continue;
    }
    return { main: i, series: false };
  }
  return { main: -1, series: inSeries };
}

const isNominal = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM';

export interface VerbGroup {
  /** Auxiliaries and the head verb, in order, with adverbs and negation between them. */
  readonly tokens: readonly Token[];
  readonly head: Token;
  readonly modal: Token | undefined;
  readonly perfect: boolean;
  readonly passive: boolean;
  readonly progressive: boolean;
  /** Tense of the first verb: what the clause says of its own time. */
  readonly past: boolean;
  readonly negation: Token | undefined;
  /** Tokens after the verb group. */
  readonly rest: readonly Token[];
}

/**
 * Reads the verb group a predicate starts with: "will not be sent", "have
 * established", "reaffirm". `allTokens` is the clause the predicate belongs to,
 * for a negation standing just before it.
 */
export function verbGroup(predicate: readonly Token[], allTokens: readonly Token[] = predicate): VerbGroup | undefined {
  const predicateStart = predicate.length > 0 ? allTokens.indexOf(predicate[0]!) : -1;
  let i = 0;
  const group: Token[] = [];
  let head: Token | undefined;
  while (i < predicate.length) {
    const t = predicate[i]!;
    if (
      t.pos === 'AUX' ||
      (t.pos === 'PART' && t.lower !== 'to') ||
      (t.pos === 'ADV' && group.length > 0 && i + 1 < predicate.length && isVerbal(predicate[i + 1]!))
    ) {
      group.push(t);
      if (t.pos === 'AUX') head = t;
      i += 1;
      continue;
    }
    if (t.pos === 'VERB') {
      group.push(t);
      head = t;
      i += 1;
    }
    break;
  }
  if (!head) return undefined;
  const auxes = group.filter((t) => t.pos === 'AUX');
  const modal = auxes.find((t) => MODALS.has(t.lemma) || MODALS.has(t.lower));
  const be = auxes.some((t) => t.lemma === 'be' && t !== head);
  const have = auxes.some((t) => t.lemma === 'have' && t !== head);
  // "has been put in place", "have set up": a verb spelled the same in all its forms is a participle after "have" or "be".
  const headForm = head.pos === 'VERB' && (have || be) && formOf(head) === 'base' && !modal ? 'past' : formOf(head);
  const first = group.find((t) => t.pos === 'AUX' || t.pos === 'VERB')!;
  // "Belgium no longer intends to …", "we never …": a negation just before the verb group belongs to it.
  const before = predicateStart > 0 ? allTokens.slice(Math.max(0, predicateStart - 2), predicateStart) : [];
  const preceding = before.find((t) => NEGATION.has(t.lower)) ?? (before[0]?.lower === 'no' && before[1]?.lower === 'longer' ? before[0] : undefined);
  return {
    tokens: group,
    head,
    modal,
    perfect: have && headForm === 'past',
    passive: be && headForm === 'past',
    progressive: be && headForm === 'ing',
    past: !modal && (formOf(first) === 'past' || PAST_AUX.has(first.lower)),
    negation: group.find((t) => NEGATION.has(t.lower) && !correlative(predicate, t)) ?? preceding,
    rest: withoutAside(predicate.slice(i)),
  };
}

/** Words an aside between a verb and its "to" (or "that") runs to: "where applicable and subject to national legal frameworks" is seven. */
const MAX_ASIDE = 12;

/**
 * The words after a verb group with an aside set off by commas before the verb's "to" or "that" left out ("are committed,
 * where applicable, to implementing", "are determined, consistent with our laws, that …"): the aside qualifies the verb, and the
 * complement is what follows it. An aside with a finite verb of its own is a clause, and stays.
 */
export function withoutAside(rest: readonly Token[]): readonly Token[] {
  if (rest[0]?.text !== ',') return rest;
  const close = rest.findIndex((t, k) => k > 1 && t.text === ',');
  if (close < 0 || close - 1 > MAX_ASIDE || !['to', 'that'].includes(rest[close + 1]?.lower ?? '')) return rest;
  // "as agreed", "including through …": a participle is no verb of a clause of its own.
  const finite = rest.slice(1, close).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !['past', 'ing'].includes(formOf(t))));
  return finite ? rest : rest.slice(close + 1);
}

const MODALS = new Set(['will', 'shall', 'must', 'would', 'should', 'can', 'could', 'may', 'might', '’ll', "'ll"]);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
/** The negations a verb group takes ("will not", "never"), as against words of giving up ("no longer", "abandoned"). */
export const NEGATION: ReadonlySet<string> = new Set(['not', 'n’t', "n't", 'never']);

/** "not only … but also", "not merely": a correlative that adds a second thing, not a negation. */
const ADDING = new Set(['only', 'merely', 'just', 'simply', 'solely']);
export function correlative(tokens: readonly Token[], not: Token): boolean {
  return not.lower === 'not' && ADDING.has(tokens[tokens.indexOf(not) + 1]?.lower ?? '');
}
