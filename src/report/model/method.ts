/**
 * How the comparison was made, in two registers: what a journalist needs to
 * read the verdicts (what was compared, what each verdict means, how far to
 * trust them), and an appendix with the machinery for whoever checks it.
 */
import { EQUIVALENT_AT } from '../../align';
import type { AlignmentResource } from '../../resource';
import { USEFUL_DIFF_SHARE } from './pairs';
import { LOW_CONFIDENCE } from './verdicts';

export interface MethodNote {
  readonly heading: string;
  readonly text: string;
}

interface Named {
  readonly title: string;
  readonly dateText: string | null;
}

const named = (d: Named): string => `“${d.title}”${d.dateText ? ` (${d.dateText})` : ''}`;

export function methodology(resource: AlignmentResource, source: Named, target: Named): { methodology: MethodNote[]; appendix: MethodNote[] } {
  const o = resource.options;
  const share = Math.round(USEFUL_DIFF_SHARE * 100);
  return {
    methodology: [
      {
        heading: 'What was compared',
        text: `The earlier text, ${named(source)}, and the later one, ${named(target)}, sentence by sentence: each is cut into sentences and the parts of a sentence that stand on their own (after a semicolon, a colon, or as an item of a list). Headlines are compared too; bylines, datelines and boilerplate are set aside.`,
      },
      {
        heading: 'What counts as a pledge',
        text: 'A sentence of the earlier text in which its authors commit someone to act: a promise in the future tense (“will”), a verb of commitment (“pledged to”, “agreed to”), a task given to a group, or a promise reported (“said the government would”).',
      },
      {
        heading: 'What the verdicts mean',
        text: 'Completed: the later text reports the act done. Carried forward: the later text commits to it again — “widened” when its version reaches further, “narrowed” when it reaches less far. Dropped: the later text abandons it, or nothing in it continues the pledge firmly enough; when a sentence comes close, it is shown so you can judge. New: a commitment of the later text that continues none of the earlier pledges.',
      },
      {
        heading: 'How sure',
        text: `The verdicts come from matching words and meanings, not from a person reading both texts. Each has a confidence from 0 to 1; below ${LOW_CONFIDENCE} it is marked “check”. A pledge reworded beyond recognition can come out as dropped, and its successor as new: read the quoted evidence before relying on a verdict, above all a dropped or a new one.`,
      },
      {
        heading: 'The side by side',
        text: `Each pair of matching passages: first those the verdicts rest on, then the others, each group strongest first. Words only in the earlier text are struck through and words only in the later one underlined; where less than ${share} % of the wording is shared, that would be mostly marks, so the words the two have in common are highlighted instead.`,
      },
    ],
    appendix: [
      {
        heading: 'Clauses',
        text: `each document is cut into ${o.segmentation ?? 'clauses'} (sentences split further at semicolons, colons and list items); headings are aligned like clauses, while bylines, datelines and boilerplate are kept apart and never aligned.`,
      },
      {
        heading: 'Similarity',
        text: 'a linear model over TF-IDF cosine of stemmed words, WordNet synonym overlap, character-bigram Dice and a lexicon of EU justice-and-home-affairs aliases (Frontex, PNR, joint investigation teams …), fitted on the STS Benchmark training set.',
      },
      {
        heading: 'Alignment',
        text: `candidates from an inverted index, rescored; links need a score of at least ${o.threshold ?? 0.3} or a shared lexicon concept; two clauses on one subject that name the same day (a later text citing the earlier one’s event by its date) score 0.2 more, and the next clause joins their link when it points back with “this …”; ${o.monotone ? 'links keep document order' : 'links may cross (pledges move around)'}; adjacent clauses join a link when the joined text matches better (splits and merges). A link scoring ${EQUIVALENT_AT} or more is “equivalent”, below “partial”. A headline links only to a headline, to the other text’s first clause, or to a clause that says most of what it says.`,
      },
      {
        heading: 'Pledges and evidence',
        text: 'a source clause is a pledge when its main clause commits its subject to act; English is read from its grammar (parts of speech and lemmas from wink-nlp), French, Dutch and German from cue words. Each pledge’s best-matching target clauses are weighed by a logistic model of how likely each continues it (similarity, shared rare words, and what the clause does); those clearing a level fitted on annotated pairs are evidence, weaker ones are shown as possible and decide nothing, as are other clauses the aligner linked to the pledge.',
      },
      {
        heading: 'Confidence',
        text: `each verdict’s confidence is read off a calibration curve for its kind of verdict, fitted out of sample on annotated pairs; the “check” line is ${LOW_CONFIDENCE}, the same in every report.`,
      },
      {
        heading: 'Word diff',
        text: `insertions and deletions between the linked texts, shown when at least ${share} % of the longer text is unchanged; marked by colour and by underline (inserted) or strike-through (deleted), so it reads in black and white. Below that share the words that made the link (shared stems, synonym pairs) are highlighted and the lexicon concepts named.`,
      },
    ],
  };
}
