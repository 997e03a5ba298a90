import { forgetTagged } from '../../pledges/grammar/tagger';
import { readDocuments } from '../../pledges/read';
import { serveTasks } from '../../workers/serve';
import type { ReadTask } from './task';

/**
 * A reading worker: reads every clause of two documents (tagging and grammar) while the thread that asked aligns
 * them. Before it says it is ready it reads one clause, which loads the English tagger's model.
 */
serveTasks(
  (task: ReadTask) => {
    // The tagged texts are kept for a comparison's second look (its topics), which happens on the other thread:
    // here they would only hold memory between comparisons.
    const readings = readDocuments(task.source, task.target);
    forgetTagged();
    return readings;
  },
  () => readDocuments({ units: [{ index: 0, kind: 'clause', text: 'We will act.' }], language: 'en' }, { units: [], language: 'en' }),
);
