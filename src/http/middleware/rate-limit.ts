import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { RateLimitedError } from '../../errors';

/**
 * At most `perMinute` API requests a minute per API key, or per client
 * address when the service runs without keys; over it, a 429 problem with
 * Retry-After. Kept in memory: one process, one window.
 */
export function apiRateLimit(perMinute: number, skip: (req: Request) => boolean = () => false): RequestHandler {
  return rateLimit({
    skip,
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => (req.owner ? `key:${req.owner}` : ipKeyGenerator(req.ip ?? '')),
    handler: (_req, res, next, options) => {
      const retryAfter = Math.ceil(options.windowMs / 1000);
      res.setHeader('Retry-After', String(retryAfter));
      next(new RateLimitedError(`More than ${perMinute} requests a minute from this key or address; retry in ${retryAfter} s.`, retryAfter));
    },
  });
}
