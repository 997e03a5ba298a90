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

// Word widths are the same in every document (same font files, no options),
// and shaping each word through fontkit is most of a render's time.
const widths = new Map<string, number>();

function widthOf(doc: PDFKit.PDFDocument, face: FontFace, size: number, text: string): number {
  const key = `${face}|${size}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (widths.size > 100_000) widths.clear();
    width = doc.font(face).fontSize(size).widthOfString(text);
    widths.set(key, width);
  }
  return width;
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
      let { text, w } = part;
      // A word longer than the whole width (a URL, an identifier) is cut by characters.
      while (x + w > width && text.length > 1) {
        let cut = text.length - 1;
        while (cut > 1 && x + measure(part.run, text.slice(0, cut)) > width) cut -= 1;
        if (x > 0 && x + measure(part.run, text.slice(0, cut)) > width) {
          endLine();
          continue;
        }
        push(part.run, text.slice(0, cut), measure(part.run, text.slice(0, cut)));
        endLine();
        text = text.slice(cut);
        w = measure(part.run, text);
      }
      push(part.run, text, w);
    }
    word = [];
  };
  for (const run of runs) {
    const paragraphs = run.text.replace(/\r\n?/g, '\n').split('\n');
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
  for (let n = words.length - 1; n > 0; n -= 1) {
    const shortened = `${trimTrailing(words.slice(0, n).join(' '))}…`;
    if (doc.widthOfString(shortened) <= width) return shortened;
  }
  let end = text.length;
  while (end > 1 && doc.widthOfString(`${text.slice(0, end).trimEnd()}…`) > width) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}
