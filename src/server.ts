import pino from 'pino';
import { loadConfig } from './config';
// Not the extract index: it would load the HTML and Markdown readers, which run in the parse workers only.
import { createParser } from './extract/extract';
import { createApp } from './http/app';
import { listen } from './http/listen';
import { createWorkerPool } from './jobs';
import { createAlignmentService } from './service';
import { createSqliteStore } from './store';

/** The one process that listens: configuration, SQLite in DATA_DIR, the worker pools, the app; retention sweeps; graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.ok) {
    // A plain sentence, not a stack: the operator fixes a variable and starts again.
    console.error(`clause-continuity: bad configuration: ${config.error}`);
    process.exit(1);
  }
  const { value } = config;
  const logger = pino({ level: value.logLevel });
  const { limits, workers } = value;
  const store = await createSqliteStore({ dir: value.dataDir });
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
  const server = await listen(app, value);
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
        void Promise.all([runner.close(), parser.close(), store.close()]).finally(() => process.exit(0));
      });
      server.closeIdleConnections();
    });
  }
}

void main();
