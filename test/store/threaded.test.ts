/**
 * What the store on its own thread adds to the contract (store.contract.test.ts): SQLite never runs on the request
 * thread, even for a large row; a database that cannot be opened is refused with the reason the server explains; and a
 * thread that dies costs the calls waiting on it, not the store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
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

const record = (id: string, text = '{"links":[]}'): NewAlignment => ({
  id,
  createdAt: new Date().toISOString(),
  key: `key-${id}`,
  owner: '',
  json: new Uint8Array(Buffer.from(text)),
  sourceTitle: null,
  targetTitle: null,
});

/** A comparison's size: two 2 MB documents make a resource of about 20 MB, with the typographic quotes of real text. */
const large = (): string =>
  JSON.stringify({ clauses: Array.from({ length: 400_000 }, (_, i) => ({ i, text: `clause ${i} of the leaders’ “long” document` })) });

describe('the SQLite store on its own thread', () => {
  it('writes and reads a 20 MB row whole, and SQLite never runs on the request thread: no statement, no pragma, no fsync', async () => {
    // The thread loads its own copy of better-sqlite3: spies on this thread's copy see only work done here.
    const prepare = jest.spyOn(Database.prototype, 'prepare');
    const pragma = jest.spyOn(Database.prototype, 'pragma');
    try {
      const json = large();
      const threaded = await createThreadedSqliteStore({ dir: tempDir() });
      try {
        expect(await threaded.put(record('big', json))).toBe('stored');
        expect(Buffer.from((await threaded.get('big', ''))!.json).toString()).toBe(json);
      } finally {
        await threaded.close();
      }
      expect(prepare).not.toHaveBeenCalled();
      expect(pragma).not.toHaveBeenCalled();
      // The spies do see a store that works on this thread.
      const inline = await createSqliteStore({ dir: tempDir() });
      await inline.put(record('small'));
      await inline.close();
      expect(prepare).toHaveBeenCalled();
      expect(pragma).toHaveBeenCalled();
    } finally {
      prepare.mockRestore();
      pragma.mockRestore();
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
      // Once the call is posted (it waits a turn for the opening), the thread goes while it holds it.
      await new Promise((r) => setImmediate(r));
      await threads[0]!.terminate();
      await expect(waiting).rejects.toThrow(/store's thread stopped/);
      expect(Buffer.from((await store.get('kept', ''))!.json).toString()).toBe('{"links":[]}');
      expect(threads).toHaveLength(2);
    } finally {
      await store.close();
    }
  });

  it('closes even when the thread it reopened stops before it is open', async () => {
    const threads: Worker[] = [];
    const store = await createThreadedSqliteStore({ dir: tempDir() }, { onThread: (w) => threads.push(w) });
    await threads[0]!.terminate();
    const reopening = store.get('x', '').catch((e: unknown) => e);
    const closing = store.close();
    await threads[1]!.terminate();
    await expect(closing).resolves.toBeUndefined();
    expect(await reopening).toBeInstanceOf(Error);
  });

  it('refuses a value it cannot send with a TypeError, and lets the process exit when idle, closed or not', () => {
    // A child process: whether the thread holds the process open shows only there.
    const script = [
      "const { createThreadedSqliteStore } = require('./src/store');",
      '(async () => {',
      `  const store = await createThreadedSqliteStore({ dir: ${JSON.stringify(tempDir())} });`,
      "  const sent = await store.put({ id: 'f', createdAt: new Date().toISOString(), key: 'k', owner: '', json: Buffer.from('{}'), sourceTitle: null, targetTitle: null, extra: () => 1 }).catch((e) => e);",
      "  console.log(sent instanceof TypeError ? 'TypeError' : String(sent));",
      '})();',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), '-e', script], {
      cwd: path.join(__dirname, '..', '..'),
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('TypeError');
    expect(run.status).toBe(0);
  });

  it('closes after the calls already made, and refuses every call after', async () => {
    const store = await createThreadedSqliteStore({ dir: tempDir() });
    const puts = [store.put(record('a')), store.put(record('b'))];
    await store.close();
    await expect(Promise.all(puts)).resolves.toEqual(['stored', 'stored']);
    await expect(store.get('a', '')).rejects.toThrow(/closed/);
  });
});
