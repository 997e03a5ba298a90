/**
 * The CLI as a user runs it: its own process, its output piped on. The
 * in-process tests (cli.test.ts) cannot see what Node does with a closed
 * pipe, so these spawn `src/cli.ts` through tsx, as `npm run cli` does.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
// tsx's own command line, as `npm run cli` runs it: `--require tsx/cjs` would not load the CLI's dynamic imports.
const CLI = `${JSON.stringify(process.execPath)} ${JSON.stringify(require.resolve('tsx/cli'))} src/cli.ts`;
// Their JSON is about 100 KB, more than a pipe holds: the CLI is still writing when `head` goes away.
const SEEDS = 'seeds/004_8624e175269ec137.txt seeds/000_3d6fc5ffe27e3c96.txt';

function shell(script: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn('bash', ['-c', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    child.once('error', fail);
    child.once('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('cli in its own process', () => {
  test('output piped into `head` that stops reading ends the CLI quietly, with exit status 141 as a SIGPIPE would', async () => {
    const run = await shell(`${CLI} align ${SEEDS} | head -c 10; echo " cli=\${PIPESTATUS[0]}"`);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('{\n  "versi cli=141\n');
  }, 60_000);

  test('two files in formats it does not read are refused, and the CLI ends at once with status 1', async () => {
    // It had started a parse worker before looking at the files, and then waited on it instead of ending.
    const run = await shell(`d=$(mktemp -d); echo '{}' > $d/a.json; echo '{}' > $d/b.json; timeout 20 ${CLI} align $d/a.json $d/b.json; echo "cli=$?"`);
    expect(run.stdout).toBe('cli=1\n');
    expect(run.stderr).toMatch(/\.json is not a format we read/);
  }, 60_000);

  test('a usage error is still the usage text and exit status 2', async () => {
    const run = await shell(`${CLI} align only-one.txt; echo "cli=$?"`);
    expect(run.stdout).toBe('cli=2\n');
    expect(run.stderr).toMatch(/^usage:/);
  }, 60_000);
});
