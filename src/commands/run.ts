import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { segment } from '../text';
import { parseSegmentOptions } from './options';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<string>;
}

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
};

export const USAGE = `usage:
  cli segment FILE [--mode clauses|sentences|lines] [--language en|fr|nl|de]
`;

/**
 * Runs one CLI command and returns the exit code (0 ok, 1 failed, 2 usage).
 *
 * @example
 * await runCli(['segment', 'seeds/004_8624e175269ec137.txt', '--mode', 'sentences'])
 */
export async function runCli(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { mode: { type: 'string' }, language: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command, file, ...extra] = parsed.positionals;
  if (parsed.values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (command !== 'segment' || file === undefined || extra.length > 0) {
    io.stderr(USAGE);
    return 2;
  }
  const options = parseSegmentOptions({ mode: parsed.values.mode, language: parsed.values.language });
  if (!options.ok) {
    io.stderr(`${options.issues.join('\n')}\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.stderr(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 1;
  }
  const { language, mode } = options.value;
  const document = segment(text, language ? { mode, language } : { mode });
  io.stdout(`${JSON.stringify(document, null, 2)}\n`);
  return 0;
}
