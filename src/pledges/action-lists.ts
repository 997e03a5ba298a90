/**
 * Action lists with no lead to commit for them. A joint statement that reports a meeting often sets out what its
 * members undertake as a run of verbless items under a heading, each opening with a gerund ("Key Deliverables",
 * then "Launching a platform …", "Creating a shared blacklist …"). Each item names an act of the authors, but read
 * alone it has no verb to commit with, and no lead says "we will" for it. Parallel items make the list: prose does
 * not open sentence after sentence with a gerund, and a lone sentence with a gerund subject ("Building resilience
 * requires …") says something about the act, not that anyone undertakes it.
 */
import { sectionHeadings } from './sections';
import type { Reading } from './types';
import type { Unit } from '../text';

/** A capitalised word in -ing opening the clause: the gerund that names the item's act. */
const GERUND = /^\p{Lu}\p{Ll}{2,}ing\b/u;
/** Words in -ing that open a clause without naming an act: prepositions and pronouns. */
const NOT_ACTS = new Set(['during', 'nothing', 'something', 'anything', 'everything', 'notwithstanding', 'including', 'regarding', 'concerning', 'according']);
/** How many such items in a row make a list. */
const MIN_ITEMS = 2;

/**
 * A participle fronted before its sentence's subject ("Recognizing the threat, the leaders discussed …", "Noting the
 * progress, we welcomed …"): the sentence has a verb of its own, and the -ing word is not the item's act.
 */
const FRONTED = /^[^,;:]+,\s+(?:we|they|the|our|their|both|all|each|these|those|this|it|he|she)\b/iu;

const opensWithAct = (unit: Unit): boolean => {
  const word = GERUND.exec(unit.text)?.[0];
  return word !== undefined && !NOT_ACTS.has(word.toLowerCase()) && !FRONTED.test(unit.text);
};

/**
 * The readings of English clauses, with each item of such a list read as a commitment, its gerund the cue. Only items
 * read as statements change: one with a lead, or a verb that commits or reports, has its reading already.
 */
export function readActionLists(units: readonly Unit[], readings: ReadonlyMap<number, Reading>): Map<number, Reading> {
  const out = new Map(readings);
  const headed = sectionHeadings(units);
  const isItem = (unit: Unit): boolean =>
    unit.kind === 'clause' && unit.lead === undefined && headed.has(unit.index) && readings.get(unit.index)?.mood === 'statement' && opensWithAct(unit);
  let run: Unit[] = [];
  const close = (): void => {
    if (run.length >= MIN_ITEMS)
      for (const unit of run) out.set(unit.index, { ...readings.get(unit.index)!, mood: 'commitment', cue: GERUND.exec(unit.text)![0] });
    run = [];
  };
  for (const unit of units) {
    if (isItem(unit)) run.push(unit);
    else close();
  }
  close();
  return out;
}
