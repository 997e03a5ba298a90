/**
 * A fault inside the CLI's own work (a bug, not a bad input). Test doubles
 * stand in for the faults: the comparison job and the CSV renderer throw.
 * The CLI has no log to send the cause to, so it must say the cause itself.
 */
import { runCli, type CliIo } from '../src/commands/run';

const faults = { compare: true };

// The job the inline runner runs: the service wraps its fault as an internal AppError with this as its cause.
jest.mock('../src/jobs/run-job', () => {
  const actual = jest.requireActual('../src/jobs/run-job');
  return {
    runJob: async (job: unknown) => {
      if (faults.compare) throw new TypeError('the comparison tripped over its own feet');
      return actual.runJob(job);
    },
  };
});
// The CLI renders in its own process, outside the runner: a fault there reaches the CLI as it was thrown.
jest.mock('../src/report', () => ({
  ...jest.requireActual('../src/report'),
  renderCsv: () => {
    throw new RangeError('the CSV writer lost count');
  },
}));

function captureIo(): CliIo & { out: string; err: string } {
  const files: Record<string, string> = { 'a.txt': 'A magistrate will be sent.', 'b.txt': 'A magistrate was sent.' };
  const io = {
    out: '',
    err: '',
    stdout: (t: string | Buffer) => void (io.out += String(t)),
    stderr: (t: string) => void (io.err += t),
    readFile: async (path: string) => files[path] ?? Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' })),
  };
  return io;
}

describe('cli align: an internal fault', () => {
  beforeEach(() => {
    faults.compare = true;
  });

  test('is exit code 1 and names its cause on stderr, in one line without a stack', async () => {
    const io = captureIo();
    expect(await runCli(['align', 'a.txt', 'b.txt'], io)).toBe(1);
    expect(io.out).toBe('');
    // Nothing is logged anywhere else, so the CLI must not say it was.
    expect(io.err).not.toMatch(/logged/);
    expect(io.err).toBe('internal error: TypeError: the comparison tripped over its own feet (a bug; --verbose prints its stack)\n');
  });

  test('with --verbose, the stack follows, down to the original cause', async () => {
    const io = captureIo();
    expect(await runCli(['align', 'a.txt', 'b.txt', '--verbose'], io)).toBe(1);
    const [first, ...rest] = io.err.split('\n');
    expect(first).toBe('internal error: TypeError: the comparison tripped over its own feet');
    expect(rest.join('\n')).toMatch(/TypeError: the comparison tripped over its own feet\n\s+at /);
  });

  test('thrown outside the job (the renderer) is reported the same way, not left to reject', async () => {
    faults.compare = false;
    const io = captureIo();
    expect(await runCli(['align', 'a.txt', 'b.txt', '--format', 'csv'], io)).toBe(1);
    expect(io.err).toBe('internal error: RangeError: the CSV writer lost count (a bug; --verbose prints its stack)\n');
  });
});
