import { isUtf8 } from 'node:buffer';
import express, { Router, type Request, type RequestHandler } from 'express';
import { AppError, InputUnreadableError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../errors';
import { type Limits, sizeInWords } from '../limits';
import { MAX_TRACE_DOCUMENTS } from './schemas';

/**
 * How much longer a text can grow as a JSON string: any character \u-escaped, as
 * Python's json.dumps sends non-ASCII by default, takes at most three times its
 * UTF-8 bytes (Greek: 2 → 6; an emoji: 4 → 12), and quotes, backslashes and line
 * breaks two. Only C0 controls grow more (U+0001: 1 → 6), and a document is not
 * made of them. Six would cover them too, but would let a trace's body reach
 * 145 MB, all parsed on the request thread.
 */
export const JSON_ESCAPE_FACTOR = 3;

/** Room for all but the texts: titles, dates, publishers, options with their topics, the JSON around them. */
const OTHER_FIELDS_BYTES = 1_000_000;

/** Pairs of clauses are not documents: the route keeps the 5 MiB every route had, its pairs' count and length checked after parsing. */
const SIMILARITY_BODY_BYTES = 5 * 1024 * 1024;

/** One route that reads JSON: its body limit, and that limit in words for the 413 that enforces it. */
export interface JsonRoute {
  readonly path: string;
  readonly limit: number;
  readonly why: string;
  /** The route takes multipart/form-data as well (uploads), which it reads itself. */
  readonly multipart?: boolean;
}

/**
 * Each body's limit follows from what it carries: so many documents at the
 * document limit, each escaped at worst. The per-document limit is checked
 * after parsing (`checkDocument`), in the words of the document it concerns.
 */
export function jsonRoutes(limits: Limits): readonly JsonRoute[] {
  const documents = (n: number) => ({
    limit: n * limits.documentBytes * JSON_ESCAPE_FACTOR + OTHER_FIELDS_BYTES,
    why: `${n} document${n === 1 ? '' : 's'} of up to ${sizeInWords(limits.documentBytes)} each, allowing for JSON escaping`,
  });
  return [
    { path: '/api/v1/alignments', ...documents(2), multipart: true },
    { path: '/api/v1/traces', ...documents(MAX_TRACE_DOCUMENTS) },
    { path: '/api/v1/documents/date', ...documents(1) },
    { path: '/api/v1/similarity', limit: SIMILARITY_BODY_BYTES, why: 'similarity pairs' },
  ];
}

/**
 * Parses the JSON body of each route that takes one, under that route's limit, and
 * refuses any other media type with the one 415 every route gives, before a schema
 * could report a missing body as a 422.
 */
export function jsonBodies(limits: Limits): Router {
  const router = Router();
  for (const route of jsonRoutes(limits)) {
    const parse = express.json({ limit: route.limit, verify: strictUtf8 });
    router.post(route.path, acceptJson(route), (req, res, next) => {
      parse(req, res, (error?: unknown) => next(error === undefined ? undefined : tooLarge(error, route)));
    });
  }
  return router;
}

function acceptJson(route: JsonRoute): RequestHandler {
  const accepted = route.multipart ? 'application/json or multipart/form-data' : 'application/json';
  return (req, _res, next) => {
    if (req.is('application/json') || (route.multipart && req.is('multipart/form-data'))) return next();
    next(new UnsupportedMediaTypeError(`Send the ${route.multipart ? 'documents' : 'request'} as ${accepted}, not ${contentType(req)}.`));
  };
}

const contentType = (req: Request): string => req.get('content-type') ?? 'no content type';

/** body-parser's 413 in our words, saying which limit and why it is that size; every other error passes on as it came. */
function tooLarge(error: unknown, route: JsonRoute): unknown {
  const { type, length, received } = (error ?? {}) as { type?: string; length?: number; received?: number };
  if (type !== 'entity.too.large') return error;
  // With a Content-Length the size is known; a chunked body is cut off where it passed the limit.
  const size = typeof length === 'number' ? `is ${sizeInWords(length)}` : `passed ${sizeInWords(received ?? route.limit)}`;
  return new PayloadTooLargeError(`The request body ${size}; the limit for POST ${route.path} is ${sizeInWords(route.limit, 2)}: ${route.why}.`);
}

/** JSON is UTF-8 (RFC 8259), and a body that is not valid UTF-8 is refused as an upload would be, never patched with U+FFFD. */
function strictUtf8(_req: unknown, _res: unknown, body: Buffer, encoding: string): void {
  if (encoding.toLowerCase() !== 'utf-8' && encoding.toLowerCase() !== 'utf8') {
    throw new AppError('unsupported_charset', 'Send JSON in UTF-8 (charset=utf-8, or no charset at all).');
  }
  if (!isUtf8(body)) throw new InputUnreadableError('The request body is not valid UTF-8; save the text as UTF-8 and send it again.');
}
