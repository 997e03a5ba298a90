import { Router } from 'express';
import { compareTexts } from '../../pledges';
import { alignmentRequestSchema, parseBody } from '../schemas';

/** POST /api/v1/alignments: segments both documents, aligns their clauses and says what became of each pledge. */
export function alignmentRoutes(): Router {
  const router = Router();
  router.post('/api/v1/alignments', (req, res) => {
    const { source, target, options } = parseBody(alignmentRequestSchema, req.body);
    const result = compareTexts(withoutUndefined(source), withoutUndefined(target), withoutUndefined(options ?? {}));
    res.json({
      source: { title: source.title ?? null, date: source.date ?? null, ...result.source },
      target: { title: target.title ?? null, date: target.date ?? null, ...result.target },
      links: result.links,
      pledges: result.pledges,
      newPledges: result.newPledges,
      summary: result.summary,
    });
  });
  return router;
}

/** zod gives `key: undefined` for absent optionals; the core's types say "absent", so drop them. */
export function withoutUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
