import { Router } from 'express';
import { NotFoundError } from '../../errors';
import { exampleRequest, listExamples } from '../../examples/seeds';
import type { AlignmentService } from '../../service';
import { callerOf, sendCreated } from './alignments';

/** GET /api/v1/examples lists ready-made inputs; POST /api/v1/examples/{id}/alignments aligns one in a single call. */
export function exampleRoutes(service: AlignmentService): Router {
  const router = Router();
  router.get('/api/v1/examples', (_req, res) => {
    res.json({ items: listExamples() });
  });
  router.post('/api/v1/examples/:id/alignments', async (req, res) => {
    const request = exampleRequest(req.params.id);
    if (!request) throw new NotFoundError(`No example ${req.params.id}; GET /api/v1/examples lists them.`);
    sendCreated(res, await service.create(request, callerOf(req)));
  });
  return router;
}
