import type { PdfItem } from './pdf-layout';

/** One parse, posted to a worker thread with its bytes transferred. */
export interface ParseRequest {
  readonly id: number;
  readonly kind: 'pdf' | 'docx';
  readonly data: Uint8Array;
  readonly maxChars: number;
  readonly maxPages: number;
  /** Absolute paths resolved by the parent, so the worker does not depend on its working directory. */
  readonly pdfjsPath: string;
  readonly standardFontsPath: string;
}

export type ParseValue =
  | { readonly kind: 'pdf'; readonly title: string | null; readonly pages: PdfItem[][] }
  | { readonly kind: 'docx'; readonly html: string };

/** The worker's only message: a value, or a refusal the parent turns into an AppError. Never a stack trace. */
export type ParseReply =
  | { readonly id: number; readonly ok: true; readonly value: ParseValue }
  | { readonly id: number; readonly ok: false; readonly reason: 'unreadable' | 'too_large'; readonly detail: string };
