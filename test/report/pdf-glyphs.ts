import { inflateSync } from 'node:zlib';

/**
 * How many .notdef glyphs (boxes) the pages draw. pdftotext leaves control
 * characters out of its text, so the drawing itself is read: pdfkit shows
 * text as hex strings of 4-digit glyph ids in TJ arrays, and a subset font
 * keeps .notdef as glyph 0.
 */
export function notdefGlyphs(pdf: Buffer): number {
  const raw = pdf.toString('latin1');
  let count = 0;
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    let body: string;
    try {
      body = inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
    } catch {
      continue; // not a compressed stream (an image, an uncompressed object)
    }
    for (const tj of body.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      for (const hex of tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)) count += (hex[1]!.match(/.{4}/g) ?? []).filter((id) => id === '0000').length;
    }
  }
  return count;
}
