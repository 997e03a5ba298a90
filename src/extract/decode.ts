import { InputUnreadableError } from '../errors';
import { mediaType } from './detect';

/**
 * Decodes the bytes of a text upload: UTF-8 (BOM stripped), UTF-16 with a
 * BOM, or a charset the client or an HTML `<meta>` names. Invalid UTF-8 is
 * refused rather than patched with U+FFFD, which would silently change
 * words that are then aligned and quoted back.
 *
 * @example
 * decodeText(Buffer.from('\ufeffcafé')) // 'café'
 */
export function decodeText(buf: Buffer, mimetype?: string, html = false): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return decodeWith('utf-16le', buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return decodeWith('utf-16be', buf.subarray(2));
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return decodeWith('utf-8', buf.subarray(3));
  const charset = declaredCharset(mimetype) ?? (html ? metaCharset(buf) : undefined);
  if (charset && !/^utf-?8$/i.test(charset)) {
    const text = tryDecode(charset, buf);
    if (text !== undefined) return text;
  }
  return decodeWith('utf-8', buf);
}

function decodeWith(encoding: string, buf: Uint8Array): string {
  const text = tryDecode(encoding, buf);
  if (text === undefined) {
    throw new InputUnreadableError(`the file is not valid ${encoding.toUpperCase()} text; save it as UTF-8 and upload it again`);
  }
  return text;
}

/** undefined when the label is unknown or the bytes are invalid in it. */
function tryDecode(encoding: string, buf: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    return undefined;
  }
}

function declaredCharset(mimetype: string | undefined): string | undefined {
  if (!mimetype || mediaType(mimetype) === '') return undefined;
  return /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(mimetype)?.[1];
}

/** `<meta charset="…">` or the http-equiv form, looked for where the HTML standard says it must be: the first kilobytes. */
function metaCharset(buf: Buffer): string | undefined {
  const head = buf.toString('latin1', 0, Math.min(buf.length, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

/**
 * The clean-up every format shares: one kind of line break, composed
 * Unicode, no trailing blanks, at most one blank line in a row.
 *
 * @example
 * normalizeText('a \r\n\r\n\r\nb') // 'a\n\nb'
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\s+$/g, '');
}
