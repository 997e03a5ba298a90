import express, { type Express } from 'express';
import helmet from 'helmet';
import pino, { type Logger } from 'pino';
import type { ApiKey } from '../config';
import type { Parser } from '../extract';
import { DEFAULT_LIMITS, type Limits } from '../limits';
import type { AlignmentService } from '../service';
import { authenticate } from './middleware/auth';
import { methodNotAllowed } from './middleware/methods';
import { apiRateLimit } from './middleware/rate-limit';
import { requestContext } from './middleware/request-context';
import { jsonBodies } from './body';
import { notFoundHandler, problemHandler } from './problem';
import { alignmentRoutes, type UploadReader } from './routes/alignments';
import { documentRoutes } from './routes/documents';
import { exampleRoutes } from './routes/examples';
import { openApiRoutes } from './routes/openapi';
import { reportRoutes } from './routes/reports';
import { similarityRoutes } from './routes/similarity';
import { traceRoutes } from './routes/traces';
import { uploadReader } from './uploads';
import { webRoutes } from './routes/web';

/** Asked by the web page as the user types: rate-limited apart (below). */
const DATE_PREVIEW_PATH = '/api/v1/documents/date';

export interface AppDeps {
  /** The alignment resource's use cases; required, so a test or the server decides where results live and where work runs. */
  readonly service: AlignmentService;
  readonly limits?: Limits;
  /** Multipart uploads (files → text); the default reads .txt, .md, .html, .pdf and .docx in `parser`'s workers. */
  readonly readUpload?: UploadReader;
  /** The parse workers uploads use; its queue counts towards readiness. */
  readonly parser?: Parser;
  /** Structured logs (pino); silent when absent, so tests stay quiet. */
  readonly logger?: Logger;
  /** API requests a minute per key (or, without keys, per client address); default 60. */
  readonly rateLimitPerMinute?: number;
  /** Empty or absent: no authentication (the server then listens on loopback only). */
  readonly apiKeys?: readonly ApiKey[];
}

/** Routes anyone may read: the API's own description. */
const OPEN_API_PATHS = ['/v1/openapi.json', '/v1/docs'];

/**
 * Builds the Express app without listening, so tests drive it in-process.
 */
export function createApp(deps: AppDeps): Express {
  const limits = deps.limits ?? DEFAULT_LIMITS;
  const logger = deps.logger ?? pino({ level: 'silent' });
  const keys = deps.apiKeys ?? [];
  const app = express();
  app.disable('x-powered-by');
  app.use(requestContext(logger));
  app.use(helmet());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Ready means new work would be taken now: a warm worker in every lane and room in every queue.
  app.get('/readyz', (_req, res) => {
    const lanes = [...deps.service.workload(), ...(deps.parser ? [deps.parser.stats()] : [])];
    const up = lanes.every((l) => l.warm > 0 && l.queued < l.queueLength);
    res.status(up ? 200 : 503).json({ status: up ? 'ready' : 'busy', lanes });
  });
  app.use('/api', authenticate(keys, OPEN_API_PATHS));
  // The web page asks for the date it would read as the user types (400 ms after each pause, on either side): those
  // previews count in a window of their own, five times as wide, so typing a title never spends the requests the
  // comparison itself needs.
  const perMinute = deps.rateLimitPerMinute ?? 60;
  app.use(DATE_PREVIEW_PATH, apiRateLimit(perMinute * 5));
  app.use(
    '/api',
    apiRateLimit(perMinute, (req) => req.baseUrl + req.path === DATE_PREVIEW_PATH),
  );
  // Each JSON route's own limit, from its documents; any other media type is one shared 415.
  app.use(jsonBodies(limits));
  app.use(similarityRoutes(deps.service, limits));
  app.use(alignmentRoutes(deps.service, limits, deps.readUpload ?? uploadReader(limits, deps.parser)));
  app.use(traceRoutes(deps.service, limits));
  app.use(documentRoutes(limits));
  app.use(reportRoutes(deps.service));
  app.use(exampleRoutes(deps.service));
  app.use(openApiRoutes());
  app.use(webRoutes({ needsKey: keys.length > 0, limits }));
  app.use(methodNotAllowed(app));
  app.use(notFoundHandler);
  app.use(problemHandler(logger));
  return app;
}
