import { Router, type Request, type Response } from 'express';
import { UnsupportedMediaTypeError } from '../../errors';
import { reportFileName } from '../../report/filename';
import type { Limits } from '../../limits';
import { asBuffer } from '../../workers/transfer';
import type { AlignmentRequest, AlignmentService, Caller, Created } from '../../service';
import { alignmentRequestSchema, checkDocument, listQuerySchema, parseBody } from '../schemas';

/**
 * Turns a multipart request into an alignment request (files → text); absent when uploads are not wired. `signal`: the
 * client hung up, so the files need not be read.
 */
export type UploadReader = (req: Request, signal?: AbortSignal) => Promise<unknown>;

/** Who asks, as the service needs it: the key's owner, the request id for the logs, and a signal of the client hanging up. */
export const callerOf = (req: Request): Caller => ({ owner: req.owner, requestId: req.id, signal: hangUpSignal(req) });

const hangUps = new WeakMap<Request, AbortSignal>();

/** Aborted when the client closes the connection before its response is sent: work for it alone is then dropped. */
function hangUpSignal(req: Request): AbortSignal {
  const known = hangUps.get(req);
  if (known) return known;
  const controller = new AbortController();
  const res = req.res;
  if (req.socket?.destroyed) controller.abort();
  else res?.once('close', () => !res.writableFinished && controller.abort());
  hangUps.set(req, controller.signal);
  return controller.signal;
}

/**
 * The alignment resource: POST creates (201 + Location, or 200 when the same
 * inputs were compared before), GET one or a page, DELETE; all scoped to the caller's key.
 */
export function alignmentRoutes(service: AlignmentService, limits: Limits, readUpload?: UploadReader): Router {
  const router = Router();
  router.post('/api/v1/alignments', async (req, res) => {
    // The media type was checked with the JSON body (body.ts): it is JSON or, read here, a form.
    const form = Boolean(req.is('multipart/form-data'));
    const body = form ? await uploaded(req, readUpload) : req.body;
    const request = parseBody(alignmentRequestSchema, body);
    // An upload was held to the file limit on its bytes and to MAX_EXTRACTED_CHARS on its text; its text in
    // UTF-8 can be longer than the file (windows-1252, UTF-16), so only the JSON text is held to the byte limit.
    const held = form ? 'extracted' : 'sent';
    checkDocument('source', request.source.text, limits, held);
    checkDocument('target', request.target.text, limits, held);
    sendCreated(res, await service.create(withoutUndefined(request) as AlignmentRequest, callerOf(req)));
  });
  router.get('/api/v1/alignments', async (req, res) => {
    const page = parseBody(listQuerySchema, req.query);
    const { items, total } = await service.list(page, callerOf(req));
    const next = page.offset + items.length < total ? `/api/v1/alignments?limit=${page.limit}&offset=${page.offset + items.length}` : null;
    res.json({ items, total, limit: page.limit, offset: page.offset, next });
  });
  router.get('/api/v1/alignments/:id', async (req, res) => {
    // The row's head first (its titles and dates; unknown ids end here): a client that holds the result is answered
    // 304, and a HEAD answered, without reading the resource, which can be 20 MB.
    const documents = await service.documents(req.params.id, callerOf(req));
    const etag = etagOf(req.params.id);
    res.set('ETag', etag);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    // Saved (the page's "Download JSON") under the name the reports get.
    res.set('Content-Disposition', `inline; filename="${reportFileName(documents, 'json')}"`).type('application/json');
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    // Tagged only once the resource is there: a row deleted meanwhile answers 404 without it.
    res.removeHeader('ETag');
    // The stored JSON text goes out as it is: a large result is never parsed and serialised again here.
    const json = await service.getJson(req.params.id, callerOf(req));
    res.set('ETag', etag).send(asBuffer(json));
  });
  router.delete('/api/v1/alignments/:id', async (req, res) => {
    await service.remove(req.params.id, callerOf(req));
    res.status(204).end();
  });
  return router;
}

/**
 * A stored alignment never changes under its id, so the id is its entity tag: Express would otherwise hash the whole
 * text for one on the request thread (68 ms for a 21 MB result, at every creation and every read).
 */
const etagOf = (id: string): string => `"${id}"`;

/** 201 with the new resource and its Location, or 200 when the same inputs were aligned before and it was reused. */
export function sendCreated(res: Response, created: Created): void {
  res
    .status(created.reused ? 200 : 201)
    .set('ETag', etagOf(created.id))
    .location(`/api/v1/alignments/${created.id}`)
    .type('application/json')
    .send(asBuffer(created.json));
}

function uploaded(req: Request, readUpload: UploadReader | undefined): Promise<unknown> {
  if (!readUpload) throw new UnsupportedMediaTypeError('This service takes the documents as application/json only: uploads are not wired.');
  return readUpload(req, hangUpSignal(req));
}

/** zod gives `key: undefined` for absent optionals; the core's types say "absent", so drop them (deeply). */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, withoutUndefined(v)]),
    ) as T;
  }
  return value;
}
