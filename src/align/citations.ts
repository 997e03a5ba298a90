import { documentDate, findDates, isDateWord, type Language, type Unit } from '../text';
import { positionOf, type PreparedClause } from '../similarity/prepare';
import { isStopWord, stem } from '../similarity/stemmers';
import { PHRASE_WORD, words } from '../text/words';
import type { Group } from './anchored';

/**
 * Successive communiqués refer back to each other by date: the 2018 Franco-Belgian text
 * builds on "a joint declaration of 1 February 2016", which the 2016 report tells of as
 * "pledged on Monday (1 February) to reinforce their cooperation". The two clauses share
 * one word, but name the same day: the later one cites the earlier one's event.
 */

/** A source and a target clause (positions among the aligned units) naming the same days. */
export interface Citation {
  readonly s: number;
  readonly t: number;
  /** The days both name, ISO `YYYY-MM-DD`. */
  readonly dates: readonly string[];
  /** On each side, the stretch of the clause around the day, between commas, colons or dashes: what a "this …" can point back to. */
  readonly spans: { readonly source: string; readonly target: string };
}

/** The units being aligned, and what the document's yearless dates are read against. */
export interface DatedSide {
  readonly units: readonly Unit[];
  /** Every unit of the document, datelines included: where its date is found when `date` is absent. */
  readonly all: readonly Unit[];
  readonly date?: string;
}

/**
 * A day named in more clauses than this on either side is a running subject of the
 * texts (the day of an attack both discuss at length), not a reference to one passage.
 */
const MOST_CLAUSES_PER_DAY = 2;

/**
 * The clause pairs that name the same day. A date without a year is read against its
 * document's date (see `documentDate`).
 *
 * @example
 * citations(report2016, communique2018) // [{ s: 0, t: 2, dates: ['2016-02-01'], spans: { … } }]
 */
export function citations(source: DatedSide, target: DatedSide): Citation[] {
  const sourceDays = daysByClause(source);
  const targetDays = daysByClause(target);
  const telling = (days: ReadonlyMap<string, Naming[]>, day: string): boolean => (days.get(day)?.length ?? 0) <= MOST_CLAUSES_PER_DAY;
  const found = new Map<number, { s: number; t: number; dates: string[]; spans: { source: string; target: string } }>();
  for (const [day, ss] of sourceDays) {
    if (!telling(sourceDays, day) || !telling(targetDays, day)) continue;
    for (const a of ss) {
      for (const b of targetDays.get(day) ?? []) {
        const key = a.position * target.units.length + b.position;
        const citation = found.get(key) ?? { s: a.position, t: b.position, dates: [], spans: { source: a.span, target: b.span } };
        citation.dates.push(day);
        found.set(key, citation);
      }
    }
  }
  return [...found.values()].sort((a, b) => a.s - b.s || a.t - b.t);
}

/**
 * `citations` keyed for the aligner (source position × target count + target position).
 *
 * @example
 * citationIndex(report, report.units, communique, communique.units).get(1 * communique.units.length + 2)?.dates // ['2016-02-01']
 */
export function citationIndex(
  source: { readonly units: readonly Unit[]; readonly date?: string },
  sources: readonly Unit[],
  target: { readonly units: readonly Unit[]; readonly date?: string },
  targets: readonly Unit[],
): Map<number, Citation> {
  const side = (doc: typeof source, units: readonly Unit[]): DatedSide => ({ units, all: doc.units, ...(doc.date ? { date: doc.date } : {}) });
  return new Map(citations(side(source, sources), side(target, targets)).map((c) => [c.s * targets.length + c.t, c]));
}

/**
 * Whether two clauses share a content term other than the words of a date: naming the
 * same day is a reference only between clauses on one subject — "the attacks of 22 March"
 * and "honour the victims of 22 March 2016" share the day, not what is said of it.
 *
 * @example
 * sharesSubject(prepared('pledged (1 February) to reinforce their cooperation'), prepared('cooperation formalised on 1 February 2016')) // true
 */
export function sharesSubject(a: PreparedClause, b: PreparedClause): boolean {
  for (let i = 0; i < a.termIds.length; i += 1) {
    if (positionOf(b, a.termIds[i]!) >= 0 && !isDateWord(a.surfaces[i]!)) return true;
  }
  return false;
}

interface Naming {
  readonly position: number;
  readonly span: string;
}

/** Day → the clauses naming it, with the stretch around it. */
function daysByClause(side: DatedSide): Map<string, Naming[]> {
  // Datelines and titles date the document; a clause's first date is as often a cited older one.
  const framing = side.all.filter((u) => u.kind !== 'clause');
  const anchor = documentDate(
    [...framing, ...side.all.filter((u) => u.kind === 'clause')].map((u) => u.text),
    side.date,
  );
  const days = new Map<string, Naming[]>();
  side.units.forEach((unit, position) => {
    const seen = new Set<string>();
    for (const mention of findDates(unit.text, anchor)) {
      if (seen.has(mention.iso)) continue;
      seen.add(mention.iso);
      const namings = days.get(mention.iso) ?? [];
      namings.push({ position, span: spanAround(unit.text, mention.start, mention.end) });
      days.set(mention.iso, namings);
    }
  });
  return days;
}

const BREAKS = /[,;:—–]/gu;

/** The text between the nearest comma, semicolon, colon or dash on either side of [start, end). */
function spanAround(text: string, start: number, end: number): string {
  let from = 0;
  for (const m of text.slice(0, start).matchAll(BREAKS)) from = m.index + 1;
  const after = text.slice(end).search(BREAKS);
  return text.slice(from, after < 0 ? text.length : end + after);
}

/**
 * Demonstratives that point back to something just named ("this joint declaration").
 * Words that are as often conjunctions or relatives ("that", "dat", "die") are left out.
 */
const DEMONSTRATIVES: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['this', 'these', 'those', 'such']),
  fr: new Set(['ce', 'cet', 'cette', 'ces', 'ledit', 'ladite', 'lesdits', 'lesdites']),
  nl: new Set(['deze', 'dit', 'dergelijke']),
  de: new Set(['diese', 'dieser', 'dieses', 'diesem', 'diesen', 'solche', 'solcher', 'solches']),
};
/** How far after the demonstrative its noun may come: "this [joint] declaration". */
const NOUN_WITHIN = 2;

/**
 * Whether `next` points back to what `cited` named — a demonstrative followed closely by
 * a content word of `cited` ("It is in the spirit of this joint declaration", after
 * "… formalised by a joint declaration of 1 February 2016") — and so goes on with the
 * same reference.
 *
 * @example
 * refersBack('It is in the spirit of this joint declaration', 'formalised by a joint declaration of 1 February 2016', 'en') // true
 */
export function refersBack(next: string, cited: string, language: Language): boolean {
  const wordsOf = (text: string): string[] => words(text, PHRASE_WORD).map((w) => w.toLowerCase());
  const named = new Set(
    wordsOf(cited)
      .filter((w) => !isStopWord(w, language))
      .map((w) => stem(w, language)),
  );
  const said = wordsOf(next);
  return said.some(
    (word, i) =>
      DEMONSTRATIVES[language].has(word) &&
      said.slice(i + 1, i + 1 + NOUN_WITHIN).some((w) => w.length > 3 && !isStopWord(w, language) && named.has(stem(w, language))),
  );
}

/**
 * A citation often runs on into the next clause, which points back to what was cited
 * ("… a joint declaration of 1 February 2016." — "It is in the spirit of this joint
 * declaration … to follow through on the strengthening of this cooperation"): that clause
 * joins the citing one, on either side, when no other link holds it and it points back to
 * the words around the cited day. `groups` hold unit positions, and `cited` is keyed as
 * `citationIndex` keys it. Returns the groups that grew.
 *
 * @example
 * continueCitations(groups, citationIndex(a, a.units, b, b.units), a.units, b.units, { source: 'en', target: 'en' }); // [{ source: [1], target: [2] }] → target [2, 3]
 */
export function continueCitations(
  groups: Group[],
  cited: ReadonlyMap<number, Citation>,
  sources: readonly Unit[],
  targets: readonly Unit[],
  languages: { readonly source: Language; readonly target: Language },
): Group[] {
  const grown: Group[] = [];
  const usedS = new Set(groups.flatMap((g) => g.source));
  const usedT = new Set(groups.flatMap((g) => g.target));
  for (const group of groups) {
    const citation = cited.get(group.source[0]! * targets.length + group.target[0]!);
    if (!citation || group.source.length > 1 || group.target.length > 1) continue;
    const sides = [
      { members: group.source, units: sources, used: usedS, span: citation.spans.source, language: languages.source },
      { members: group.target, units: targets, used: usedT, span: citation.spans.target, language: languages.target },
    ];
    for (const { members, units, used, span, language } of sides) {
      const next = members[0]! + 1;
      if (next >= units.length || used.has(next) || !refersBack(units[next]!.text, span, language)) continue;
      members.push(next);
      used.add(next);
      if (!grown.includes(group)) grown.push(group);
    }
  }
  return grown;
}
