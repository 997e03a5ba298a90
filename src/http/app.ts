import express, { type Express } from 'express';
import helmet from 'helmet';
import pino, { type Logger } from 'pino';
import { DEFAULT_LIMITS, type Limits } from '../config';
import type { AlignmentService } from '../service';
import { apiRateLimit } from './middleware/rate-limit';
import { requestContext } from './middleware/request-context';
import { BODY_LIMIT, notFoundHandler, problemHandler } from './problem';
import { alignmentRoutes, type UploadReader } from './routes/alignments';
import { exampleRoutes } from './routes/examples';
import { openApiRoutes } from './routes/openapi';
import { reportRoutes } from './routes/reports';
import { similarityRoutes } from './routes/similarity';
import { traceRoutes } from './routes/traces';
import { uploadReader } from './uploads';
import { webRoutes } from './routes/web';

export interface AppDeps {
  /** The alignment resource's use cases; required, so a test or the server decides where results live and where work runs. */
  readonly service: AlignmentService;
  readonly limits?: Limits;
  /** Multipart uploads (files → text); the default reads .txt, .md, .html, .pdf and .docx. */
  readonly readUpload?: UploadReader;
  /** Structured logs (pino); silent when absent, so tests stay quiet. */
  readonly logger?: Logger;
  /** API requests a minute per client address; default 60. */
  readonly rateLimitPerMinute?: number;
}

/**
 * Builds the Express app without listening, so tests drive it in-process.
 *
 * @example
 * const app = createApp({ service: createAlignmentService({ store: createMemoryStore(), runner: createInlineRunner(), limits: DEFAULT_LIMITS }) });
 * await request(app).get('/healthz'); // 200 { status: 'ok' }
 */
export function createApp(deps: AppDeps): Express {
  const limits = deps.limits ?? DEFAULT_LIMITS;
  const logger = deps.logger ?? pino({ level: 'silent' });
  const app = express();
  app.disable('x-powered-by');
  app.use(requestContext(logger));
  app.use(helmet());
  app.use('/api', apiRateLimit(deps.rateLimitPerMinute ?? 60));
  app.use(express.json({ limit: BODY_LIMIT }));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    res.json({ status: 'ready' });
  });
  app.use(similarityRoutes(deps.service, limits));
  app.use(alignmentRoutes(deps.service, limits, deps.readUpload ?? uploadReader(limits)));
  app.use(traceRoutes(deps.service, limits));
  app.use(reportRoutes(deps.service));
  app.use(exampleRoutes(deps.service));
  app.use(openApiRoutes());
  app.use(webRoutes());
  app.use(notFoundHandler);
  app.use(problemHandler(logger));
  return app;
}
