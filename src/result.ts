/**
 * The one way this code base says "a value, or why not" without throwing:
 * configuration, stored records, command options and worker replies all use
 * it, so a caller branches on `ok` the same way everywhere. Exceptions stay
 * for faults and for refusals that travel up to the HTTP edge (AppError).
 */
export type Result<T, E = string> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });

export const err = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });
