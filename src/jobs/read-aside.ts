import { join } from 'node:path';
import { resourceLimits } from 'node:worker_threads';
import { AppError, OverloadedError } from '../errors';
import { alignForPledges } from '../pledges/compare';
import { fromPortable, portable, readDocument, type PledgeDocument, type PortableReading } from '../pledges/document-reading';
import { assessPledges } from '../pledges/verdicts';
import type { CompareOptions, Comparison, DatedDocument } from '../pledges';
import { createPool, type Pool, type PoolStats } from '../workers/pool';

/** Both documents of a comparison, as the pledge stage reads them. */
export interface ReadingTask {
  readonly source: PledgeDocument;
  readonly target: PledgeDocument;
}

export interface ReadingResult {
  readonly source: PortableReading;
  readonly target: PortableReading;
}

/** What the reading worker runs: the source first, so that its tokens go before the target's are made. */
export function readBoth(task: ReadingTask): ReadingResult {
  const source = portable(readDocument(task.source, 'source'));
  return { source, target: portable(readDocument(task.target, 'target')) };
}

/**
 * Clauses, both documents together, from which reading them on a second thread pays: below, sending them and their
 * readings across costs more than the reading saves (see the README's speed section for the measurement).
 */
export const READ_ASIDE_CLAUSES = 2_000;

/**
 * Compares two documents, reading them (a third of a large comparison's time) on a second thread while this one aligns
 * them: on two cores a large comparison takes the longer of the two, not their sum. The result is the same as
 * `compareSegmented`'s, to the byte: a document's reading depends on it alone. Small documents, and any failure of the
 * reading thread, are read here.
 */
export async function compareReadingAside(
  source: DatedDocument,
  target: DatedDocument,
  options: CompareOptions = {},
  minClauses: number = READ_ASIDE_CLAUSES,
): Promise<Comparison> {
  const clauses = (doc: DatedDocument): number => doc.units.filter((u) => u.kind === 'clause').length;
  const aside =
    clauses(source) + clauses(target) >= minClauses
      ? readers()
          .run({ source: pledgeDocument(source), target: pledgeDocument(target) })
          // The reading is done here instead: the answer is the same, only slower.
          .catch(() => undefined)
      : undefined;
  const { alignment, input } = alignForPledges(source, target, options);
  const read = await aside;
  return { ...alignment, ...assessPledges(read ? { ...input, read: { source: fromPortable(read.source), target: fromPortable(read.target) } } : input) };
}

const pledgeDocument = (doc: DatedDocument): PledgeDocument => ({ units: doc.units, language: doc.language, ...(doc.date ? { date: doc.date } : {}) });

let pool: Pool<ReadingTask, ReadingResult> | undefined;

/**
 * One reading worker for this thread, started by the first large comparison and kept: it loads the tagger's model
 * (~0.2 s), which a thread that only compares small documents never needs. It never holds the process open.
 */
function readers(): Pool<ReadingTask, ReadingResult> {
  pool ??= createPool<ReadingTask, ReadingResult>({
    name: 'read',
    dir: join(__dirname, 'reader'),
    size: 1,
    // The heap a job worker may use holds for the worker reading its documents too.
    ...(resourceLimits.maxOldGenerationSizeMb ? { heapMb: resourceLimits.maxOldGenerationSizeMb } : {}),
    // The comparison's own deadline stops the thread that waits for this one, and with it this worker (a worker's
    // workers end with it).
    deadlineMs: 10 * 60_000,
    queueWaitMs: 10 * 60_000,
    queueLength: 1,
    unrefWhenIdle: true,
    lateError: () => new AppError('internal', 'The reading took too long.'),
    waitError: () => new OverloadedError('The reading worker is busy.'),
    memoryError: () => new AppError('internal', 'The reading ran out of memory.'),
  });
  return pool;
}

/** The reading worker's pool, once started: warm, busy. */
export const readerStats = (): PoolStats | undefined => pool?.stats();

/** Stops the reading worker, if one was started: for tests and a clean exit. */
export async function closeReaders(): Promise<void> {
  const running = pool;
  pool = undefined;
  await running?.close();
}
