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
import { ownBytes } from '../workers/transfer';
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
  /** Resolves when the thread has stopped, however. */
  readonly exited: Promise<void>;
  alive: boolean;
}

/**
 * @example
 * const store = await createThreadedSqliteStore({ dir: `/tmp/alignments-example-${process.pid}` });
 * const json = Buffer.from('{"links":[]}');
 * await store.put({ id: 'a1', createdAt: new Date().toISOString(), key: 'k', owner: '', json, sourceTitle: null, targetTitle: null }); // 'stored'
 * Buffer.from((await store.get('a1', ''))!.json).toString(); // '{"links":[]}'
 * await store.close();
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
    let stopped: Error | undefined;
    let exit!: () => void;
    const exited = new Promise<void>((resolve) => {
      exit = resolve;
    });
    let opening!: { resolve(): void; reject(error: Error): void };
    const opened = new Promise<void>((resolve, reject) => {
      opening = { resolve, reject };
    });
    const started: Thread = { worker, opened, exited, alive: true };
    worker.on('message', (message: FromStoreThread) => {
      if ('open' in message) {
        holdWhileWaiting(worker);
        if (message.open) opening.resolve();
        else opening.reject(fromWire(message.error));
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
      started.alive = false;
      const why = new Error(`the alignment store's thread stopped (${stopped?.message ?? `exit code ${code}`})`);
      opening.reject(why);
      if (thread === started) thread = undefined;
      for (const call of waiting.values()) call.reject(why);
      waiting.clear();
      exit();
    });
    // Refusals are read through `opened`; this only keeps an unawaited one from being reported as unhandled.
    opened.catch(() => undefined);
    hooks.onThread?.(worker);
    return started;
  };

  /** One call on a thread; refused at once if the thread has stopped or the arguments cannot be sent to it. */
  const post = <T>(on: Thread, method: StoreMethod, args: readonly unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (!on.alive) {
        reject(new Error("the alignment store's thread stopped"));
        return;
      }
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      holdWhileWaiting(on.worker);
      try {
        on.worker.postMessage({ id, method, args });
      } catch (error) {
        // A value structured clone cannot copy (a function, a symbol): the caller's mistake, as the other stores' TypeErrors.
        waiting.delete(id);
        holdWhileWaiting(on.worker);
        reject(new TypeError(`${method} was given a value that cannot be stored (${error instanceof Error ? error.message : String(error)})`));
      }
    });

  const call = async <T>(method: StoreMethod, ...args: readonly unknown[]): Promise<T> => {
    state.check();
    thread ??= start();
    const on = thread;
    await on.opened;
    return post<T>(on, method, args);
  };

  thread = start();
  try {
    await thread.opened;
  } catch (error) {
    await thread?.worker.terminate();
    throw error;
  }

  return {
    put: (record, quotaBytes) => call('put', { ...record, json: ownBytes(record.json) }, quotaBytes),
    get: (id, owner) => call('get', id, owner),
    head: (id, owner) => call('head', id, owner),
    findByKey: (key, owner) => call('findByKey', key, owner),
    list: (owner, page) => call('list', owner, page),
    delete: (id, owner) => call('delete', id, owner),
    usage: (owner) => call('usage', owner),
    deleteOlderThan: (createdBefore) => call('deleteOlderThan', createdBefore),
    // Copied, not moved (the caller still sends them); a clone copies a view's whole buffer, so a view goes as its own copy.
    putReport: (id, format, bytes, quotaBytes) => call('putReport', id, format, ownBytes(bytes), quotaBytes),
    getReport: (id, format, owner) => call('getReport', id, format, owner),
    async close(): Promise<void> {
      if (!state.close()) return;
      const open = thread;
      thread = undefined;
      if (!open) return;
      // Calls already made finish first: each posts once the thread is open, in the order made, and the thread answers in
      // order; waiting for the opening here too puts the close after them. A thread that stops meanwhile ends it too.
      await open.opened.catch(() => undefined);
      await Promise.race([post(open, 'close', []).catch(() => undefined), open.exited]);
      await open.worker.terminate();
    },
  };
}
