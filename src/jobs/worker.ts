import { workerData } from 'node:worker_threads';
import { prepareEngines } from '../pledges/grammar/tagger';
import { useVectorsFile } from '../similarity/vectors';
import { serveTasks } from '../workers/serve';
import { runCompareJob, runJob } from './run-job';
import type { Job, LaneData } from './types';

const lane = workerData as LaneData | undefined;
useVectorsFile(lane?.vectorsFile);

/**
 * A job worker. Before it says it is ready it runs one small comparison, which
 * loads WordNet, the lexicon and the stemmers (0.6–0.9 s): a job's deadline
 * then measures the job, not the worker's start.
 */
serveTasks(
  (job: Job) => runJob(job),
  () => {
    if (lane?.lane === 'report') return;
    const text = { text: 'The ministers will reinforce their cooperation.' };
    runCompareJob({ kind: 'compare', source: text, target: text, options: {}, limits: { maxUnits: 10, maxUnitChars: 1_000, maxResultBytes: 1e6 } });
  },
  // Between jobs, the fresh tagging engines the next comparison's two documents will take.
  () => {
    if (lane?.lane !== 'report') prepareEngines();
  },
);
