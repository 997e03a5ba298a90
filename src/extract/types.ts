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

export interface ExtractLimits {
  /** Bytes of the upload; checked before any parsing. */
  readonly maxBytes?: number;
  /** Characters of extracted text; PDF and DOCX readers stop as soon as they pass it. */
  readonly maxChars?: number;
  /** Wall-clock bound on one PDF or DOCX parse, which runs in a worker thread that is terminated when late. */
  readonly timeoutMs?: number;
  /** Pages read from a PDF at most. */
  readonly maxPages?: number;
}

export const DEFAULT_LIMITS: Required<ExtractLimits> = {
  maxBytes: 2 * 1024 * 1024,
  maxChars: 2_000_000,
  timeoutMs: 20_000,
  maxPages: 2_000,
};
