import { Router } from 'express';
import type { Limits } from '../../limits';
import type { CompareOptions } from '../../pledges';
import type { AlignmentService, DocumentRequest } from '../../service';
import { checkDocument, parseBody, traceRequestSchema } from '../schemas';
import { asBuffer } from '../../workers/transfer';
import { callerOf, withoutUndefined } from './alignments';

/** POST /api/v1/traces: follows each pledge through an ordered series of dated documents (work runs off the event loop). */
export function traceRoutes(service: AlignmentService, limits: Limits): Router {
  const router = Router();
  router.post('/api/v1/traces', async (req, res) => {
    const { documents, options } = parseBody(traceRequestSchema, req.body);
    documents.forEach((d, i) => {
      checkDocument(`#${i + 1}`, d.text, limits);
    });
    const traces = await service.trace(documents.map(withoutUndefined) as DocumentRequest[], withoutUndefined(options ?? {}) as CompareOptions, callerOf(req));
    // The JSON text the worker wrote, with each document's title, publisher and dates: sent as bytes, not stringified here.
    res.type('application/json').send(asBuffer(traces));
  });
  return router;
}
