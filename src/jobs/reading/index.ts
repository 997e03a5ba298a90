import { AppError } from '../../errors';
import {
  compareSegmented,
  compareSegmentedBeside,
  readDocuments,
  type Comparison,
  type CompareOptions,
  type DatedDocument,
  type ReadableDocument,
  type Readings,
} from '../../pledges';
import { createPool, type Pool } from '../../workers/pool';
import { readTask, type ReadTask } from './task';

/**
 * Clauses (both documents together) from which reading moves to a second thread while this one aligns. Below it,
 * sending the clauses there and the readings back costs more than reading them here (reading is about a fifth of a
 * comparison on real text: 1.2 s of 5.4 s at 10,000 clauses a side).
 */
export const READ_BESIDE_AT = 4_000;

/**
 * A comparison, read on a second thread when the documents are large: the result is `compareSegmented`'s either way,
 * only the time differs. A reading that fails over there (a crash, its memory cap) is done here instead.
 */
export function compareDocuments(source: DatedDocument, target: DatedDocument, options: CompareOptions = {}): Promise<Comparison> {
  const clauses = [source, target].reduce((n, d) => n + d.units.filter((u) => u.kind === 'clause').length, 0);
  if (clauses < READ_BESIDE_AT) return Promise.resolve(compareSegmented(source, target, options));
  return compareSegmentedBeside(source, target, options, readBeside);
}

let readers: Pool<ReadTask, Readings> | undefined;

/** Reads the documents on the reading thread, started on first use and kept for the next large comparison. */
export function readBeside(source: ReadableDocument, target: ReadableDocument): Promise<Readings> {
  readers ??= createPool<ReadTask, Readings>({
    name: 'read',
    dir: __dirname,
    size: 1,
    heapMb: 1_024,
    // The comparison that waits for it has its own deadline; this one only stops a reader that would never answer.
    deadlineMs: 120_000,
    queueWaitMs: 120_000,
    queueLength: 8,
    unrefWhenIdle: true,
    lateError: () => new AppError('internal', 'The reading thread did not answer.'),
    waitError: () => new AppError('internal', 'The reading thread was busy.'),
    memoryError: () => new AppError('internal', 'The reading thread ran out of memory.'),
  });
  return readers.run(readTask(source, target)).catch(() => readDocuments(source, target));
}

/** Stops the reading thread (tests, and a server shutting down). */
export async function closeReaders(): Promise<void> {
  const pool = readers;
  readers = undefined;
  await pool?.close();
}
