import { InputUnreadableError, PayloadTooLargeError } from '../errors';
import { looksLikeTitle } from '../text/lines';
import { decodeText, normalizeText } from './decode';
import { detectFormat, sniffContent } from './detect';
import { htmlToText } from './html';
import { markdownToText } from './markdown';
import { pdfPagesToText } from './pdf-layout';
import { parseInWorker } from './sandbox';
import { DEFAULT_LIMITS, type DocumentFormat, type Extracted, type ExtractLimits, type UploadedFile } from './types';
import { readZipEntry } from './zip';

/**
 * Turns an uploaded file into plain text whose paragraphs, list items and
 * headings survive as blank lines and lines, ready for `segment()`.
 * Refusals are AppErrors: UnsupportedMediaTypeError (415) for a format we do
 * not read or a declared type the content contradicts, InputUnreadableError
 * (422) for invalid text or a damaged, encrypted or runaway PDF/DOCX,
 * PayloadTooLargeError (413) over `maxBytes` (before any parsing) or `maxChars`.
 *
 * @example
 * const { text, format, title } = await extractText({ buffer: req.file.buffer, filename: req.file.originalname, mimetype: req.file.mimetype });
 * const { units } = segment(text);
 */
export async function extractText(file: UploadedFile, limits: ExtractLimits = {}): Promise<Extracted> {
  const { maxBytes, maxChars, timeoutMs, maxPages } = { ...DEFAULT_LIMITS, ...definedOnly(limits) };
  if (file.buffer.length > maxBytes) {
    throw new PayloadTooLargeError(`the file has ${file.buffer.length} bytes; at most ${maxBytes} are accepted`);
  }
  const format = detectFormat(file, sniffContent(file.buffer));
  const raw = await extractRaw(format, file, { maxChars, timeoutMs, maxPages });
  const text = normalizeText(raw.text);
  if (text.length > maxChars) throw new PayloadTooLargeError(`the extracted text has ${text.length} characters; at most ${maxChars} are accepted`);
  if (!/[\p{L}\p{N}]/u.test(text)) {
    // Nothing to segment; for a PDF this is usually a scan, and no OCR is done.
    throw new InputUnreadableError(format === 'pdf' ? 'the PDF has no text layer (a scanned document?); text is not recognised from images' : 'the document contains no text');
  }
  return { text, format, title: cleanTitle(raw.title) ?? firstLineTitle(text) };
}

async function extractRaw(
  format: DocumentFormat,
  file: UploadedFile,
  limits: { maxChars: number; timeoutMs: number; maxPages: number },
): Promise<{ text: string; title: string | null }> {
  // Markup is larger than its text, so the parsers stop at a generous multiple and the exact check comes after.
  const budget = 2 * limits.maxChars + 1024;
  switch (format) {
    case 'txt':
      return { text: decodeText(file.buffer, file.mimetype), title: null };
    case 'md':
      return markdownToText(decodeText(file.buffer, file.mimetype), budget);
    case 'html':
      return htmlToText(decodeText(file.buffer, file.mimetype, true), budget);
    case 'pdf': {
      const value = await parseInWorker('pdf', file.buffer, limits);
      if (value.kind !== 'pdf') throw new Error('worker answered a PDF with another kind');
      return { text: pdfPagesToText(value.pages), title: usefulPdfTitle(value.title) };
    }
    case 'docx': {
      const value = await parseInWorker('docx', file.buffer, limits);
      if (value.kind !== 'docx') throw new Error('worker answered a DOCX with another kind');
      const { text, title } = htmlToText(value.html, budget);
      return { text, title: docxTitle(file.buffer) ?? title };
    }
  }
}

function definedOnly(limits: ExtractLimits): Partial<Required<ExtractLimits>> {
  return Object.fromEntries(Object.entries(limits).filter(([, v]) => typeof v === 'number' && v > 0));
}

/** Word writes the document's Title property to docProps/core.xml. */
function docxTitle(buffer: Buffer): string | null {
  const xml = readZipEntry(buffer, 'docProps/core.xml', 256 * 1024)?.toString('utf8');
  const raw = xml && /<dc:title>([\s\S]*?)<\/dc:title>/.exec(xml)?.[1];
  if (!raw) return null;
  return raw.replace(/&(?:#(\d+)|#x([\da-f]+)|(lt|gt|amp|quot|apos));/gi, (_, dec?: string, hex?: string, name?: string) => {
    if (dec || hex) return String.fromCodePoint(Number.parseInt(dec ?? hex ?? '', dec ? 10 : 16));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name!.toLowerCase() as 'lt'];
  });
}

/** Producers often fill Title with a file name or a placeholder; those are no title. */
function usefulPdfTitle(title: string | null): string | null {
  if (!title || /\.(?:docx?|pdf|rtf|odt|txt|html?|indd)$/i.test(title.trim()) || /^(?:untitled|microsoft word\b)/i.test(title.trim())) return null;
  return title;
}

function cleanTitle(title: string | null): string | null {
  const t = title?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** For text and PDF without metadata: a short first paragraph of one line that reads as a title. */
function firstLineTitle(text: string): string | null {
  const end = text.search(/\n\s*\n|$/);
  const first = text.slice(0, end);
  if (first.includes('\n') || first.length === 0) return null;
  return looksLikeTitle(first, { start: 0, end: first.length }) ? first.trim() : null;
}
