import { pathToFileURL } from 'node:url';
import { parentPort } from 'node:worker_threads';
import type { PdfItem } from './pdf-layout';
import type { ParseReply, ParseRequest, ParseValue } from './worker-protocol';

/** Thrown inside the worker to say why the document was refused; anything else becomes "unreadable". */
class Refusal extends Error {
  constructor(
    readonly reason: 'unreadable' | 'too_large',
    detail: string,
  ) {
    super(detail);
  }
}

// The parsers' warnings would interleave with the service's logs. (Piping the worker's stdio instead keeps an idle worker from letting the process exit.)
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) console[method] = () => undefined;

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

async function parsePdf(req: ParseRequest): Promise<ParseValue> {
  const pdfjs = (await importModule(pathToFileURL(req.pdfjsPath).href)) as PdfJs;
  let doc: PdfDocument;
  try {
    doc = await pdfjs.getDocument({
      data: req.data,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      standardFontDataUrl: req.standardFontsPath,
    }).promise;
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'PasswordException') throw new Refusal('unreadable', 'the PDF is encrypted (password-protected); remove the password and upload it again');
    throw new Refusal('unreadable', `the PDF is damaged and cannot be read (${(error as Error)?.message ?? name})`);
  }
  if (doc.numPages > req.maxPages) throw new Refusal('too_large', `the PDF has ${doc.numPages} pages; at most ${req.maxPages} are read`);
  const meta = await doc.getMetadata().catch(() => ({ info: {} as { Title?: unknown } }));
  const pages: PdfItem[][] = [];
  let chars = 0;
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const { items } = await page.getTextContent();
    const runs: PdfItem[] = [];
    for (const item of items) {
      if (typeof item.str !== 'string' || !item.transform) continue;
      const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
      runs.push({ s: item.str, x, y, w: item.width ?? 0, h: item.height || Math.hypot(c, d), eol: item.hasEOL === true });
      chars += item.str.length;
    }
    if (chars > req.maxChars) throw new Refusal('too_large', `the extracted text is longer than ${req.maxChars} characters`);
    pages.push(runs);
    page.cleanup();
  }
  await doc.destroy();
  const title = typeof meta.info?.Title === 'string' ? meta.info.Title : null;
  return { kind: 'pdf', title, pages };
}

async function parseDocx(req: ParseRequest): Promise<ParseValue> {
  // Loaded here, not at the top: a PDF parse should not pay for mammoth's start-up.
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(req.data.buffer, req.data.byteOffset, req.data.byteLength) },
      // Images are never read: they are not words, and decoding them costs memory.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (error) {
    throw new Refusal('unreadable', `the DOCX file is damaged and cannot be read (${(error as Error)?.message ?? String(error)})`);
  }
  // The HTML is several times the text; the parent applies the exact limit to the text.
  if (html.length > 20 * req.maxChars) throw new Refusal('too_large', `the extracted text is longer than ${req.maxChars} characters`);
  return { kind: 'docx', html };
}

async function answer(req: ParseRequest): Promise<ParseReply> {
  try {
    return { id: req.id, ok: true, value: req.kind === 'pdf' ? await parsePdf(req) : await parseDocx(req) };
  } catch (error) {
    return error instanceof Refusal
      ? { id: req.id, ok: false, reason: error.reason, detail: error.message }
      : { id: req.id, ok: false, reason: 'unreadable', detail: `the ${req.kind.toUpperCase()} file cannot be read (${String((error as Error)?.message ?? error)})` };
  }
}

// One request at a time: the parent sends the next only after this one's answer.
parentPort?.on('message', (req: ParseRequest) => {
  void answer(req).then((reply) => parentPort?.postMessage(reply));
});
