import type { SourceIndex, TargetIndex } from '../align/types';

/** What became of a source pledge in the target. */
export const PLEDGE_STATUSES = ['completed', 'carried_forward', 'dropped'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

/**
 * How the target's version differs from the pledge: it reaches further
 * (`extended`: a railway PNR after a national one), less far (`narrowed`), or
 * turns it round (`negated`: "will not", "abandoned").
 */
export const QUALIFIERS = ['extended', 'narrowed', 'negated'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * What a clause does: commits to act (`commitment`), reports something done
 * (`completion`), or neither — a fact, context, a quotation about the threat.
 */
export const MOODS = ['commitment', 'completion', 'statement'] as const;
export type Mood = (typeof MOODS)[number];

/** How a clause was read, with the words that decided it. */
export interface Reading {
  readonly mood: Mood;
  /** The cue words as they appear in the clause (or its list's lead), `null` for a statement. */
  readonly cue: string | null;
  /** The clause says it will not be done, or was abandoned. */
  readonly negated: boolean;
  readonly negation: string | null;
  /** The cue came from the words introducing the list the clause is an item of. */
  readonly fromLead: boolean;
  /** It reports its authors launching something that will run ("launched a task force"): done, and undertaken anew. */
  readonly launch?: boolean;
  /** Its commitment is told in the past tense ("decided to", "agreed to"): dated before the text, it reports an earlier decision. */
  readonly past?: boolean;
}

export interface Evidence {
  readonly target: TargetIndex;
  /** The cue words in that target clause that decided the verdict. */
  readonly cue: string;
  /** 0–1: how likely this clause is the pledge's counterpart (see evidence.ts); evidence clears the model's firm level. */
  readonly strength: number;
}

/** A target clause that may continue the pledge but is too weak to decide anything: shown, never counted. */
export interface PossibleCounterpart {
  readonly target: TargetIndex;
  readonly strength: number;
}

export interface PledgeVerdict {
  readonly source: SourceIndex;
  /** Topic id (see `PledgeReport.topics` for its label): a watchlist topic it names, the documents' own key phrase it holds, or `null`. */
  readonly topic: string | null;
  readonly status: PledgeStatus;
  readonly qualifiers: readonly Qualifier[];
  /** 0–1: how firmly the words support the verdict; lower where the pledge can be read two ways. */
  readonly confidence: number;
  readonly evidence: readonly Evidence[];
  /** Weaker candidates, for a reader to check; they change no verdict. */
  readonly possible: readonly PossibleCounterpart[];
  /** The source pledge's own cue ("will", "pledged to"). */
  readonly cue: string;
}

export interface NewPledge {
  readonly target: TargetIndex;
  readonly topic: string | null;
  readonly confidence: number;
  readonly cue: string;
}

export type SummaryKey = PledgeStatus | 'new';

export interface PledgeSummary {
  readonly total: Readonly<Record<SummaryKey, number>>;
  /** Counts per topic id; pledges without a topic count under "other". */
  readonly byTopic: Readonly<Record<string, Readonly<Record<SummaryKey, number>>>>;
}

export interface PledgeReport {
  readonly pledges: readonly PledgeVerdict[];
  readonly newPledges: readonly NewPledge[];
  /** The label of every topic the verdicts name, by id. */
  readonly topics: Readonly<Record<string, string>>;
  readonly summary: PledgeSummary;
}

/** The part of a unit a reader needs: its words, and the words introducing its list. */
export interface ReadableUnit {
  readonly text: string;
  readonly lead?: string;
}

/** Reads a batch of clauses at once (the grammar reader tags them in one pass); see read.ts for the implementations. */
export interface ClauseReader {
  readAll(units: readonly ReadableUnit[]): Reading[];
}
