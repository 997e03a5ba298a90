import { asSource, asTarget, type Link } from '../../src/align';
import { readClause } from '../../src/pledges';
import type { EvidenceModel } from '../../src/pledges/evidence';
import { type Language, segment } from '../../src/text';

/** An English clause's mood, read alone or as an item under a list's lead. */
export const moodOf = (text: string, lead?: string) => readClause(lead ? { text, lead } : { text }, 'en').mood;

/** A document of one unit per line, as the pledge stage takes it. */
export const doc = (lines: string[], language: Language = 'en') => ({
  units: segment(lines.join('\n'), { mode: 'lines', language }).units,
  language,
});

/** A link between unit indices, as the aligner would give it; the pledge stage reads source, target and score. */
export const link = (s: number, t: number, score = 0.8): Link => ({
  source: [asSource(s)],
  target: [asTarget(t)],
  score,
  relation: 'partial',
  explanation: {
    signals: { tfidf: 0, wordnet: 0, dice: 0, vectors: 0, concepts: 0 },
    features: {} as never,
    sharedTerms: [],
    synonyms: [],
    aliases: [],
    citations: [],
  },
  diff: null,
});

/**
 * The verdict logic under a plain evidence model — a counterpart's strength is its link score, firm from 0.5,
 * possible from 0.2 — so tests say what the verdicts do, whatever weights the fitted model has.
 */
export const BY_SCORE: EvidenceModel = {
  bias: -5,
  weights: {
    score: 10,
    relative: 0,
    gap: 0,
    rank: 0,
    cover: 0,
    rarest: 0,
    concept: 0,
    mutual: 0,
    linked: 0,
    commits: 0,
    reports: 0,
    topic: 0,
    topicGap: 0,
    near: 0,
  },
  firm: 0.5,
  possible: 0.2,
};
