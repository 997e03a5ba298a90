import { Router } from 'express';
import { traceTexts, type CompareOptions, type DatedInput } from '../../pledges';
import type { Limits } from '../../config';
import { checkDocumentSize, parseBody, traceRequestSchema } from '../schemas';
import { withoutUndefined } from './alignments';

/** POST /api/v1/traces: follows each pledge through an ordered series of dated documents. */
export function traceRoutes(limits: Limits): Router {
  const router = Router();
  router.post('/api/v1/traces', (req, res) => {
    const { documents, options } = parseBody(traceRequestSchema, req.body);
    documents.forEach((d, i) => checkDocumentSize(`#${i + 1}`, d.text, limits));
    const traces = traceTexts(documents.map(withoutUndefined) as DatedInput[], withoutUndefined(options ?? {}) as CompareOptions);
    res.json({
      documents: traces.documents.map((d, i) => ({ title: documents[i]!.title ?? null, ...d })),
      trajectories: traces.trajectories,
    });
  });
  return router;
}
