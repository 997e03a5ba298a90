/**
 * What crosses between the threaded store and its thread. Calls are by method
 * name with their arguments as they are; failures carry their class name and
 * code because a structured clone keeps an Error's message but drops `code`,
 * which the server reads to say what is wrong with DATA_DIR.
 */
import type { AlignmentStore } from './types';

export type StoreMethod = keyof AlignmentStore;

export interface StoreCall {
  readonly id: number;
  readonly method: StoreMethod;
  readonly args: readonly unknown[];
}

export interface WireError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  /** Where it was thrown on the thread, for the logs of a 500. */
  readonly stack?: string;
}

/** `open` answers once, when the database is open and migrated (or could not be). */
export type FromStoreThread =
  | { readonly open: true }
  | { readonly open: false; readonly error: WireError }
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: WireError };

export function toWire(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}), ...(error.stack ? { stack: error.stack } : {}) };
}

/** A TypeError stays one (a caller's programming error, as the other stores throw it); anything else is an Error with its code. */
export function fromWire(wire: WireError): Error {
  // The thread's own stack rides along as the cause: this side's stack starts at the message, not where it went wrong.
  const origin = Object.assign(new Error(wire.message), { name: wire.name, stack: wire.stack });
  const error = wire.name === 'TypeError' ? new TypeError(wire.message, { cause: origin }) : new Error(wire.message, { cause: origin });
  if (wire.name !== 'TypeError' && wire.name !== 'Error') error.name = wire.name;
  if (wire.code !== undefined) Object.assign(error, { code: wire.code });
  return error;
}
