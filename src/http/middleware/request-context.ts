import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

// A caller's own id is kept when it is a plausible id; anything else (too long, odd characters) is replaced, never logged raw.
const CALLER_ID = /^[A-Za-z0-9._-]{1,128}$/;

declare module 'express-serve-static-core' {
  interface Request {
    /** This request's id: in the X-Request-Id response header, in every log line and problem document about it. */
    id: string;
  }
}

/**
 * Gives each request an id and logs one structured line when it finishes,
 * or when the client goes away first.
 */
export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.get('x-request-id');
    req.id = given && CALLER_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', req.id);
    const started = process.hrtime.bigint();
    const ms = (): number => Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
    res.on('finish', () => {
      logger.info({ reqId: req.id, method: req.method, path: req.path, status: res.statusCode, ms: ms() }, 'request');
    });
    // A caller that hangs up is no fault of ours: one line at info, no stack.
    res.on('close', () => {
      if (!res.writableFinished) logger.info({ reqId: req.id, method: req.method, path: req.path, ms: ms() }, 'request aborted by the client');
    });
    next();
  };
}
