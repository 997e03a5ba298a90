import { Router } from 'express';
import { z } from 'zod';
import type { Limits } from '../../limits';
import { inferDate } from '../../text';
import { checkDocument, parseBody, titleSchema } from '../schemas';

/** Only the title and opening lines are read, but the text is held to a document's limits like any other. */
export const dateRequestSchema = z.object({ text: z.string(), title: titleSchema.optional() }).strict();

/**
 * POST /api/v1/documents/date: the date a comparison would use for a document given
 * without one — `{ date, from: { field, text } }` — or `null` when its title and opening
 * lines name none. The web page shows it before the documents are sent.
 */
export function documentRoutes(limits: Limits): Router {
  const router = Router();
  router.post('/api/v1/documents/date', (req, res) => {
    const { text, title } = parseBody(dateRequestSchema, req.body);
    if (text.trim() !== '') checkDocument('text', text, limits);
    res.json(inferDate(text, title) ?? null);
  });
  return router;
}
