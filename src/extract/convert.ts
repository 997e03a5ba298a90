import { pathToFileURL } from 'node:url';
import { InputUnreadableError, PayloadTooLargeError } from '../errors';
import { asBuffer } from '../workers/transfer';
import { decodeText, normalizeText } from './decode';
import { htmlToText } from './html';
import { checkDocxInflation, checkPdfInflation } from './inflate';
import { markdownToText } from './markdown';
import { pdfPagesToText, type PdfItem } from './pdf-layout';
import type { DocumentFormat, ExtractLimits } from './types';
import { fileTitle, firstLineTitle } from './title';
import { readZipEntry } from './zip';

/** One file to convert, as it crosses to a parse worker. */
export interface ConvertTask {
  readonly format: DocumentFormat;
  readonly data: Uint8Array;
  readonly mimetype?: string;
  readonly limits: Required<Omit<ExtractLimits, 'documentBytes' | 'parseMs'>>;
}

/**
 * The whole of text extraction once the format is known: decoding, the
 * format's parser, normalisation, the limits on the text, the title. It runs
 * in a parse worker, so no parser's worst case ever runs on the request thread.
 */
export async function convert(task: ConvertTask): Promise<{ text: string; title: string | null }> {
  const buffer = asBuffer(task.data);
  const raw = await parse(task, buffer);
  const text = normalizeText(raw.text);
  const max = task.limits.extractedChars;
  if (text.length > max) throw new PayloadTooLargeError(`the extracted text has ${text.length} characters; at most ${max} are accepted`);
  if (!/[\p{L}\p{N}]/u.test(text)) {
    // Nothing to segment; for a PDF this is usually a scan, and no OCR is done.
    throw new InputUnreadableError(
      task.format === 'pdf' ? 'the PDF has no text layer (a scanned document?); text is not recognised from images' : 'the document contains no text',
    );
  }
  // A title from the file is shortened to the title limit and cleaned, so the caller is never refused for a field they left empty.
  return { text, title: fileTitle(raw.title) ?? firstLineTitle(text) };
}

async function parse(task: ConvertTask, buffer: Buffer): Promise<{ text: string; title: string | null }> {
  // Markup is larger than its text, so the parsers stop at a generous multiple and the exact check comes after.
  const budget = 2 * task.limits.extractedChars + 1024;
  switch (task.format) {
    case 'txt':
      return { text: decodeText(buffer, task.mimetype), title: null };
    case 'md':
      return markdownToText(decodeText(buffer, task.mimetype), budget);
    case 'html':
      return htmlToText(decodeText(buffer, task.mimetype, true), budget);
    case 'pdf': {
      checkPdfInflation(buffer, task.limits.inflatedBytes);
      const { pages, title } = await parsePdf(task.data, task.limits);
      return { text: pdfPagesToText(pages), title: usefulPdfTitle(title) };
    }
    case 'docx': {
      checkDocxInflation(buffer, task.limits.inflatedBytes);
      const { text, title } = htmlToText(await parseDocx(buffer, task.limits.extractedChars), budget);
      return { text, title: docxTitle(buffer) ?? title };
    }
  }
}

// pdf.js ships only as ES modules; a real import() (not one compiled to require) loads it in this plain Node thread.
const importModule = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

interface PdfJs {
  getDocument(options: Record<string, unknown>): { promise: Promise<PdfDocument> };
}
interface PdfDocument {
  numPages: number;
  getMetadata(): Promise<{ info?: { Title?: unknown } }>;
  getPage(n: number): Promise<{
    getTextContent(): Promise<{ items: Array<{ str?: string; transform?: number[]; width?: number; height?: number; hasEOL?: boolean }> }>;
    cleanup(): void;
  }>;
  destroy(): Promise<void>;
}

/** Loads pdf.js once per worker; a warm worker has it ready. */
export function loadPdfJs(): Promise<PdfJs> {
  const path = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
  pdfjs ??= importModule(pathToFileURL(path).href) as Promise<PdfJs>;
  return pdfjs;
}
let pdfjs: Promise<PdfJs> | undefined;

async function parsePdf(data: Uint8Array, limits: ConvertTask['limits']): Promise<{ title: string | null; pages: PdfItem[][] }> {
  const lib = await loadPdfJs();
  const fonts = `${require.resolve('pdfjs-dist/legacy/build/pdf.mjs').replace(/legacy[\\/]build[\\/]pdf\.mjs$/, 'standard_fonts')}/`;
  let doc: PdfDocument;
  try {
    // pdf.js takes ownership of the array it is given, so it gets a copy.
    doc = await lib.getDocument({
      data: new Uint8Array(data),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      standardFontDataUrl: fonts,
    }).promise;
  } catch (error) {
    if ((error as Error)?.name === 'PasswordException')
      throw new InputUnreadableError('the PDF is encrypted (password-protected); remove the password and upload it again');
    throw new InputUnreadableError('the PDF is damaged and cannot be read');
  }
  if (doc.numPages > limits.pdfPages) throw new PayloadTooLargeError(`the PDF has ${doc.numPages} pages; at most ${limits.pdfPages} are read`);
  const meta = await doc.getMetadata().catch(() => ({ info: {} as { Title?: unknown } }));
  const pages: PdfItem[][] = [];
  let chars = 0;
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n).catch(() => {
      throw new InputUnreadableError(`page ${n} of the PDF is damaged and cannot be read`);
    });
    const { items } = await page.getTextContent().catch(() => {
      throw new InputUnreadableError(`the text of page ${n} of the PDF cannot be read`);
    });
    const runs: PdfItem[] = [];
    for (const item of items) {
      if (typeof item.str !== 'string' || !item.transform) continue;
      const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
      runs.push({ s: item.str, x, y, w: item.width ?? 0, h: item.height || Math.hypot(c, d), eol: item.hasEOL === true });
      chars += item.str.length;
    }
    if (chars > limits.extractedChars) throw new PayloadTooLargeError(`the extracted text is longer than ${limits.extractedChars} characters`);
    pages.push(runs);
    page.cleanup();
  }
  await doc.destroy();
  return { title: typeof meta.info?.Title === 'string' ? meta.info.Title : null, pages };
}

async function parseDocx(buffer: Buffer, maxChars: number): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    // Images are never read: they are not words, and decoding them costs memory.
    const result = await mammoth.convertToHtml({ buffer }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: true });
    html = result.value;
  } catch {
    throw new InputUnreadableError('the DOCX file is damaged and cannot be read');
  }
  // The HTML is several times the text; the exact limit applies to the text.
  if (html.length > 20 * maxChars) throw new PayloadTooLargeError(`the extracted text is longer than ${maxChars} characters`);
  return html;
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
