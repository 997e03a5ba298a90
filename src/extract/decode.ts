import { InputUnreadableError } from '../errors';
import { mediaType } from './detect';
import { hasLoneSurrogate } from '../text/controls';

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
    const text = tryDecode(charset, buf) ?? tryDecode('utf-8', buf);
    if (text !== undefined) return text;
    // Neither what it declares nor UTF-8: say what was declared, which is what the sender can put right.
    throw new InputUnreadableError(
      knownEncoding(charset)
        ? `the file is not valid ${charset} text, as it declares, nor UTF-8; save it as UTF-8 and upload it again`
        : `the file declares the charset "${charset}", which is not one we know, and it is not UTF-8; save it as UTF-8 and upload it again`,
    );
  }
  return decodeWith('utf-8', buf);
}

function knownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
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
 * Unicode, no soft hyphens, no trailing blanks, at most one blank line in a
 * row, nothing blank at either end. One pass over the lines: the regular
 * expressions this replaces (`[ \t]+$` per line, `\s+$`) backtracked over every
 * run of spaces, so 80,000 spaces took 13 s.
 *
 * @example
 * normalizeText('a \r\n\r\n\r\nb') // 'a\n\nb'
 */
export function normalizeText(text: string): string {
  const src = text.replace(/\r\n?/g, '\n').normalize('NFC').replaceAll('\u00ad', '');
  // Blanks before a line terminator (\n, U+2028, U+2029) or the end go, as `[ \t\u00a0]+$` with the m flag took them.
  const kept: string[] = [];
  let from = 0;
  let blanks = -1;
  for (let i = 0; i < src.length; i += 1) {
    const c = src.charCodeAt(i);
    if (isBlank(c)) {
      if (blanks < 0) blanks = i;
    } else if (c === 0x0a || c === 0x2028 || c === 0x2029) {
      kept.push(src.slice(from, blanks < 0 ? i : blanks), src.charAt(i));
      from = i + 1;
      blanks = -1;
    } else blanks = -1;
  }
  kept.push(src.slice(from, blanks < 0 ? src.length : blanks));
  const lines = kept.join('').replace(/\n{3,}/g, '\n\n');
  let start = 0;
  while (lines.charCodeAt(start) === 0x0a) start += 1;
  return lines.slice(start).trimEnd();
}

/** Space, tab, no-break space: what trailing blanks on a line are made of. */
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;

/**
 * What makes a text unfit to align, in words that follow "The document …", or
 * undefined: the rules every text meets, pasted or extracted.
 *
 * @example textProblem(';'.repeat(1e6)) // 'contains no letters or digits'
 */
export function textProblem(text: string): string | undefined {
  if (hasLoneSurrogate(text)) return 'holds unpaired UTF-16 surrogates, which are not text';
  if (text.includes('\u0000')) return 'holds NUL characters, which are binary data, not text';
  if (!/[\p{L}\p{N}]/u.test(text)) return 'contains no letters or digits';
  return undefined;
}
