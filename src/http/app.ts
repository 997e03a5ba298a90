import express, { type Express } from 'express';
import { BODY_LIMIT, notFoundHandler, problemHandler } from './problem';
import { alignmentRoutes } from './routes/alignments';
import { similarityRoutes } from './routes/similarity';
import { traceRoutes } from './routes/traces';

export interface AppDeps {
  /** Where unexpected errors go; tests pass a spy, the server a real logger. */
  readonly logError?: (error: unknown) => void;
}

/**
 * Builds the Express app without listening, so tests drive it in-process.
 *
 * @example
 * const app = createApp({});
 * await request(app).get('/healthz'); // 200 { status: 'ok' }
 */
export function createApp(deps: AppDeps = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: BODY_LIMIT }));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    res.json({ status: 'ready' });
  });
  app.use(similarityRoutes());
  app.use(alignmentRoutes());
  app.use(traceRoutes());
  app.use(notFoundHandler);
  app.use(problemHandler(deps.logError ?? ((error) => console.error(error))));
  return app;
}
