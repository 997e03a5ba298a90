import pino from 'pino';
import { loadConfig } from './config';
import { createApp } from './http/app';
import { createWorkerPool } from './jobs';
import { createAlignmentService } from './service';
import { createSqliteStore } from './store';

/** The one process that listens: configuration, SQLite in DATA_DIR, a worker pool, the app; graceful shutdown on SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.ok) {
    console.error(JSON.stringify({ level: 'fatal', msg: 'bad configuration', error: config.error }));
    process.exit(1);
  }
  const { value } = config;
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const store = await createSqliteStore({ dir: value.dataDir });
  const runner = createWorkerPool({ size: value.workers, deadlineMs: value.limits.deadlineMs });
  const service = createAlignmentService({ store, runner, limits: value.limits });
  const app = createApp({ service, limits: value.limits, logger, rateLimitPerMinute: value.rateLimitPerMinute });
  const server = app.listen(value.port, value.host, () => {
    logger.info({ url: `http://${value.host}:${value.port}`, dataDir: value.dataDir, workers: value.workers }, 'listening');
  });
  // Finish in-flight requests, then release workers and the database: a deploy must not cut a caller off mid-answer.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      server.close(() => {
        void Promise.all([runner.close(), store.close()]).finally(() => process.exit(0));
      });
    });
  }
}

void main();
