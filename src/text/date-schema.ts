/**
 * The document date as the edges (API JSON, upload form) validate it: the
 * rules are dateProblem's, in zod's shape. Apart from date-field.ts so that
 * the text pipeline itself never loads zod.
 */
import { z } from 'zod';
import { dateProblem } from './date-field';

/**
 * A document's date: `YYYY-MM-DD` (a real day), `YYYY-MM` or `YYYY`, surrounding spaces ignored.
 *
 * @example
 * documentDateSchema.safeParse('2021-13-45').success // false
 */
export const documentDateSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = dateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
