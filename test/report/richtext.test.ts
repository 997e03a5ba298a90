import PDFDocument from 'pdfkit';
import { fitLine, layout, longestFittingPrefix, widthCacheChars, type Block, type Run } from '../../src/report/pdf/richtext';
import { fontPaths, SIZE } from '../../src/report/pdf/theme';

function pdfDoc(): PDFKit.PDFDocument {
  const doc = new PDFDocument();
  for (const [face, path] of Object.entries(fontPaths())) doc.registerFont(face, path);
  return doc;
}

const doc = pdfDoc();
/** The pledge table's source column at table size: about 25 characters a line, the most lines a long word makes. */
const WIDTH = 0.26 * 495.28 - 8;
const SIZE_ = SIZE.table;

/** A base64-like blob: no white space, nowhere to break but between characters. */
const blob = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[((i + from) * 37 + ((i + from) >> 3)) % 64]).join('');

const widthOf = (run: Run, text: string) =>
  doc
    .font(run.face ?? 'regular')
    .fontSize(SIZE_)
    .widthOfString(text);
const lineText = (block: Block, i: number) => block.lines[i]!.pieces.map((p) => p.text).join('');
/** Where a line's ink ends: its last piece's start plus that piece's width. */
const lineEnd = (block: Block, i: number) => Math.max(0, ...block.lines[i]!.pieces.map((p) => p.x + widthOf(p.run, p.text)));

describe('layout of a word wider than the line', () => {
  test('a 5,000-character word is cut into lines that fit, each as full as it can be, with no character lost', () => {
    const word = blob(5000);
    const block = layout(doc, [{ text: `See ${word} for details.` }], WIDTH, SIZE_);
    const texts = block.lines.map((_, i) => lineText(block, i));
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    expect(squeeze(texts.join(''))).toBe(squeeze(`See ${word} for details.`));
    expect(texts[0]).toBe('See');
    // About 25 characters a line: the word is spread over lines, not drawn past the edge in one.
    expect(block.lines.length).toBeGreaterThan(150);
    for (const i of block.lines.keys()) expect(lineEnd(block, i)).toBeLessThanOrEqual(WIDTH + 1e-9);
    // Each line of the word but its last takes as many characters as fit: one more would not.
    let at = 0;
    for (const text of texts.slice(1, -1)) {
      expect(word.startsWith(text, at)).toBe(true);
      expect(widthOf({ text }, word.slice(at, at + text.length + 1))).toBeGreaterThan(WIDTH);
      at += text.length;
    }
  });

  test('a long word made of differently styled runs (a diff inside a URL) keeps every run whole and in order', () => {
    const runs: Run[] = [{ text: blob(1200) }, { text: blob(900, 7), mark: 'strike', color: '#B3261E' }, { text: blob(1500, 3), face: 'bold' }];
    const block = layout(doc, runs, WIDTH, SIZE_);
    for (const style of [undefined, 'strike'] as const) {
      const text = block.lines.flatMap((l) => l.pieces.filter((p) => p.run.mark === style && p.run.face !== 'bold').map((p) => p.text)).join('');
      expect(text).toBe(style ? runs[1]!.text : runs[0]!.text);
    }
    expect(block.lines.flatMap((l) => l.pieces.filter((p) => p.run.face === 'bold').map((p) => p.text)).join('')).toBe(runs[2]!.text);
    for (const i of block.lines.keys()) expect(lineEnd(block, i)).toBeLessThanOrEqual(WIDTH + 1e-9);
  });

  test('never cuts between the two halves of a character outside the BMP', () => {
    const word = 'a𝐀b😀'.repeat(600);
    const block = layout(doc, [{ text: word }], WIDTH, SIZE_);
    const pieces = block.lines.flatMap((l) => l.pieces.map((p) => p.text));
    expect(pieces.join('')).toBe(word);
    for (const piece of pieces) {
      expect(piece).not.toMatch(/^[\uDC00-\uDFFF]/);
      expect(piece).not.toMatch(/[\uD800-\uDBFF]$/);
    }
  });
});

describe('longestFittingPrefix', () => {
  test('finds what trying every length from the longest down finds, for any threshold', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz'.repeat(7);
    for (let limit = 0; limit <= text.length + 2; limit += 1) {
      const seen: number[] = [];
      const got = longestFittingPrefix(text, (p) => {
        seen.push(p.length);
        return p.length <= limit;
      });
      expect(got).toBe(Math.min(limit, text.length));
      // The search never measures a prefix much longer than the answer: no long word is shaped whole for one line.
      expect(Math.max(...seen)).toBeLessThanOrEqual(Math.max(1, 2 * got));
    }
  });

  test('moves a cut inside a surrogate pair before the pair', () => {
    expect(longestFittingPrefix('ab😀c', (p) => p.length <= 3)).toBe(2);
    expect(longestFittingPrefix('😀c', (p) => p.length <= 1)).toBe(0);
  });
});

describe('fitLine, the running header', () => {
  test('shortens a 500-character word to the line with an ellipsis, and many words at a word boundary', () => {
    doc.font('regular').fontSize(SIZE.small);
    const word = blob(500);
    const one = fitLine(doc, word, 200);
    expect(one.endsWith('…')).toBe(true);
    expect(word.startsWith(one.slice(0, -1))).toBe(true);
    expect(doc.widthOfString(one)).toBeLessThanOrEqual(200);
    expect(doc.widthOfString(`${word.slice(0, one.length)}…`)).toBeGreaterThan(200);

    const words = Array.from({ length: 100 }, (_, i) => `word${i},`).join(' ');
    const many = fitLine(doc, words, 200);
    expect(many).toMatch(/^word0, word1, .* word\d+…$/);
    expect(doc.widthOfString(many)).toBeLessThanOrEqual(200);
    const kept = many.slice(0, -1).split(' ').length;
    expect(
      doc.widthOfString(
        `${words
          .split(' ')
          .slice(0, kept + 1)
          .join(' ')
          .replace(/,$/, '')}…`,
      ),
    ).toBeGreaterThan(200);
  });
});

describe('control characters', () => {
  // Everything but tab, line feed and carriage return in C0, DEL, and C1: Noto Sans has no glyph for them.
  const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

  test('none reaches a drawn piece; the words around them stay apart, and a line feed still breaks the line', () => {
    const text = 'We will set\u0001 up a \u001b[31mteam\u000b and\u007f a\bdesk\u0085now\u0000\u001f!\tthen\nNext line';
    const block = layout(doc, [{ text }, { text: ' bold\u0002er', face: 'bold' }], 400, SIZE.body);
    const lines = block.lines.map((_, i) => lineText(block, i));
    expect(lines.join('\n')).not.toMatch(CONTROL);
    expect(lines).toEqual(['We will set up a [31mteam and a desk now ! then', 'Next line bold er']);
  });
});

describe("the word-width cache, kept for the worker's life", () => {
  test('keeps ordinary words but not words longer than any real one, so long blobs cannot fill the memory', () => {
    const before = widthCacheChars();
    layout(doc, [{ text: 'Ministers agreed to reinforce cooperation against terrorism.' }], WIDTH, SIZE_);
    const afterWords = widthCacheChars();
    expect(afterWords).toBeGreaterThan(before);
    const blobs = Array.from({ length: 20 }, (_, i) => blob(2000, i * 2000)).join(' ');
    layout(doc, [{ text: blobs }], 4000, SIZE_);
    // Twenty 2,000-character words: 40,000 characters measured, none of them kept.
    expect(widthCacheChars() - afterWords).toBeLessThan(1000);
  });
});
