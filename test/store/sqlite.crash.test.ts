/**
 * A kill -9 in the middle of a write must leave the store readable, with every
 * committed record whole and no trace of the torn one.
 *
 * A child process (test/store/fixtures/kill-writer.ts, run by tsx's loader in
 * the same Node process, so the signal reaches the writer itself) puts 8 MB
 * resources in a loop. To kill it inside a transaction rather than between
 * two, the test watches the WAL: after a checkpoint, a transaction's first
 * frame comes with a fresh WAL header (new salts), and otherwise frames are
 * appended, so a first frame carrying the header's new salts, or a longer
 * file, means a transaction is being written. Its ~2,000 frames and the fsync
 * take over 100 ms here, against microseconds from seeing that to the kill.
 * The assertions hold wherever the kill lands; the WAL is inspected afterwards
 * only to prove that the torn case is the one tested.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteStore, DEFAULT_SQLITE_FILE } from '../../src/store';
import { digest } from './fixtures/kill-writer';

const ROOT = path.resolve(__dirname, '../..');
const WRITER = path.join(__dirname, 'fixtures', 'kill-writer.ts');
const MEGABYTES = 8;
const ROUNDS = 3;

interface Outcome {
  readonly done: ReadonlySet<string>;
  readonly started: readonly string[];
  /** The WAL ended in frames of a transaction that never committed. */
  readonly torn: boolean;
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

it('survives SIGKILL mid-write: opens, lists only whole records, all of them fetchable', async () => {
  const outcomes: Outcome[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-crash-'));
    dirs.push(dir);
    // Later rounds let more puts commit first, so the kill lands on different checkpoints.
    const outcome = await writeAndKill(dir, 2 + round);
    outcomes.push(outcome);
    await checkStore(dir, outcome);
  }
  // Each round is meant to be torn; asking for one of three keeps a loaded machine from failing the test.
  expect(outcomes.some((o) => o.torn)).toBe(true);
}, 120_000);

async function checkStore(dir: string, { done, started, torn }: Outcome): Promise<void> {
  const store = await createSqliteStore({ dir });
  let ids: string[];
  try {
    const page = await store.list('', { limit: 1000, offset: 0 });
    ids = page.items.map((item) => item.id);
    expect(page.total).toBe(ids.length);
    for (const id of ids) {
      const got = await store.get(id, '');
      const resource = JSON.parse(Buffer.from(got!.json).toString('utf8')) as { id: string; blocks: string[]; sha256: string };
      expect(resource.id).toBe(id);
      expect(resource.blocks).toHaveLength(MEGABYTES);
      expect(digest(resource.blocks)).toBe(resource.sha256);
    }
  } finally {
    await store.close();
  }
  // Every put that resolved is durable; nothing appears that was never begun.
  for (const id of done) expect(ids).toContain(id);
  for (const id of ids) expect(started).toContain(id);
  // At most the put in flight may have committed without saying so.
  expect(ids.length - done.size).toBeLessThanOrEqual(1);
  const inFlight = started.find((id) => !done.has(id));
  if (torn && inFlight !== undefined) expect(ids).not.toContain(inFlight);

  // Below the API: the file is sound and holds exactly the rows listed, each whole JSON.
  const raw = new Database(path.join(dir, DEFAULT_SQLITE_FILE), { readonly: true });
  try {
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = raw.prepare<[], { id: string; resource: string }>('SELECT id, resource FROM alignments').all();
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    for (const row of rows) expect(() => JSON.parse(row.resource)).not.toThrow();
  } finally {
    raw.close();
  }
}

/** Runs the writer until `warmup` puts have committed, then kills it once the next transaction writes to the WAL. */
function writeAndKill(dir: string, warmup: number): Promise<Outcome> {
  const wal = path.join(dir, `${DEFAULT_SQLITE_FILE}-wal`);
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, String(MEGABYTES)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const done = new Set<string>();
  const started: string[] = [];
  let stderr = '';
  let buffered = '';
  let killed = false;

  const onLine = (line: string): void => {
    const [verb, id] = line.split(' ');
    if (id === undefined) return;
    if (verb === 'writing') started.push(id);
    if (verb === 'done') done.add(id);
    if (verb === 'writing' && done.size >= warmup && !killed) {
      killed = true;
      waitForTransaction(wal);
      child.kill('SIGKILL');
    }
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    lines.forEach(onLine);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`writer exited by itself (code ${String(code)}): ${stderr}`));
        return;
      }
      resolve({ done, started, torn: walEndsTorn(wal) });
    });
  });
}

/**
 * Blocks until frames of a new transaction are in the WAL. Synchronous on
 * purpose, so no event-loop turn stands between seeing them and the kill.
 */
function waitForTransaction(wal: string): void {
  const before = walState(wal);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const now = walState(wal);
    if (now.size > before.size || (now.salts !== before.salts && now.firstFrameSalts === now.salts)) return;
  }
}

function walState(wal: string): { size: number; salts: string; firstFrameSalts: string } {
  try {
    const fd = fs.openSync(wal, 'r');
    try {
      const head = Buffer.alloc(56); // the WAL header (32 bytes) and the first frame's header (24)
      fs.readSync(fd, head, 0, 56, 0);
      const hex = (from: number) => head.subarray(from, from + 8).toString('hex');
      return { size: fs.fstatSync(fd).size, salts: hex(16), firstFrameSalts: hex(40) };
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return { size: 0, salts: '', firstFrameSalts: '' };
  }
}

/**
 * Reads the WAL as SQLite left it: frames of the current generation carry the
 * header's salts; a commit frame has a non-zero page count. Torn means the last
 * frame of the current generation is not a commit.
 */
function walEndsTorn(wal: string): boolean {
  if (!fs.existsSync(wal)) return false;
  const bytes = fs.readFileSync(wal);
  if (bytes.length < 32) return false;
  const pageSize = bytes.readUInt32BE(8);
  const salts = bytes.subarray(16, 24);
  let lastCommit: boolean | undefined;
  for (let at = 32; at + 24 + pageSize <= bytes.length; at += 24 + pageSize) {
    if (!bytes.subarray(at + 8, at + 16).equals(salts)) break;
    lastCommit = bytes.readUInt32BE(at + 4) !== 0;
  }
  return lastCommit === false;
}
