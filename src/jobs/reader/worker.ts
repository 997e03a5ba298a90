import { segmentInput } from '../../align';
import { prepareEngines } from '../../pledges/grammar/tagger';
import { serveTasks } from '../../workers/serve';
import { readBoth, type ReadingTask } from '../read-aside';

/**
 * A reading worker: reads a comparison's two documents (part of speech, lemma, every clause's reading) while the job
 * worker that asked aligns them. Before it says it is ready it reads one sentence, which loads the tagger's model.
 */
serveTasks(
  (task: ReadingTask) => readBoth(task),
  () => {
    const sentence = segmentInput({ text: 'We will meet again next year.' });
    readBoth({ source: sentence, target: sentence });
  },
  () => prepareEngines(),
);
