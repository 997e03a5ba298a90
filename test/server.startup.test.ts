/**
 * `npm start` when the server cannot start: the operator sees one sentence
 * naming the cause and the setting to change, not a stack, and a non-zero
 * exit. The real entry point in its own process, as the hostile suite runs it.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SERVER = resolve(__dirname, '..', 'src', 'server.ts');

function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), SERVER], {
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    // A server that did start would never exit: stop it, and the test fails on its exit code.
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('error', fail);
    child.once('close', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

/** One line, no stack frames. */
function expectOneSentence(stderr: string, pattern: RegExp): void {
  expect(stderr).toMatch(/^clause-continuity: cannot start: [^\n]+\n$/);
  expect(stderr).toMatch(pattern);
}

describe('server start-up errors', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'startup-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('DATA_DIR naming a file', async () => {
    const run = await start({ DATA_DIR: '/etc/passwd' });
    expect(run.code).toBe(1);
    expectOneSentence(run.stderr, /DATA_DIR=\/etc\/passwd is a file, not a directory; set DATA_DIR to a directory/);
  });

  test('DATA_DIR where no file can be created', async () => {
    // procfs refuses new files even to root, where a chmod'ed directory would not.
    const run = await start({ DATA_DIR: '/proc' });
    expect(run.code).toBe(1);
    expectOneSentence(run.stderr, /DATA_DIR=\/proc: .*cannot be (?:created|opened).*; set DATA_DIR to a directory/);
  });

  test('DATA_DIR holding a database file that is not SQLite', async () => {
    const junk = join(dir, 'junk');
    mkdirSync(junk);
    writeFileSync(join(junk, 'alignments.sqlite'), 'not a database at all, just some text that is long enough to be read as a header');
    const run = await start({ DATA_DIR: junk });
    expect(run.code).toBe(1);
    expectOneSentence(run.stderr, /alignments\.sqlite is not a SQLite database; .*set DATA_DIR/);
  });

  test('PORT already in use', async () => {
    const taken: Server = await new Promise((done) => {
      const server = createServer().listen(0, '127.0.0.1', () => done(server));
    });
    try {
      const { port } = taken.address() as { port: number };
      const run = await start({ DATA_DIR: join(dir, 'data'), PORT: String(port) });
      expect(run.code).toBe(1);
      expectOneSentence(run.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use; .*set PORT`));
    } finally {
      await new Promise((done) => taken.close(done));
    }
  });
});
