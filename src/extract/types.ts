import type { Limits } from '../limits';

export const DOCUMENT_FORMATS = ['txt', 'md', 'html', 'pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** What an upload handler (multer, busboy, a test) hands over: the bytes and what the client claimed they are. */
export interface UploadedFile {
  readonly buffer: Buffer;
  readonly filename?: string;
  readonly mimetype?: string;
}

export interface Extracted {
  /** Plain text: paragraphs separated by blank lines, list items and headings on lines of their own. */
  readonly text: string;
  readonly format: DocumentFormat;
  /** `<title>`, PDF/DOCX metadata title, else the first heading, else a short first line that reads as a title. */
  readonly title: string | null;
}

/** The limits of the one table (src/limits.ts) that extraction enforces; any left out take their defaults. */
export type ExtractLimits = Partial<Pick<Limits, 'documentBytes' | 'extractedChars' | 'inflatedBytes' | 'pdfPages' | 'parseMs'>>;
