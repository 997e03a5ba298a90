/**
 * The SQLite store run on a thread of its own (worker.ts), behind the same
 * interface: what the server uses. Storing a comparison of two 2 MB documents
 * writes a 20 MB row and waits for its fsync; on the request thread that held
 * every other request (and /healthz) for about half a second, and reading it
 * back for a quarter. Here the request thread only hands the text over.
 *
 * If the thread dies, the calls waiting on it are refused and the next call
 * opens the database again on a new thread: SQLite's WAL leaves the file as
 * the last committed write left it.
 */
import type { Worker } from 'node:worker_threads';
import { startWorkerIn } from '../workers/start';
import { openState } from './record';
import type { SqliteStoreOptions } from './sqlite';
import type { AlignmentStore } from './types';
import { type FromStoreThread, fromWire, type StoreMethod } from './wire';

/** Seen by tests, and by whatever watches the service: each thread as it starts. */
export interface ThreadHooks {
  readonly onThread?: (worker: Worker) => void;
}

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Thread {
  readonly worker: Worker;
  /** Settles when the database is open on it: a refusal names why it could not be. */
  readonly opened: Promise<void>;
}

/**
 * @example
 * const store = await createThreadedSqliteStore({ dir: './data' });
 * await store.put(record); // resolves once the row is committed, fsync included
 */
export async function createThreadedSqliteStore(options: SqliteStoreOptions, hooks: ThreadHooks = {}): Promise<AlignmentStore> {
  const waiting = new Map<number, Waiting>();
  const state = openState();
  let nextId = 0;
  let thread: Thread | undefined;

  // The thread keeps the process alive only while a call waits on it, as a synchronous store would.
  const holdWhileWaiting = (worker: Worker): void => {
    if (waiting.size === 0) worker.unref();
    else worker.ref();
  };

  const start = (): Thread => {
    const worker = startWorkerIn(__dirname, { workerData: { ...options } });
    hooks.onThread?.(worker);
    let stopped: Error | undefined;
    const opened = new Promise<void>((resolve, reject) => {
      worker.on('message', (message: FromStoreThread) => {
        if ('open' in message) {
          if (message.open) resolve();
          else reject(fromWire(message.error));
          return;
        }
        const call = waiting.get(message.id);
        if (!call) return;
        waiting.delete(message.id);
        holdWhileWaiting(worker);
        if (message.ok) call.resolve(message.value);
        else call.reject(fromWire(message.error));
      });
      worker.on('error', (error) => {
        stopped = error;
      });
      worker.on('exit', (code) => {
        const why = new Error(`the alignment store's thread stopped (${stopped?.message ?? `exit code ${code}`})`);
        reject(why);
        if (thread?.worker === worker) thread = undefined;
        for (const call of waiting.values()) call.reject(why);
        waiting.clear();
      });
    });
    // Refusals are read through `opened`; this only keeps an unawaited one from being reported as unhandled.
    opened.catch(() => undefined);
    return { worker, opened };
  };

  const call = async <T>(method: StoreMethod, ...args: readonly unknown[]): Promise<T> => {
    state.check();
    thread ??= start();
    const { worker, opened } = thread;
    await opened;
    return new Promise<T>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      holdWhileWaiting(worker);
      worker.postMessage({ id, method, args });
    });
  };

  thread = start();
  try {
    await thread.opened;
  } catch (error) {
    await thread?.worker.terminate();
    throw error;
  }

  return {
    put: (record, quotaBytes) => call('put', record, quotaBytes),
    get: (id, owner) => call('get', id, owner),
    head: (id, owner) => call('head', id, owner),
    findByKey: (key, owner) => call('findByKey', key, owner),
    list: (owner, page) => call('list', owner, page),
    delete: (id, owner) => call('delete', id, owner),
    usage: (owner) => call('usage', owner),
    deleteOlderThan: (createdBefore) => call('deleteOlderThan', createdBefore),
    putReport: (id, format, bytes, quotaBytes) => call('putReport', id, format, bytes, quotaBytes),
    getReport: (id, format) => call('getReport', id, format),
    async close(): Promise<void> {
      if (!state.close()) return;
      const open = thread;
      thread = undefined;
      if (!open) return;
      // Calls already made finish first: each posts once the thread is open, in the order made, and the thread answers in
      // order; waiting for the opening here too puts the close after them.
      await open.opened.catch(() => undefined);
      await new Promise<void>((resolve) => {
        const id = nextId++;
        waiting.set(id, { resolve: () => resolve(), reject: () => resolve() });
        holdWhileWaiting(open.worker);
        open.worker.postMessage({ id, method: 'close', args: [] });
      });
      await open.worker.terminate();
    },
  };
}
