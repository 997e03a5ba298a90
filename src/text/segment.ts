import { groupBlocks, type Block } from './blocks';
import { splitClauses, type ClauseSpan } from './clauses';
import { guessLanguage } from './detect-language';
import { PROFILES, type LanguageProfile } from './languages';
import { looksLikeTitle, scanLines, type Line } from './lines';
import { splitSentences } from './sentences';
import type { Language, SegmentationMode, SegmentedDocument, SegmentOptions, Segmenter, Span, Unit, UnitKind } from './types';

interface Draft extends Span {
  readonly kind: UnitKind;
  readonly lead?: Span;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

const lineKindToUnit: Record<Exclude<Line['kind'], 'blank'>, UnitKind> = {
  text: 'clause',
  item: 'clause',
  heading: 'heading',
  meta: 'meta',
  boilerplate: 'boilerplate',
};

/** One unit per non-empty line, for text that is already segmented (one sentence a line). */
export const lineSegmenter: Segmenter = {
  mode: 'lines',
  segment(text, language) {
    const drafts = scanLines(text, language)
      .filter((line) => line.kind !== 'blank')
      .map(
        (line): Draft => ({
          start: line.content.start,
          end: line.content.end,
          kind: lineKindToUnit[line.kind as Exclude<Line['kind'], 'blank'>],
        }),
      );
    return toUnits(text, drafts);
  },
};

/** One unit per sentence; bulleted items still carry their list's lead. */
export const sentenceSegmenter: Segmenter = {
  mode: 'sentences',
  segment: (text, language) => toUnits(text, draftBlocks(text, language, false)),
};

/** The default: sentences cut further into the clauses a reader would point at (one pledge a unit). */
export const clauseSegmenter: Segmenter = {
  mode: 'clauses',
  segment: (text, language) => toUnits(text, draftBlocks(text, language, true)),
};

export const SEGMENTERS: Readonly<Record<SegmentationMode, Segmenter>> = {
  clauses: clauseSegmenter,
  sentences: sentenceSegmenter,
  lines: lineSegmenter,
};

/**
 * Cuts a document into units with exact offsets into `text`.
 *
 * @example
 * const doc = segment('France and Belgium pledged to act. They met in Brussels.');
 * doc.language       // 'en'
 * doc.units[1].text  // 'They met in Brussels.'
 */
export function segment(text: string, options: SegmentOptions = {}): SegmentedDocument {
  const language = options.language ?? guessLanguage(text).language;
  return { language, units: SEGMENTERS[options.mode ?? 'clauses'].segment(text, language) };
}

function draftBlocks(text: string, language: Language, cutClauses: boolean): Draft[] {
  const profile = PROFILES[language];
  const drafts: Draft[] = [];
  // The sentence ending in ':' that introduces the bulleted items after it ("…have resolved:").
  let listLead: Span | undefined;
  for (const block of groupBlocks(scanLines(text, language))) {
    if (block.kind === 'meta' || block.kind === 'boilerplate') {
      drafts.push({ start: block.start, end: block.end, kind: block.kind });
      listLead = undefined;
    } else if (block.kind === 'heading' || (block.kind === 'paragraph' && isTitle(text, block))) {
      drafts.push({ start: block.start, end: block.end, kind: 'heading' });
      // A heading opens a new section, and a list introduced before it does not run on into the items under it ("Annex I",
      // "Next steps"); a numbered heading or one that ends in a dash or colon heads a part of that list ("2. At European level —").
      if (!partOfList(text.slice(block.start, block.end))) listLead = undefined;
    } else {
      const sentences = splitSentences(text, block.start, block.end, profile);
      const outer = block.kind === 'item' ? listLead : undefined;
      sentences.forEach((sentence, k) => {
        for (const draft of sentenceDrafts(text, sentence, profile, cutClauses, outer, k > 0)) drafts.push(draft);
      });
      if (block.kind === 'paragraph') listLead = sentenceIntroducesList(text, sentences.at(-1)) ? sentences.at(-1) : undefined;
      // An item ending in ":" outside any list introduces one of its own ("5. … the following work-streams:"); inside a
      // list, its sub-items keep the list's lead, which the item's own words only narrow.
      else if (!listLead && sentenceIntroducesList(text, sentences.at(-1))) listLead = sentences.at(-1);
    }
  }
  return drafts;
}

/**
 * The drafts of one sentence. Under a bulleted list, the list's lead goes to the item: to its first sentence and its
 * pieces, and to each later sentence as a whole (its first clause), which the reader reads through the lead or on its
 * own. The further pieces of a later sentence ("Concerns include – among others – A; the rise of B; and C") are not
 * items of that list but parts of their own sentence: they keep only the lead cut from it, if any, and otherwise read
 * on their own.
 */
function sentenceDrafts(
  text: string,
  sentence: Span,
  profile: LanguageProfile,
  cutClauses: boolean,
  outerLead: Span | undefined,
  laterInItem: boolean,
): Draft[] {
  const continues = outerLead !== undefined && profile.continuesLead(text.slice(sentence.start, sentence.end));
  const clauses: ClauseSpan[] = cutClauses ? splitClauses(text, sentence.start, sentence.end, profile) : [sentence];
  return clauses.map((clause, k) => {
    const own = clause.leadFrom === 'introducer' || (laterInItem && k > 0);
    const lead = own ? clause.lead : continues ? outerLead : clause.lead;
    return lead ? { start: clause.start, end: clause.end, kind: 'clause', lead } : { start: clause.start, end: clause.end, kind: 'clause' };
  });
}

function isTitle(text: string, block: Block): boolean {
  return block.lineCount === 1 && looksLikeTitle(text, block);
}

const partOfList = (heading: string): boolean => /^\s*(?:\p{N}{1,3}|\p{L})[.)]\s/u.test(heading) || /[—–:-]\s*$/u.test(heading);

/** A text ending in a colon ("France and Belgium have resolved:") introduces the list after it, whose items complete what it says. */
export const introducesList = (text: string): boolean => /:\s*$/u.test(text);

/**
 * A list lead that announces examples ("… measures in Europe such as:", "… including:"): it says its own act, and what
 * follows illustrates it, where a lead such as "we commit to:" says its act only through its items.
 */
export const introducesExamples = (text: string): boolean => /\b(?:including|such as|namely|notably|for example|e\.g\.)\s*:\s*$/iu.test(text);

function sentenceIntroducesList(text: string, sentence: Span | undefined): boolean {
  // A sentence is trimmed, so its last characters decide, without slicing a long sentence whole.
  return sentence !== undefined && introducesList(text.slice(Math.max(sentence.start, sentence.end - 4), sentence.end));
}

function toUnits(text: string, drafts: readonly Draft[]): Unit[] {
  // A run of only punctuation or symbols ("* * *", "—") says nothing to align, so it is not a unit.
  const meaningful = drafts.filter((draft) => HAS_WORD.test(text.slice(draft.start, draft.end)));
  // Units are built field by field: object spread here cost more than all of segmentation on line-heavy input.
  return meaningful.map((draft, index): Unit => {
    const textOf = text.slice(draft.start, draft.end);
    if (!draft.lead) return { index, text: textOf, start: draft.start, end: draft.end, kind: draft.kind };
    const lead = text.slice(draft.lead.start, draft.lead.end);
    return { index, text: textOf, start: draft.start, end: draft.end, kind: draft.kind, lead };
  });
}
