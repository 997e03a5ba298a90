export { assessPledges, PLEDGE_STAGES, type PledgeDocument, type PledgeInput, type PledgeStage } from './verdicts';
export { readClause, type ReadableUnit } from './read';
export { CUES, type CueLanguage, type CueTable, type QualifierCues } from './cues';
export { DEFAULT_TOPICS, topicFinder, type Topic, type TopicFinder } from './topics';
export * from './types';
export { compareSegmented, compareTexts, type Comparison, type CompareOptions, type DatedDocument, type DatedInput } from './compare';
export { traceSegmented, traceTexts, type TraceStep, type Trajectory, type Traces, type TracedDocument } from './traces';
