import { join } from 'node:path';
import pino from 'pino';
import { type Config, loadConfig } from './config';
// Not the extract index: it would load the HTML and Markdown readers, which run in the parse workers only.
import { createParser } from './extract/extract';
import { createApp } from './http/app';
import { listen } from './http/listen';
import { createWorkerPool } from './jobs';
import { createAlignmentService } from './service';
import { createThreadedSqliteStore, DEFAULT_SQLITE_FILE } from './store';

/** A start-up failure already put as the sentence the operator reads, its cause kept for LOG_LEVEL=debug. */
class CannotStart extends Error {}

const codeOf = (error: unknown): unknown => (error as { code?: unknown } | undefined)?.code;
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Why DATA_DIR cannot hold the database, by the error's code (fs and SQLite), and what to set instead. */
function dataDirProblem(error: unknown, dir: string): string {
  const code = codeOf(error);
  const file = join(dir, DEFAULT_SQLITE_FILE);
  const fix = 'set DATA_DIR to a directory the server can create files in';
  if (code === 'EEXIST' || code === 'ENOTDIR') return `DATA_DIR=${dir} is a file, not a directory; ${fix}.`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `DATA_DIR=${dir} cannot be created or written to (${code}); ${fix}.`;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return `DATA_DIR=${dir}: the disk is full; free some space or ${fix}.`;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return `${file} is not a SQLite database; move it away, or ${fix}.`;
  // SQLite says no more than "unable to open database file": a directory without write access, or a directory where the file should be.
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY') return `DATA_DIR=${dir}: ${file} cannot be opened or created; ${fix}.`;
  return `DATA_DIR=${dir} cannot hold the database (${messageOf(error)}); ${fix}.`;
}

/** Why the server cannot listen on HOST:PORT, and which of the two to change. */
function listenProblem(error: unknown, host: string, port: number): string {
  const code = codeOf(error);
  if (code === 'EADDRINUSE') return `port ${port} on ${host} is already in use; stop what holds it, or set PORT to a free port.`;
  if (code === 'EACCES') return `port ${port} needs privileges this user does not have; set PORT to 1024 or above.`;
  if (code === 'EADDRNOTAVAIL') return `HOST=${host} is not an address of this machine; set HOST to one of its addresses.`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `HOST=${host} does not resolve to an address; set HOST to an address of this machine.`;
  return `cannot listen on ${host}:${port} (${messageOf(error)}); check HOST and PORT.`;
}

/** Turns a rejection into CannotStart with the sentence `problem` makes of it. */
const explained =
  (problem: (error: unknown) => string) =>
  (error: unknown): never => {
    throw new CannotStart(problem(error), { cause: error });
  };

/** The one process that listens: configuration, SQLite in DATA_DIR, the worker pools, the app; retention sweeps; graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.ok) {
    // A plain sentence, not a stack: the operator fixes a variable and starts again.
    console.error(`clause-continuity: bad configuration: ${config.error}`);
    process.exit(1);
  }
  const { value } = config;
  // The README promises one sentence for a start-up failure, as for a bad variable; the stack is for LOG_LEVEL=debug or trace.
  await start(value).catch((error: unknown) => {
    const sentence = error instanceof CannotStart ? error.message : `${messageOf(error)} (LOG_LEVEL=debug prints the stack).`;
    console.error(`clause-continuity: cannot start: ${sentence}`);
    if (value.logLevel === 'debug' || value.logLevel === 'trace') console.error(error instanceof CannotStart ? error.cause : error);
    process.exit(1);
  });
}

async function start(value: Config): Promise<void> {
  const logger = pino({ level: value.logLevel });
  const { limits, workers } = value;
  const store = await createThreadedSqliteStore({ dir: value.dataDir }).catch(explained((error) => dataDirProblem(error, value.dataDir)));
  const runner = createWorkerPool({
    align: { size: workers.align, heapMb: workers.alignHeapMb },
    report: { size: workers.report, heapMb: workers.alignHeapMb },
    deadlineMs: limits.deadlineMs,
    queueWaitMs: limits.queueWaitMs,
    queueLength: limits.queueLength,
    logger,
    ...(value.vectorsFile ? { vectorsFile: value.vectorsFile } : {}),
  });
  const parser = createParser({ size: workers.parse, heapMb: workers.parseHeapMb, parseMs: limits.parseMs, queueLength: limits.queueLength, logger });
  const service = createAlignmentService({ store, runner, limits, quotaBytes: value.quotaBytesPerKey, retentionDays: value.retentionDays });
  const app = createApp({ service, parser, limits, logger, rateLimitPerMinute: value.rateLimitPerMinute, apiKeys: value.apiKeys });
  const sweep = (): void => {
    service.sweep().then(
      (n) => n > 0 && logger.info({ deleted: n, retentionDays: value.retentionDays }, 'old alignments deleted'),
      (err: unknown) => logger.error({ err }, 'retention sweep failed'),
    );
  };
  sweep();
  const sweeper = setInterval(sweep, 3_600_000).unref();
  const server = await listen(app, value).catch(explained((error) => listenProblem(error, value.host, value.port)));
  const keys = value.apiKeys.length;
  const { port } = server.address() as { port: number };
  logger.info({ url: `http://${value.host}:${port}`, port, dataDir: value.dataDir, workers, apiKeys: keys }, 'listening');
  if (keys === 0) {
    logger.warn(
      { host: value.host },
      value.allowUnauthenticated
        ? 'no API keys: anyone who reaches this address can read and delete every alignment'
        : 'no API keys configured: listening on loopback only',
    );
  }
  // Finish in-flight requests, then release workers and the database: a deploy must not cut a caller off mid-answer.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      clearInterval(sweeper);
      server.close(() => {
        // Each closes whatever the others do: a pool failing to close must not cut the store off mid-write.
        void Promise.allSettled([runner.close(), parser.close(), store.close()]).then((closed) => {
          for (const c of closed) if (c.status === 'rejected') logger.error({ err: c.reason }, 'could not close cleanly');
          process.exit(0);
        });
      });
      server.closeIdleConnections();
    });
  }
}

void main();
