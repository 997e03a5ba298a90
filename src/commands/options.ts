import { z } from 'zod';
import { LANGUAGES, SEGMENTATION_MODES } from '../text';

/** What a caller may choose about segmentation; the same schema serves the CLI and, later, the API. */
export const segmentOptionsSchema = z
  .object({
    mode: z.enum(SEGMENTATION_MODES).default('clauses'),
    language: z.enum(LANGUAGES).optional(),
  })
  .strict();
export type SegmentOptionsInput = z.infer<typeof segmentOptionsSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; issues: string[] };

/**
 * Validates untrusted options into a value or a list of readable issues.
 *
 * @example
 * parseSegmentOptions({ mode: 'lines' }) // { ok: true, value: { mode: 'lines' } }
 */
export function parseSegmentOptions(input: unknown): Result<SegmentOptionsInput> {
  const parsed = segmentOptionsSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`) };
}
