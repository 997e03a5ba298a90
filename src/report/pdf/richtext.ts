import { printable } from './printable';
import { COLOR, LEADING, type FontFace } from './theme';

/** A stretch of text in one style; "\n" inside `text` forces a line break. */
export interface Run {
  readonly text: string;
  readonly face?: FontFace;
  readonly color?: string;
  readonly mark?: 'strike' | 'underline';
}

/** One drawn piece of a line: consecutive words of the same style, merged. */
interface Piece {
  readonly x: number;
  readonly text: string;
  readonly run: Run;
}

export interface Line {
  readonly pieces: readonly Piece[];
}

/** Text laid out for one width and size: its height is known before anything is drawn. */
export interface Block {
  readonly lines: readonly Line[];
  readonly size: number;
  readonly lineHeight: number;
}

const widthNow = (doc: PDFKit.PDFDocument, face: FontFace, size: number, text: string): number => doc.font(face).fontSize(size).widthOfString(text);

// Word widths are the same in every document (same font files, no options),
// and shaping each word through fontkit is most of a render's time. The cache
// lives as long as the report worker, so it is bounded by what it holds, not by
// its count: a word longer than any real one (a URL, base64) occurs once and is
// measured again if ever needed, and the whole is dropped past a budget.
const widths = new Map<string, number>();
/** Longest text whose width is kept. */
const CACHED_TEXT_MAX = 200;
/** Characters of keys held before the cache starts over: about 16 MB of strings. */
const CACHE_BUDGET_CHARS = 8_000_000;
let cachedChars = 0;

function widthOf(doc: PDFKit.PDFDocument, face: FontFace, size: number, text: string): number {
  if (text.length > CACHED_TEXT_MAX) return widthNow(doc, face, size, text);
  const key = `${face}|${size}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (cachedChars + key.length > CACHE_BUDGET_CHARS) {
      widths.clear();
      cachedChars = 0;
    }
    width = widthNow(doc, face, size, text);
    widths.set(key, width);
    cachedChars += key.length;
  }
  return width;
}

/** The characters the width cache holds now (its keys'): for tests of its bound. */
export const widthCacheChars = (): number => cachedChars;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Length of the first character in UTF-16 units: a surrogate pair is one character. */
const firstCharLength = (text: string): number => (text.length > 1 && isHigh(text.charCodeAt(0)) && isLow(text.charCodeAt(1)) ? 2 : 1);

/**
 * The length of the longest prefix of `text` that `fits` (0 when no character
 * does), never ending inside a surrogate pair. A prefix is at least as wide as
 * any shorter one, so the search doubles the length while it fits and then
 * bisects: O(log n) measures, none much longer than the line. Measuring every
 * shorter prefix from the end, as before, was cubic in a word's length (a
 * 1,600-character word took 20-45 s, a 4,000-character one over 3 minutes).
 *
 * @example
 * longestFittingPrefix('abcdef', (p) => p.length <= 4) // 4
 */
export function longestFittingPrefix(text: string, fits: (prefix: string) => boolean): number {
  // A cut between the halves of a surrogate pair moves before the pair.
  const boundary = (end: number) => (end > 0 && end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1)) ? end - 1 : end);
  const ok = (end: number) => fits(text.slice(0, boundary(end)));
  let lo = 0;
  let hi = Math.min(1, text.length);
  for (;;) {
    if (hi === lo || !ok(hi)) break;
    lo = hi;
    if (hi === text.length) return text.length;
    hi = Math.min(2 * hi, text.length);
  }
  // Here the prefix of `lo` fits and that of `hi` does not.
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (ok(mid)) lo = mid;
    else hi = mid;
  }
  return boundary(lo);
}

const sameStyle = (a: Run, b: Run) => a.face === b.face && a.color === b.color && a.mark === b.mark;

/**
 * Breaks runs into lines no wider than `width`, measuring every word in its
 * own face, so mixed styles (a word diff, a cue in italics) wrap like one text.
 * pdfkit's own wrapping cannot report the height of mixed-style text, and
 * page breaks must be decided before drawing.
 *
 * @example
 * const block = layout(doc, [{ text: 'kept ' }, { text: 'removed', mark: 'strike' }], 200, 9);
 * block.lines.length * block.lineHeight // the height drawBlock will use
 */
export function layout(doc: PDFKit.PDFDocument, runs: readonly Run[], width: number, size: number): Block {
  const lines: Line[] = [];
  let pieces: Piece[] = [];
  let x = 0;
  const measure = (run: Run, text: string) => widthOf(doc, run.face ?? 'regular', size, text);
  const push = (run: Run, text: string, w: number) => {
    const last = pieces[pieces.length - 1];
    if (last && sameStyle(last.run, run)) pieces[pieces.length - 1] = { ...last, text: last.text + text };
    else pieces.push({ x, text, run });
    x += w;
  };
  const endLine = () => {
    // Trailing spaces would extend an underline or strike-through past the word.
    const trimmed = pieces.map((p) => ({ ...p, text: p.text.trimEnd() })).filter((p) => p.text !== '');
    lines.push({ pieces: trimmed });
    pieces = [];
    x = 0;
  };
  // A word may span runs ("Ministers" kept, "," inserted): its parts wait here
  // until white space ends it, so a line never breaks inside a word.
  let word: Array<{ run: Run; text: string; w: number }> = [];
  const placeWord = () => {
    const total = word.reduce((sum, part) => sum + part.w, 0);
    if (x > 0 && x + total > width) endLine();
    for (const part of word) {
      if (x + part.w <= width) {
        push(part.run, part.text, part.w);
        continue;
      }
      // A word wider than the line (a URL, an identifier, base64) is cut between characters,
      // each line taking the longest prefix that fits. Prefixes are measured without the
      // width cache: a long word has thousands, each needed once.
      const uncached = (prefix: string) => widthNow(doc, part.run.face ?? 'regular', size, prefix);
      const fits = (prefix: string) => x + uncached(prefix) <= width;
      let text = part.text;
      for (;;) {
        let cut = longestFittingPrefix(text, fits);
        if (cut === 0 && x > 0) {
          endLine();
          continue;
        }
        // Not one character fits an empty line: it is drawn anyway, overhanging, rather than lost.
        if (cut === 0) cut = firstCharLength(text);
        const head = text.slice(0, cut);
        push(part.run, head, uncached(head));
        if (cut >= text.length) break;
        endLine();
        text = text.slice(cut);
      }
    }
    word = [];
  };
  for (const run of runs) {
    const paragraphs = printable(run.text).replace(/\r\n?/g, '\n').split('\n');
    paragraphs.forEach((paragraph, p) => {
      if (p > 0) {
        placeWord();
        endLine();
      }
      for (const token of paragraph.split(/(\s+)/)) {
        if (token === '') continue;
        if (/^\s+$/.test(token)) {
          placeWord();
          if (x > 0) push(run, ' ', measure(run, ' '));
        } else word.push({ run, text: token, w: measure(run, token) });
      }
    });
  }
  placeWord();
  if (pieces.length > 0 || lines.length === 0) endLine();
  return { lines, size, lineHeight: size * LEADING };
}

/** Height of a block's lines from `from` to `to` (exclusive). */
export const blockHeight = (block: Block, from = 0, to = block.lines.length): number => Math.max(0, Math.min(to, block.lines.length) - from) * block.lineHeight;

/**
 * Draws lines `from`..`to` of a block with its top-left corner at (x, y).
 * Every piece is placed explicitly with lineBreak off, so pdfkit never
 * wraps or adds a page on its own.
 *
 * @example
 * drawBlock(doc, layout(doc, runs, 200, 9), 50, 100);
 */
export function drawBlock(doc: PDFKit.PDFDocument, block: Block, x: number, y: number, from = 0, to = block.lines.length): void {
  block.lines.slice(from, to).forEach((line, i) => {
    const top = y + i * block.lineHeight;
    for (const piece of line.pieces) {
      doc
        .font(piece.run.face ?? 'regular')
        .fontSize(block.size)
        .fillColor(piece.run.color ?? COLOR.text)
        .text(piece.text, x + piece.x, top, {
          lineBreak: false,
          underline: piece.run.mark === 'underline',
          strike: piece.run.mark === 'strike',
        });
    }
  });
  doc.fillColor(COLOR.text);
}

/**
 * Shortens one line of text at a word boundary, with "…", until it fits
 * `width`; punctuation left dangling before the ellipsis goes too. Only a
 * first word too wide on its own is cut inside.
 *
 * @example
 * fitLine(doc, 'Franco-Belgian intergovernmental meeting Val Duchesse II', 150) // "Franco-Belgian intergovernmental…"
 */
const DANGLING = new Set([...' \t\n,;:([{–—-']);
/** Drops the spaces and punctuation a cut leaves at the end, walking back: a `[…]+$` regex retries from every position of a long run. */
function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && DANGLING.has(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}

export function fitLine(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const words = text.split(/\s+/u);
  const shortened = (n: number) => `${trimTrailing(words.slice(0, n).join(' '))}…`;
  // The most words that fit, bisected: more words are never narrower, and the running header
  // asks on every page, where trying each count from the longest was O(words × length).
  let lo = 0;
  let hi = words.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (doc.widthOfString(shortened(mid)) <= width) lo = mid;
    else hi = mid;
  }
  if (lo > 0) return shortened(lo);
  const end = longestFittingPrefix(text, (prefix) => doc.widthOfString(`${prefix.trimEnd()}…`) <= width);
  return `${text.slice(0, end > 0 ? end : firstCharLength(text)).trimEnd()}…`;
}
