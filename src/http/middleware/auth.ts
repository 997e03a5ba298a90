import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { hashKey, type ApiKey } from '../../config';
import { UnauthorizedError } from '../../errors';

declare module 'express-serve-static-core' {
  interface Request {
    /** Whose alignments this request may see: the API key's name, or '' when the service runs without keys. */
    owner: string;
  }
}

/**
 * With keys configured, every request must carry one (`Authorization: Bearer …`,
 * `X-API-Key`, or the web page's `cc_key` cookie); it is hashed and compared with the stored hashes, and its
 * name becomes the request's owner. No key and a wrong key get the same 401.
 * Without keys, every request is the one local owner ''.
 */
export function authenticate(keys: readonly ApiKey[], open: readonly string[] = []): RequestHandler {
  const known = keys.map((k) => ({ name: k.name, hash: Buffer.from(k.hash, 'hex') }));
  return (req, _res, next) => {
    req.owner = '';
    if (known.length === 0 || open.includes(req.path)) return next();
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
    const given = bearer ?? req.get('x-api-key') ?? cookieKey(req.get('cookie'));
    if (!given) return next(new UnauthorizedError('Send an API key as "Authorization: Bearer <key>" or "X-API-Key: <key>".'));
    const hash = Buffer.from(hashKey(given), 'hex');
    // Every stored hash is compared, in constant time each, so the time taken says nothing about which one nearly matched.
    let owner: string | undefined;
    for (const key of known) if (timingSafeEqual(key.hash, hash)) owner = key.name;
    if (owner === undefined) return next(new UnauthorizedError('This API key is not known; check it, or ask for one.'));
    req.owner = owner;
    next();
  };
}

/** The web page's key: a SameSite=Strict cookie on /api, so its report frame and download links authenticate too. */
function cookieKey(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'cc_key' && value.length > 0) {
      try {
        return decodeURIComponent(value.join('=')) || undefined;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
