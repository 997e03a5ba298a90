import { readFile, writeFile } from 'node:fs/promises';
import { inspect, parseArgs } from 'node:util';
// The segmenter's own module, not the text index: that one also holds the date schema, and with it zod.
import { segment } from '../text/segment';
import type { AlignIo } from './align';
import { ALIGN_FORMATS, isAlignFormat, parseSegmentOptions } from './options';

export interface CliIo extends Partial<AlignIo> {
  readonly stdout: (text: string | Buffer) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<string>;
}

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  readBytes: (path) => readFile(path),
  writeFile: (path, data) => writeFile(path, data),
  stdoutIsTerminal: process.stdout.isTTY === true,
};

export const USAGE = `usage:
  cli segment FILE [--mode clauses|sentences|lines] [--language en|fr|nl|de]
  cli align SOURCE TARGET [--format ${ALIGN_FORMATS.join('|')}] [--out FILE] [--source-date DATE] [--target-date DATE]
                          [--mode clauses|sentences|lines] [--language en|fr|nl|de]
      SOURCE and TARGET: .txt, .md, .html, .pdf or .docx
      --mode and --language: how both documents are cut, as for segment; without --language each one's is detected.
      DATE: the document's date: 2016-02-02, 2016-02 or 2016; dates it names without a year are read against it.
            Without one, the date its title or first lines name is used (the JSON's inferredDate says which).
      --format pdf needs --out FILE when the output is a terminal.
  --verbose (either command): an internal error (a bug) is printed with its stack, not in one line.
`;

const parseCommandLine = (argv: readonly string[]) =>
  parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      mode: { type: 'string' },
      language: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'source-date': { type: 'string' },
      'target-date': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      verbose: { type: 'boolean' },
    },
  });

/** The options each command reads: parseArgs knows them all, so one given to the wrong command would otherwise be dropped without a word. */
const COMMAND_OPTIONS: Readonly<Record<'segment' | 'align', readonly string[]>> = {
  segment: ['mode', 'language', 'help', 'verbose'],
  align: ['format', 'out', 'source-date', 'target-date', 'mode', 'language', 'help', 'verbose'],
};

/**
 * Runs one CLI command and returns the exit code (0 ok, 1 failed, 2 usage).
 */
export async function runCli(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  try {
    return await runCommand(parsed, io);
  } catch (error) {
    io.stderr(describeInternalError(error, parsed.values.verbose === true));
    return 1;
  }
}

/**
 * A fault of our own, for stderr. The service words it for a server ("the
 * error has been logged"), but the CLI has no log: the cause the service kept
 * is what the user can report, so it is named here; its stack on request.
 */
function describeInternalError(error: unknown, verbose: boolean): string {
  let cause = error;
  // An AppError of code `internal` wraps the real fault (the inline runner's); checked by shape, as loading errors.ts would load more than `cli segment` needs.
  while (cause instanceof Error && (cause as { code?: unknown }).code === 'internal' && cause.cause !== undefined) cause = cause.cause;
  const line = `internal error: ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}`;
  return verbose ? `${line}\n${inspect(cause)}\n` : `${line} (a bug; --verbose prints its stack)\n`;
}

async function runCommand(parsed: ReturnType<typeof parseCommandLine>, io: CliIo): Promise<number> {
  const [command, file, ...extra] = parsed.positionals;
  if (parsed.values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (command === 'segment' || command === 'align') {
    const foreign = Object.keys(parsed.values).filter((name) => !COMMAND_OPTIONS[command].includes(name));
    if (foreign.length > 0) {
      io.stderr(`${foreign.map((name) => `--${name} is not an option of cli ${command}\n`).join('')}${USAGE}`);
      return 2;
    }
  }
  if (command === 'align') return align(parsed.positionals.slice(1), parsed.values, io);
  if (command !== 'segment' || file === undefined || extra.length > 0) {
    io.stderr(USAGE);
    return 2;
  }
  const options = parseSegmentOptions({ mode: parsed.values.mode, language: parsed.values.language });
  if (!options.ok) {
    io.stderr(`${options.error.join('\n')}\n${USAGE}`);
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

type AlignValues = Partial<Record<'format' | 'out' | 'source-date' | 'target-date' | 'mode' | 'language', string | undefined>>;

async function align(files: readonly string[], values: AlignValues, io: CliIo): Promise<number> {
  const format = values.format ?? 'json';
  if (files.length !== 2 || !isAlignFormat(format)) {
    io.stderr(USAGE);
    return 2;
  }
  const dates = { source: values['source-date']?.trim(), target: values['target-date']?.trim() };
  const { dateProblem } = await import('../text/date-field');
  // The API's own rule (src/text), so a date the CLI takes the API takes too.
  const wrong = (['source', 'target'] as const).flatMap((side) => {
    const problem = dates[side] === undefined ? undefined : dateProblem(dates[side]);
    return problem ? [`--${side}-date: ${problem}\n`] : [];
  });
  // The segmenter's own rule, as for `cli segment`; an unset --mode stays unset, so the resource records only what was asked.
  const segmentation = parseSegmentOptions({ mode: values.mode, language: values.language });
  if (!segmentation.ok) wrong.push(...segmentation.error.map((issue) => `${issue}\n`));
  if (wrong.length > 0 || !segmentation.ok) {
    io.stderr(`${wrong.join('')}${USAGE}`);
    return 2;
  }
  const { mode, language } = segmentation.value;
  const alignIo: AlignIo = {
    readBytes: io.readBytes ?? (async (path) => Buffer.from(await io.readFile(path), 'utf8')),
    writeFile: io.writeFile ?? (async () => Promise.reject(new Error('no file output here'))),
    stdout: io.stdout,
    stderr: io.stderr,
    ...(io.stdoutIsTerminal ? { stdoutIsTerminal: true } : {}),
  };
  // Loaded here, not at the top: it brings the whole stack (extraction, alignment, reports), which `cli segment` never needs.
  const { alignCommand } = await import('./align');
  return alignCommand(
    {
      source: files[0]!,
      target: files[1]!,
      format,
      ...(values.out ? { out: values.out } : {}),
      ...(dates.source ? { sourceDate: dates.source } : {}),
      ...(dates.target ? { targetDate: dates.target } : {}),
      ...(values.mode ? { segmentation: mode } : {}),
      ...(language ? { language } : {}),
    },
    alignIo,
  );
}
