import { parentPort } from 'node:worker_threads';
import { JobRefused, runJob } from './run-job';
import type { Job, JobReply } from './types';

/** A worker thread: takes jobs one at a time and answers each with a value or a failure, never an exception. */
const port = parentPort;
if (!port) throw new Error('jobs/worker must run in a worker thread');
port.on('message', async (message: { id: number; job: Job }) => {
  let reply: JobReply<unknown>;
  try {
    reply = { id: message.id, ok: true, value: await runJob(message.job) };
  } catch (error) {
    const failure = error instanceof JobRefused ? error.failure : { code: 'internal' as const, detail: String((error as Error)?.message ?? error) };
    reply = { id: message.id, ok: false, failure };
  }
  port.postMessage(reply);
});
