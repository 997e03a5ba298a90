import { documentYear, findDates, type Language, type Unit } from '../text';
import { isStopWord, stem } from '../similarity/stemmers';
import type { Group } from './anchored';

/**
 * Successive communiqués refer back to each other by date: the 2018 Franco-Belgian text
 * builds on "a joint declaration of 1 February 2016", which the 2016 report tells of as
 * "pledged on Monday (1 February) to reinforce their cooperation". The two clauses share
 * almost no words, but name the same day: the later one cites the earlier one's event.
 */

/** A source and a target clause (positions among the aligned units) naming the same days. */
export interface Citation {
  readonly s: number;
  readonly t: number;
  /** The days both name, ISO `YYYY-MM-DD`. */
  readonly dates: readonly string[];
}

/** The units being aligned, and everything the document's yearless dates are read against. */
export interface DatedSide {
  readonly units: readonly Unit[];
  /** Every unit of the document, datelines included: where its year is found when `date` is absent. */
  readonly all: readonly Unit[];
  readonly date?: string;
}

/**
 * A day named in more clauses than this on either side is a running subject of the
 * texts (the day of an attack both discuss at length), not a reference to one passage.
 */
const MOST_CLAUSES_PER_DAY = 2;

/**
 * The clause pairs that name the same day. A date without a year is read in the year
 * of its document (its `date`, or the first full date it names).
 *
 * @example
 * citations(report2016, communique2018) // [{ s: 0, t: 2, dates: ['2016-02-01'] }]
 */
export function citations(source: DatedSide, target: DatedSide): Citation[] {
  const sourceDays = daysByClause(source);
  const targetDays = daysByClause(target);
  const telling = (days: ReadonlyMap<string, number[]>, day: string): boolean => (days.get(day)?.length ?? 0) <= MOST_CLAUSES_PER_DAY;
  const found = new Map<number, { s: number; t: number; dates: string[] }>();
  for (const [day, ss] of sourceDays) {
    if (!telling(sourceDays, day) || !telling(targetDays, day)) continue;
    for (const s of ss) {
      for (const t of targetDays.get(day) ?? []) {
        const key = s * target.units.length + t;
        const citation = found.get(key) ?? { s, t, dates: [] };
        citation.dates.push(day);
        found.set(key, citation);
      }
    }
  }
  return [...found.values()].sort((a, b) => a.s - b.s || a.t - b.t);
}

/**
 * `citations` keyed for the aligner: source position × target count + target position → days.
 *
 * @example
 * citationIndex(report, report.units, communique, communique.units).get(1 * communique.units.length + 2) // ['2016-02-01']
 */
export function citationIndex(
  source: { readonly units: readonly Unit[]; readonly date?: string },
  sources: readonly Unit[],
  target: { readonly units: readonly Unit[]; readonly date?: string },
  targets: readonly Unit[],
): Map<number, readonly string[]> {
  const side = (doc: typeof source, units: readonly Unit[]): DatedSide => ({ units, all: doc.units, ...(doc.date ? { date: doc.date } : {}) });
  return new Map(citations(side(source, sources), side(target, targets)).map((c) => [c.s * targets.length + c.t, c.dates]));
}

/** Day → positions of the clauses naming it. */
function daysByClause(side: DatedSide): Map<string, number[]> {
  const year = documentYear(side.all.map((u) => u.text), side.date);
  const days = new Map<string, number[]>();
  side.units.forEach((unit, position) => {
    for (const day of new Set(findDates(unit.text, year).map((d) => d.iso))) {
      const clauses = days.get(day) ?? [];
      clauses.push(position);
      days.set(day, clauses);
    }
  });
  return days;
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
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

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
  const stems = (text: string): string[] => [...text.matchAll(WORD)].map((m) => m[0].toLowerCase());
  const named = new Set(stems(cited).filter((w) => !isStopWord(w, language)).map((w) => stem(w, language)));
  const words = stems(next);
  return words.some(
    (word, i) =>
      DEMONSTRATIVES[language].has(word) &&
      words.slice(i + 1, i + 1 + NOUN_WITHIN).some((w) => w.length > 3 && !isStopWord(w, language) && named.has(stem(w, language))),
  );
}

/**
 * A citation often runs on into the next clause, which points back to what was cited
 * ("… a joint declaration of 1 February 2016." — "It is in the spirit of this joint
 * declaration … to follow through on the strengthening of this cooperation"): that clause
 * joins the citing one, on either side, when no other link holds it. `groups` hold unit
 * positions, and `cited` is keyed as `citationIndex` keys it.
 *
 * @example
 * continueCitations(groups, citationIndex(a, a.units, b, b.units), a.units, b.units, 'en'); // [{ source: [1], target: [2] }] → target [2, 3]
 */
export function continueCitations(
  groups: Group[],
  cited: ReadonlyMap<number, unknown>,
  sources: readonly Unit[],
  targets: readonly Unit[],
  language: Language,
): void {
  const usedS = new Set(groups.flatMap((g) => g.source));
  const usedT = new Set(groups.flatMap((g) => g.target));
  for (const group of groups) {
    if (!cited.has(group.source[0]! * targets.length + group.target[0]!)) continue;
    const sides = [
      { members: group.source, units: sources, used: usedS },
      { members: group.target, units: targets, used: usedT },
    ];
    for (const { members, units, used } of sides) {
      const last = members[members.length - 1]!;
      const next = last + 1;
      if (next >= units.length || used.has(next) || !refersBack(units[next]!.text, units[last]!.text, language)) continue;
      members.push(next);
      used.add(next);
    }
  }
}
