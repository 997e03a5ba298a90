import { InputUnreadableError, UnsupportedMediaTypeError } from '../errors';
import { DOCUMENT_FORMATS, type DocumentFormat, type UploadedFile } from './types';
import { listZip } from './zip';

/** What the bytes themselves say, before any claim of the client is heard. */
export type Sniffed =
  | { readonly kind: 'pdf' | 'docx' | 'text' }
  | { readonly kind: 'encrypted-office' | 'damaged-zip' }
  | { readonly kind: 'other'; readonly what: string };

const ACCEPTED = `accepted formats: ${DOCUMENT_FORMATS.join(', ')}`;
const SNIFF_WINDOW = 8192;

const MAGIC: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\x89PNG\r\n\x1a\n/, 'a PNG image'],
  [/^\xff\xd8\xff/, 'a JPEG image'],
  [/^GIF8[79]a/, 'a GIF image'],
  [/^RIFF....WEBP/s, 'a WebP image'],
  [/^(?:II\*\x00|MM\x00\*)/, 'a TIFF image'],
  [/^....ftyp/s, 'a video or HEIC image'],
  [/^\x1f\x8b/, 'a gzip archive'],
  [/^7z\xbc\xaf\x27\x1c/, 'a 7-Zip archive'],
  [/^Rar!\x1a\x07/, 'a RAR archive'],
  [/^\x7fELF/, 'an executable'],
  [/^\{\\rtf/, 'an RTF document'],
  [/^%!PS/, 'a PostScript file'],
  [/^SQLite format 3\x00/, 'an SQLite database'],
];

/**
 * Reads the format from the content: magic numbers, the zip directory of
 * Office files, and whether the bytes look like text at all.
 *
 * @example
 * sniffContent(Buffer.from('%PDF-1.7 …')).kind // 'pdf'
 */
export function sniffContent(buf: Buffer): Sniffed {
  const head = buf.toString('latin1', 0, Math.min(buf.length, SNIFF_WINDOW));
  // The PDF header may follow some junk within the first kilobyte; readers accept that.
  if (head.slice(0, 1024).includes('%PDF-')) return { kind: 'pdf' };
  if (head.startsWith('PK\x03\x04') || head.startsWith('PK\x05\x06')) return sniffZip(buf);
  if (head.startsWith('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1')) {
    // Word and Excel wrap a password-protected OOXML file in an OLE container with this stream.
    const encrypted = buf.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    return encrypted ? { kind: 'encrypted-office' } : { kind: 'other', what: 'a legacy Office file (.doc, .xls, .ppt)' };
  }
  for (const [pattern, what] of MAGIC) if (pattern.test(head)) return { kind: 'other', what };
  if (head.startsWith('\xff\xfe') || head.startsWith('\xfe\xff')) return { kind: 'text' };
  return looksBinary(head) ? { kind: 'other', what: 'binary data, not text' } : { kind: 'text' };
}

function sniffZip(buf: Buffer): Sniffed {
  const entries = listZip(buf);
  if (!entries) return { kind: 'damaged-zip' };
  const names = new Set(entries.map((e) => e.name));
  if (names.has('word/document.xml')) return { kind: 'docx' };
  if ([...names].some((n) => n.startsWith('xl/'))) return { kind: 'other', what: 'a spreadsheet (xlsx)' };
  if ([...names].some((n) => n.startsWith('ppt/'))) return { kind: 'other', what: 'a presentation (pptx)' };
  if (names.has('mimetype')) return { kind: 'other', what: 'an OpenDocument or EPUB file' };
  return { kind: 'other', what: 'a zip archive' };
}

/** Text has no NUL and almost no C0 controls other than tab, line breaks and form feed. */
function looksBinary(head: string): boolean {
  let controls = 0;
  for (let i = 0; i < head.length; i += 1) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127) controls += 1;
  }
  return controls > Math.max(2, head.length / 100);
}

type Claim = DocumentFormat | 'none' | { readonly unsupported: string };

const MIME: Readonly<Record<string, DocumentFormat | 'none'>> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/x-markdown': 'md',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  // What clients send when they do not know; the content decides.
  'application/octet-stream': 'none',
  'binary/octet-stream': 'none',
  'application/zip': 'none',
  'application/x-zip-compressed': 'none',
};

const EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  mdown: 'md',
  mkd: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
};

const NAMES: Readonly<Record<DocumentFormat, string>> = { txt: 'plain text', md: 'Markdown', html: 'HTML', pdf: 'PDF', docx: 'DOCX' };

/** The media type without parameters, lower case: `Text/HTML; charset=utf-8` → `text/html`. */
export const mediaType = (mimetype: string | undefined): string => (mimetype ?? '').split(';')[0]!.trim().toLowerCase();

function claimOfMime(mimetype: string | undefined): Claim {
  const type = mediaType(mimetype);
  if (type === '') return 'none';
  return MIME[type] ?? { unsupported: `media type ${type}` };
}

function claimOfName(filename: string | undefined): Claim {
  const ext = /\.([a-z][a-z0-9]{0,7})$/i.exec(filename ?? '')?.[1]?.toLowerCase();
  if (!ext) return 'none';
  return EXTENSION[ext] ?? { unsupported: `extension .${ext}` };
}

/**
 * Decides the format: content first, then the media type, then the file
 * name. A claim that contradicts the content is refused rather than trusted
 * or ignored, because it usually means the wrong file was picked.
 *
 * @example
 * detectFormat({ buffer: Buffer.from('# Title'), filename: 'notes.md' }) // 'md'
 */
export function detectFormat(file: UploadedFile, sniffed: Sniffed = sniffContent(file.buffer)): DocumentFormat {
  const mime = claimOfMime(file.mimetype);
  const name = claimOfName(file.filename);
  // Many clients send text/plain for any text file, so a more specific extension overrides it.
  const claim = mime === 'none' || (mime === 'txt' && name !== 'none' && typeof name === 'string') ? name : mime;
  const claimed = typeof claim === 'string' ? (claim === 'none' ? 'nothing' : NAMES[claim]) : claim.unsupported;
  switch (sniffed.kind) {
    case 'pdf':
    case 'docx':
      if (claim !== 'none' && claim !== sniffed.kind) {
        throw new UnsupportedMediaTypeError(`the file is named as ${claimed} but it is actually ${NAMES[sniffed.kind]}; ${ACCEPTED}`);
      }
      return sniffed.kind;
    case 'encrypted-office':
      throw new InputUnreadableError('the document is encrypted (password-protected); remove the password and upload it again');
    case 'damaged-zip':
      if (claim === 'docx') throw new InputUnreadableError('the DOCX file is damaged: its zip directory cannot be read');
      throw new UnsupportedMediaTypeError(`a damaged zip archive is not a document we read; ${ACCEPTED}`);
    case 'other':
      throw new UnsupportedMediaTypeError(
        claim === 'none' || typeof claim !== 'string'
          ? `${sniffed.what} is not a format we read; ${ACCEPTED}`
          : `the file is named as ${claimed} but it is actually ${sniffed.what}; ${ACCEPTED}`,
      );
    case 'text':
      if (typeof claim !== 'string') throw new UnsupportedMediaTypeError(`${claimed} is not a format we read; ${ACCEPTED}`);
      if (claim === 'pdf' || claim === 'docx') {
        throw new UnsupportedMediaTypeError(`the file is named as ${claimed} but it is actually text, not ${NAMES[claim]}; ${ACCEPTED}`);
      }
      return claim === 'none' ? (looksLikeHtml(file.buffer) ? 'html' : 'txt') : claim;
  }
}

function looksLikeHtml(buf: Buffer): boolean {
  const head = buf.toString('utf8', 0, Math.min(buf.length, 1024)).replace(/^\ufeff/, '');
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(head);
}
