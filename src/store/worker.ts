/**
 * The SQLite store's own thread (threaded.ts). better-sqlite3 is synchronous:
 * on the request thread, storing a 20 MB comparison with its fsync held the
 * event loop about half a second, and reading it back a quarter. Here the
 * calls run one after another, in the order they were made.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createSqliteStore, type SqliteStoreOptions } from './sqlite';
import type { AlignmentStore } from './types';
import { ownBuffers } from '../workers/transfer';
import { type FromStoreThread, type StoreCall, toWire } from './wire';

if (!parentPort) throw new Error('store/worker.ts runs as a worker thread');
const port = parentPort;

const post = (message: FromStoreThread, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

/**
 * Bytes go back moved, not copied: a report, or a stored resource's JSON (20 MB for a large comparison). The stores
 * answer with byte arrays of their own, so moving them takes nothing from anyone.
 */
function answer(id: number, value: unknown): void {
  post({ id, ok: true, value }, ownBuffers(value));
}

async function main(): Promise<void> {
  let store: AlignmentStore;
  try {
    store = await createSqliteStore(workerData as SqliteStoreOptions);
  } catch (error) {
    post({ open: false, error: toWire(error) });
    return;
  }
  port.on('message', async ({ id, method, args }: StoreCall) => {
    try {
      const call = store[method] as (...a: readonly unknown[]) => Promise<unknown>;
      answer(id, await call(...args));
    } catch (error) {
      post({ id, ok: false, error: toWire(error) });
    }
  });
  post({ open: true });
}

void main();
