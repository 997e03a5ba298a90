import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { RateLimitedError } from '../../errors';

/**
 * At most `perMinute` API requests a minute per client address; over it, a
 * 429 problem with Retry-After. Kept in memory: one process, one window.
 *
 * @example
 * app.use('/api', apiRateLimit(60));
 */
export function apiRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res, next, options) => {
      const retryAfter = Math.ceil(options.windowMs / 1000);
      res.setHeader('Retry-After', String(retryAfter));
      next(new RateLimitedError(`More than ${perMinute} requests a minute from this address; retry in ${retryAfter} s.`, retryAfter));
    },
  });
}
