import { Router } from 'express';
import type { Limits } from '../../config';
import type { AlignmentService } from '../../service';
import { checkPairs, parseBody, similarityRequestSchema } from '../schemas';

/** POST /api/v1/similarity: scores (and optionally explains) up to 10,000 pairs of clauses, off the event loop. */
export function similarityRoutes(service: AlignmentService, limits: Limits): Router {
  const router = Router();
  router.post('/api/v1/similarity', async (req, res) => {
    const request = parseBody(similarityRequestSchema, req.body);
    checkPairs(request.pairs, limits);
    const result = await service.similarity({
      pairs: request.pairs,
      ...(request.language ? { language: request.language } : {}),
      explain: request.explain === true,
    });
    res.json(request.explain ? result : { language: result.language, scores: result.scores });
  });
  return router;
}
