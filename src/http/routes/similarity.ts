import { Router } from 'express';
import type { Limits } from '../../limits';
import type { AlignmentService } from '../../service';
import { checkPairCount, checkPairs, parseBody, similarityRequestSchema } from '../schemas';
import { callerOf } from './alignments';

/** POST /api/v1/similarity: scores (and optionally explains) up to 10,000 pairs of clauses, in a worker. */
export function similarityRoutes(service: AlignmentService, limits: Limits): Router {
  const router = Router();
  router.post('/api/v1/similarity', async (req, res) => {
    checkPairCount(req.body, limits);
    const request = parseBody(similarityRequestSchema, req.body);
    checkPairs(request.pairs, limits);
    const job = { pairs: request.pairs, explain: request.explain ?? false, ...(request.language ? { language: request.language } : {}) };
    res.json(await service.similarity(job, callerOf(req)));
  });
  return router;
}
