/**
 * What the store on its own thread adds to the contract (store.contract.test.ts): the request thread is free while a
 * large row is written, a database that cannot be opened is refused with the reason the server explains, and a thread
 * that dies costs the calls waiting on it, not the store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { createSqliteStore, createThreadedSqliteStore, DEFAULT_SQLITE_FILE, type NewAlignment } from '../../src/store';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-thread-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const record = (id: string, json = '{"links":[]}'): NewAlignment => ({
  id,
  createdAt: new Date().toISOString(),
  key: `key-${id}`,
  owner: '',
  json,
  sourceTitle: null,
  targetTitle: null,
});

/** A comparison's size: two 2 MB documents make a resource of about 20 MB. */
const large = (): string => JSON.stringify({ clauses: Array.from({ length: 200_000 }, (_, i) => ({ i, text: `clause ${i} of a long document` })) });

/** Whether a timer set just after the call fires before the call settles: never, when the work runs on this thread. */
async function timerFiresDuring(work: () => Promise<unknown>): Promise<boolean> {
  let fired = false;
  const settled = work();
  setImmediate(() => {
    fired = true;
  });
  await settled;
  return fired;
}

describe('the SQLite store on its own thread', () => {
  it('leaves the request thread free while a 20 MB row is written and read back', async () => {
    const json = large();
    const threaded = await createThreadedSqliteStore({ dir: tempDir() });
    const inline = await createSqliteStore({ dir: tempDir() });
    try {
      expect(await timerFiresDuring(() => threaded.put(record('big', json)))).toBe(true);
      expect(await timerFiresDuring(() => threaded.get('big', ''))).toBe(true);
      expect((await threaded.get('big', ''))?.json).toBe(json);
      // The same write on the request thread holds it: the timer waits for the write.
      expect(await timerFiresDuring(() => inline.put(record('big', json)))).toBe(false);
    } finally {
      await threaded.close();
      await inline.close();
    }
  });

  it('refuses a DATA_DIR that is a file with the code the server explains it by', async () => {
    const file = path.join(tempDir(), 'not-a-dir');
    fs.writeFileSync(file, 'x');
    await expect(createThreadedSqliteStore({ dir: file })).rejects.toMatchObject({ code: expect.stringMatching(/^(EEXIST|ENOTDIR)$/) });
  });

  it('refuses a database from a newer version, in the words the inline store uses', async () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, DEFAULT_SQLITE_FILE));
    db.pragma('user_version = 99');
    db.close();
    await expect(createThreadedSqliteStore({ dir })).rejects.toThrow(/schema version 99; this build reads up to/);
  });

  it('refuses the calls waiting on a thread that dies, and opens the database again on the next call', async () => {
    const threads: Worker[] = [];
    const store = await createThreadedSqliteStore({ dir: tempDir() }, { onThread: (w) => threads.push(w) });
    try {
      await store.put(record('kept'));
      const waiting = store.put(record('lost', large()));
      await threads[0]!.terminate();
      await expect(waiting).rejects.toThrow(/store's thread stopped/);
      expect((await store.get('kept', ''))?.json).toBe('{"links":[]}');
      expect(threads).toHaveLength(2);
    } finally {
      await store.close();
    }
  });

  it('closes after the calls already made, and refuses every call after', async () => {
    const store = await createThreadedSqliteStore({ dir: tempDir() });
    const puts = [store.put(record('a')), store.put(record('b'))];
    await store.close();
    await expect(Promise.all(puts)).resolves.toEqual(['stored', 'stored']);
    await expect(store.get('a', '')).rejects.toThrow(/closed/);
  });
});
