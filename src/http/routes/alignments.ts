import { Router } from 'express';
import { alignTexts } from '../../align';
import { alignmentRequestSchema, parseBody } from '../schemas';

/** POST /api/v1/alignments: segments both documents and aligns their clauses. */
export function alignmentRoutes(): Router {
  const router = Router();
  router.post('/api/v1/alignments', (req, res) => {
    const { source, target, options } = parseBody(alignmentRequestSchema, req.body);
    const alignment = alignTexts(withoutUndefined(source), withoutUndefined(target), withoutUndefined(options ?? {}));
    res.json({
      source: { title: source.title ?? null, date: source.date ?? null, ...alignment.source },
      target: { title: target.title ?? null, date: target.date ?? null, ...alignment.target },
      links: alignment.links,
    });
  });
  return router;
}

/** zod gives `key: undefined` for absent optionals; the core's types say "absent", so drop them. */
function withoutUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
