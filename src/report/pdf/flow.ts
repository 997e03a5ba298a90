import { blockHeight, drawBlock, layout, type Block, type Run } from './richtext';
import { COLOR, LEADING, SIZE } from './theme';

/** Room a section needs below its heading to start on a page: an introduction, a table header and a first row. */
const SECTION_KEEP = 150;

/**
 * A cursor down the pages: every section asks it for room before drawing
 * and it starts a new page itself, so nothing is drawn past the bottom
 * margin and pdfkit never paginates behind our back.
 */
export class Flow {
  y: number;
  /** Section name of each page (index = page number − 1), for the running header. */
  readonly sections: string[] = [];
  private section = '';
  /** Called after each page break; the table uses it to repeat its header. */
  onNewPage: (() => void) | null = null;

  constructor(readonly doc: PDFKit.PDFDocument) {
    this.y = doc.page.margins.top;
    this.sections.push('');
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get top(): number {
    return this.doc.page.margins.top;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get room(): number {
    return this.bottom - this.y;
  }

  newPage(): void {
    this.doc.addPage();
    this.sections.push(this.section);
    this.y = this.top;
    this.onNewPage?.();
  }

  /** Breaks the page unless `height` fits below the cursor. */
  need(height: number): void {
    if (height > this.room && this.y > this.top) this.newPage();
  }

  /**
   * Starts a section — below what came before when its heading, introduction
   * and first rows fit there (a page break would leave the rest of the page
   * empty), else on the next page; on a fresh page only when `fresh` — with a
   * heading, an outline entry, and the name the running header shows on the
   * pages it begins or shares.
   */
  startSection(title: string, fresh = false): void {
    this.section = title;
    if (fresh && this.y > this.top) this.newPage();
    // Decided before the header is written, so a page the section does not reach does not name it.
    this.need(SIZE.h1 * (0.9 + LEADING) + SECTION_KEEP);
    const last = this.sections.length - 1;
    // A section starting mid-page shares the header with the one it follows: "New pledges · Dropped pledges".
    if (this.y === this.top) this.sections[last] = title;
    else this.sections[last] = `${this.sections[last]} · ${title}`;
    this.doc.outline.addItem(title);
    this.heading(title, SIZE.h1, SECTION_KEEP);
  }

  /** A heading kept with at least `keep` points of what follows it. */
  heading(text: string, size: number = SIZE.h2, keep = 40): void {
    const block = layout(this.doc, [{ text, face: 'bold' }], this.width, size);
    const gap = this.y > this.top ? size * 0.9 : 0;
    this.need(gap + blockHeight(block) + keep);
    if (this.y > this.top) this.y += gap;
    drawBlock(this.doc, block, this.left, this.y);
    this.y += blockHeight(block) + size * 0.45;
  }

  /** A paragraph that may break between lines, never inside one. */
  paragraph(runs: readonly Run[], size: number = SIZE.body, indent = 0, after = size * 0.6): Block {
    const block = layout(this.doc, runs, this.width - indent, size);
    let from = 0;
    while (from < block.lines.length) {
      const fit = Math.floor(this.room / block.lineHeight);
      // Two lines at least, unless the paragraph is a single line: no orphan at the foot.
      if (fit < Math.min(2, block.lines.length - from)) {
        this.newPage();
        continue;
      }
      const to = Math.min(block.lines.length, from + fit);
      drawBlock(this.doc, block, this.left + indent, this.y, from, to);
      this.y += blockHeight(block, from, to);
      from = to;
    }
    this.y += after;
    return block;
  }

  /** A thin horizontal rule across the text width. */
  rule(color: string = COLOR.faint): void {
    this.doc
      .moveTo(this.left, this.y)
      .lineTo(this.left + this.width, this.y)
      .lineWidth(0.5)
      .strokeColor(color)
      .stroke();
  }
}
