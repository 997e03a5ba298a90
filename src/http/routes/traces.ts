import { Router } from 'express';
import { traceTexts } from '../../pledges';
import { parseBody, traceRequestSchema } from '../schemas';
import { withoutUndefined } from './alignments';

/** POST /api/v1/traces: follows each pledge through an ordered series of dated documents. */
export function traceRoutes(): Router {
  const router = Router();
  router.post('/api/v1/traces', (req, res) => {
    const { documents, options } = parseBody(traceRequestSchema, req.body);
    const traces = traceTexts(documents.map(withoutUndefined), withoutUndefined(options ?? {}));
    res.json({
      documents: traces.documents.map((d, i) => ({ title: documents[i]!.title ?? null, ...d })),
      trajectories: traces.trajectories,
    });
  });
  return router;
}
