import { Router } from 'express';
import { createSimilarity } from '../../similarity';
import { guessLanguage } from '../../text';
import type { Limits } from '../../config';
import { checkPairs, parseBody, similarityRequestSchema } from '../schemas';

/** POST /api/v1/similarity: scores (and optionally explains) up to 10,000 pairs of clauses. */
export function similarityRoutes(limits: Limits): Router {
  const router = Router();
  router.post('/api/v1/similarity', (req, res) => {
    const request = parseBody(similarityRequestSchema, req.body);
    checkPairs(request.pairs, limits);
    const texts = request.pairs.flat();
    const language = request.language ?? guessLanguage(texts.join('\n')).language;
    const sim = createSimilarity(texts, { language });
    const prepared = request.pairs.map(([a, b]) => [sim.prepare(a), sim.prepare(b)] as const);
    const scores = prepared.map(([a, b]) => round(sim.score(a, b)));
    res.json(request.explain ? { language, scores, explanations: prepared.map(([a, b]) => sim.explain(a, b)) } : { language, scores });
  });
  return router;
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
