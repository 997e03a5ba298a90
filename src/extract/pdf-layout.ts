/** One text run as pdf.js reports it: its string, baseline origin, advance width, font height, end-of-line flag. */
export interface PdfItem {
  readonly s: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly eol: boolean;
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  h: number;
}

const BULLET = /^(?:[-–—•◦▪‣∙·*]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxlc]{1,5})\)|\d{1,3}\.)\s/u;
const SENTENCE_END = /[.!?:;…]["”’'»)\]]*$/u;
const PAGE_NUMBER = /^(?:page\s+|p\.\s*|-\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*-)?$/iu;

/**
 * Rebuilds paragraphs from the text runs of a PDF's pages: runs on one
 * baseline form a line; lines join into a paragraph unless a wider gap, a
 * change of font size, a bullet or a short line ending a sentence says a
 * new one starts; hyphens at line ends are removed unless the document
 * spells the word with a hyphen elsewhere; page numbers and running
 * headers go.
 *
 * @example
 * pdfPagesToText([[{ s: 'A long para-', x: 0, y: 700, w: 80, h: 10, eol: true },
 *                  { s: 'graph.', x: 0, y: 688, w: 40, h: 10, eol: true }]]) // 'A long paragraph.'
 */
export function pdfPagesToText(pages: readonly (readonly PdfItem[])[]): string {
  const pageLines = dropFurniture(pages.map(toLines));
  const vocabulary = countWords(pageLines.flat());
  const out: string[] = [];
  let previous: Line | undefined;
  for (const lines of pageLines) {
    const spacing = typicalSpacing(lines);
    // A loop, not Math.max(...): spreading a page of 200,000 lines overflows the stack.
    let right = Number.NEGATIVE_INFINITY;
    let left = Number.POSITIVE_INFINITY;
    for (const l of lines) {
      right = Math.max(right, l.x1);
      left = Math.min(left, l.x0);
    }
    lines.forEach((line, i) => {
      const sep = previous === undefined ? '' : i === 0 ? pageSeparator(previous, line) : separator(previous, line, spacing, left, right);
      if (sep === '') out.push(line.text);
      else if (sep === 'join') {
        // Only the previous line is looked at and changed: rebuilding the paragraph on every join made it quadratic.
        const [kept, glue] = joinLines(out[out.length - 1] ?? '', line.text, vocabulary);
        out[out.length - 1] = kept;
        out.push(glue, line.text);
      } else out.push(sep, line.text);
      previous = line;
    });
  }
  return out.join('');
}

function toLines(items: readonly PdfItem[]): Line[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  let lastEnd = 0;
  let brokeLine = true;
  for (const item of items) {
    const h = Math.abs(item.h) || 1;
    const sameBaseline = line !== undefined && Math.abs(item.y - line.y) <= 0.5 * Math.max(h, line.h);
    if (!line || brokeLine || !sameBaseline) {
      if (item.s.trim() !== '' || !line) {
        if (line && line.text.trim() !== '') lines.push(line);
        line = { text: '', x0: item.x, x1: item.x, y: item.y, h };
      }
    } else if (item.x - lastEnd > 0.15 * h && !endsInSpace(line.text) && !/^\s/u.test(item.s)) {
      line.text += ' ';
    }
    if (item.s !== '') {
      if (line.text === '') line.x0 = item.x;
      line.text += item.s;
      line.h = Math.max(line.h, h);
      lastEnd = item.x + item.w;
      if (item.s.trim() !== '') line.x1 = Math.max(line.x1, lastEnd);
    }
    brokeLine = item.eol;
  }
  if (line && line.text.trim() !== '') lines.push(line);
  for (const l of lines)
    l.text = l.text
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(/[\ufb00-\ufb06]/gu, (c) => c.normalize('NFKC'));
  return lines;
}

/** Page numbers at a page's top or bottom, and lines that open or close most pages alike (running headers, footers). */
function dropFurniture(pages: Line[][]): Line[][] {
  const shape = (l: Line): string => l.text.toLowerCase().replace(/\d+/gu, '#');
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const ends = new Set([lines[0], lines.at(-1)].filter((l): l is Line => l !== undefined).map(shape));
    for (const key of ends) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = (l: Line): boolean => pages.length >= 3 && (counts.get(shape(l)) ?? 0) >= Math.max(3, pages.length / 2);
  return pages.map((lines) => lines.filter((l, i) => !((i === 0 || i === lines.length - 1) && (PAGE_NUMBER.test(l.text) || repeated(l)))));
}

/** The usual distance between baselines on a page: the median of the gaps between lines of body size. */
function typicalSpacing(lines: readonly Line[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const gap = lines[i - 1]!.y - lines[i]!.y;
    if (gap > 0 && Math.abs(lines[i]!.h - lines[i - 1]!.h) < 0.5) gaps.push(gap);
  }
  // With one or two gaps the median may be a paragraph gap itself: fall back on the font size (0 → 1.2 × height).
  if (gaps.length < 3) return 0;
  gaps.sort((a, b) => a - b);
  // The lower median: paragraph gaps are the large outliers, and a page may hold only a few lines.
  return gaps[Math.floor((gaps.length - 1) / 2)] ?? 0;
}

function separator(prev: Line, line: Line, spacing: number, left: number, right: number): 'join' | '\n' | '\n\n' {
  const gap = prev.y - line.y;
  const lineHeight = spacing > 0 ? spacing : 1.2 * prev.h;
  if (gap < 0 || gap > 1.5 * lineHeight + 0.5) return '\n\n';
  if (Math.abs(line.h - prev.h) > 0.15 * Math.max(line.h, prev.h)) return '\n\n';
  if (BULLET.test(line.text)) return '\n';
  // The last line of a paragraph stops short of the margin: a short line ending a sentence ends the paragraph.
  const width = right - left;
  if (SENTENCE_END.test(prev.text) && width > 0 && prev.x1 < right - 0.15 * width) return '\n\n';
  return 'join';
}

/** A paragraph runs on over the page break when it stops mid-sentence and the next page goes on in lower case. */
function pageSeparator(prev: Line, line: Line): 'join' | '\n\n' {
  return !SENTENCE_END.test(prev.text) && /^[\p{Ll}\d]/u.test(line.text) && !BULLET.test(line.text) ? 'join' : '\n\n';
}

/**
 * Words and hyphenated pairs as the document writes them within lines:
 * "Hauts-de-France" counts "hauts-de", "de-france" and "hauts", "de", "france".
 */
function countWords(lines: readonly Line[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (w: string): void => {
    counts.set(w, (counts.get(w) ?? 0) + 1);
  };
  for (const line of lines) {
    for (const token of line.text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) {
      const parts = token.split('-');
      parts.forEach((part, i) => {
        add(part);
        if (i > 0) add(`${parts[i - 1]!}-${part}`);
      });
    }
  }
  return counts;
}

/** Longer runs of letters are not words a typesetter hyphenated. */
const MAX_WORD = 64;
const HYPHENS = new Set(['-', '\u2010', '\u00ad']);
const LETTER = /\p{L}/u;
const endsInSpace = (s: string): boolean => s.length > 0 && /\s/u.test(s.charAt(s.length - 1));

/**
 * The letters just before a line-end hyphen, or undefined. Walks back from the
 * end over the last word only, and over at most MAX_WORD letters: the paragraph
 * built so far can be long, and a pattern anchored at its end was tried from
 * every position of it (80,000 letters took seconds).
 */
function hyphenatedWord(before: string): string | undefined {
  if (!HYPHENS.has(before.charAt(before.length - 1))) return undefined;
  let start = before.length - 1;
  while (start > 0) {
    if (before.length - 1 - start > MAX_WORD) return undefined;
    const code = before.codePointAt(start - 1)!;
    // A low surrogate belongs to the letter that starts one place earlier.
    const back = code >= 0xdc00 && code <= 0xdfff && start >= 2 ? 2 : 1;
    if (!LETTER.test(before.slice(start - back, start))) break;
    start -= back;
  }
  return start < before.length - 1 ? before.slice(start, before.length - 1) : undefined;
}

/** The previous line as it stays, and what goes between it and the next: a space, or nothing across a hyphenation. */
function joinLines(before: string, after: string, vocabulary: ReadonlyMap<string, number>): [string, string] {
  const word = hyphenatedWord(before);
  if (word === undefined) return [before, ' '];
  const stem = before.slice(0, -1);
  if (before.endsWith('\u00ad')) return [stem, ''];
  const next = /^\p{L}+/u.exec(after)?.[0];
  // "Iraqi-" + "Syrian": a capital after the break is a compound's next part, never a split word.
  if (!next || /^\p{Lu}/u.test(next)) return [before, ''];
  // "Hauts-" + "de-France": a fragment that is itself followed by a hyphen belongs to a compound.
  if (after.charAt(next.length) === '-') return [before, ''];
  const left = word.toLowerCase();
  const right = next.toLowerCase();
  // "co-" + "operation": the document's own spelling decides; when it has none, the break was a hyphenation.
  const asCompound = vocabulary.get(`${left}-${right}`) ?? 0;
  const asWord = vocabulary.get(left + right) ?? 0;
  if (asCompound > 0 || asWord > 0) return [asCompound >= asWord ? before : stem, ''];
  // Neither spelling occurs: two halves that are words elsewhere ("third-" + "country") make a compound;
  // typesetting splits words into halves that are not ("regu-" + "lation"). The halves here count once each.
  const wordsElsewhere = (vocabulary.get(left) ?? 0) > 1 && (vocabulary.get(right) ?? 0) > 1;
  return [wordsElsewhere ? before : stem, ''];
}
