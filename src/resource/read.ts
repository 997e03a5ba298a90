import { err, ok, type Result } from '../result';
import { alignmentResourceSchema, type AlignmentResource } from './schema';

export type ReadResult = Result<AlignmentResource>;

/**
 * Reads a stored alignment (its JSON text, or the value already parsed)
 * through the schema: fields added since it was stored take their defaults,
 * and a record that does not fit is a failure, never a cast.
 */
export function readResource(stored: string | unknown): ReadResult {
  let value: unknown;
  try {
    value = typeof stored === 'string' ? JSON.parse(stored) : stored;
  } catch {
    return err('the stored alignment is not JSON');
  }
  const parsed = alignmentResourceSchema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  return err(
    parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; '),
  );
}
