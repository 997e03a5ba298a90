/**
 * A later clause that names a year up to the source's ("We decided in 2016 to …") recalls a pledge of the source's
 * time rather than making one: it is no new pledge, and it is firm evidence for the pledge it most likely continues.
 */
import type { Unit } from '../text';
import type { Candidate } from './evidence';
import type { Reading } from './types';

export const yearOf = (date: string | undefined): number | undefined => Number(/(?<!\p{N})\p{N}{4}(?!\p{N})/u.exec(date ?? '')?.[0]) || undefined;

/** "We decided in 2016 to …", read in 2018 against a 2016 source: a pledge of the source's time, recalled, not a new one. */
export function recalls(text: string, sourceYear: number): boolean {
  return yearsNamed(text).some((year) => year <= sourceYear);
}

/** The years a clause names (1900–2099, standing alone as numbers). */
const yearsNamed = (text: string): number[] => [...text.matchAll(/(?<!\p{N})(?:19|20)\p{N}{2}(?!\p{N})/gu)].map((m) => Number(m[0]));

export const withLead = (unit: Unit): string => (unit.lead ? `${unit.lead} ${unit.text}` : unit.text);

/** The clause names the source's own year: "decided in 2016", read against a 2016 source (an older year may be any history). */
const namesYear = (text: string, year: number): boolean => yearsNamed(text).includes(year);

/**
 * A later clause that recalls a commitment made in the source's year ("We decided in 2016 to …") restates one of the
 * source's pledges, however differently worded: it is firm evidence for the pledge it most likely continues. One pass
 * over the weighed candidates: target clause → that pledge.
 */
export function recallingCounterparts(
  weighed: ReadonlyMap<number, readonly Candidate[]>,
  targets: ReadonlyMap<number, Unit>,
  readings: ReadonlyMap<number, Reading>,
  sourceYear: number | undefined,
): Map<number, number> {
  const best = new Map<number, { source: number; probability: number }>();
  if (sourceYear === undefined) return new Map();
  const recalling = new Map<number, boolean>();
  for (const [source, candidates] of weighed) {
    for (const c of candidates) {
      let recalled = recalling.get(c.target);
      if (recalled === undefined) {
        const unit = targets.get(c.target);
        recalled = readings.get(c.target)?.mood === 'commitment' && unit !== undefined && namesYear(withLead(unit), sourceYear);
        recalling.set(c.target, recalled);
      }
      if (recalled && (best.get(c.target)?.probability ?? -1) < c.probability) best.set(c.target, { source, probability: c.probability });
    }
  }
  return new Map([...best].map(([target, { source }]) => [target, source]));
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;
/** "May 16, 2022", "16 May 2022", "December 2022": a month and its year. */
const MONTH_YEAR = new RegExp(`${MONTH}(?:\\s+\\p{N}{1,2},?)?\\s+((?:19|20)\\p{N}{2})(?!\\p{N})`, 'giu');

/** Whether the clause dates something before the document's own month: a month and year, or a year, earlier than its date. */
export function datedBefore(text: string, date: string | undefined): boolean {
  const own = /((?:19|20)\p{N}{2})-(\p{N}{2})/u.exec(date ?? '');
  if (!own) return false;
  const [year, month] = [Number(own[1]), Number(own[2])];
  for (const m of text.matchAll(MONTH_YEAR)) {
    const y = Number(m[2]);
    if (y < year || (y === year && MONTHS.indexOf(m[1]!.toLowerCase()) + 1 < month)) return true;
  }
  return yearsNamed(text).some((y) => y < year);
}

/**
 * "On May 16, 2022, the leaders decided to …", in a text of December 2022: a commitment told in the past and dated
 * before the text reports a decision taken earlier, at another meeting; it is neither this text's pledge nor a new one.
 */
export const reportsEarlier = (reading: Reading | undefined, unit: Unit, date: string | undefined): boolean =>
  reading?.past === true && datedBefore(unit.text, date);
