import type { Flow } from './flow';
import { blockHeight, drawBlock, layout, type Block, type Run } from './richtext';
import { COLOR, SIZE } from './theme';

export interface Column {
  readonly header: string;
  /** A share of the text width; the shares of a table's columns add up to 1. */
  readonly share: number;
}

export type Cell = readonly Run[];

const PAD_X = 4;
/** Rows taller than this share of a page may be split when they do not fit… */
const SPLIT_ROW_ABOVE = 1 / 3;
/** …and this share of the page is still free, rather than leave it empty. */
const KEEP_ROOM_ABOVE = 1 / 4;
const PAD_Y = 3.5;

/**
 * Draws a table down the pages. Row heights are measured before drawing;
 * a row that does not fit moves to the next page (a long one is split when
 * much of the page is free), the header is drawn again on every page the
 * table reaches, and a row is split between two lines, never through one.
 *
 * @example
 * table(flow, [{ header: 'Topic', share: 0.3 }, { header: 'Wording', share: 0.7 }],
 *   [[[{ text: 'PNR' }], [{ text: 'Belgium and France also pledged …' }]]]);
 */
export function table(flow: Flow, columns: readonly Column[], rows: readonly (readonly Cell[])[], size: number = SIZE.table): void {
  const { doc } = flow;
  const widths = columns.map((c) => c.share * flow.width);
  const xs = widths.map((_, i) => flow.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const lay = (cells: readonly Cell[]) => cells.map((cell, i) => layout(doc, cell, widths[i]! - 2 * PAD_X, size));
  const header = lay(columns.map((c) => [{ text: c.header, face: 'bold' as const }]));
  const headerHeight = Math.max(...header.map((b) => blockHeight(b))) + 2 * PAD_Y;
  const continued = (width: number) => layout(doc, [{ text: '(continued)', face: 'italic', color: COLOR.muted }], width - 2 * PAD_X, size);

  const drawHeader = () => {
    doc.rect(flow.left, flow.y, flow.width, headerHeight).fillColor(COLOR.headerFill).fill();
    for (const [i, b] of header.entries()) drawBlock(doc, b, xs[i]! + PAD_X, flow.y + PAD_Y);
    flow.y += headerHeight;
    flow.rule(COLOR.rule);
  };

  // Slices [from, to) of each cell's lines, drawn as one band of a row.
  const drawBand = (blocks: readonly Block[], from: number, to: number, shade: boolean) => {
    const height = Math.max(...blocks.map((b) => blockHeight(b, from, to))) + 2 * PAD_Y;
    if (shade) doc.rect(flow.left, flow.y, flow.width, height).fillColor(COLOR.zebra).fill();
    for (const [i, b] of blocks.entries()) drawBlock(doc, b, xs[i]! + PAD_X, flow.y + PAD_Y, from, to);
    // A row carried over from the previous page says so where its first cell has run out.
    if (from > 0 && blocks[0]!.lines.length <= from) drawBlock(doc, continued(widths[0]!), xs[0]! + PAD_X, flow.y + PAD_Y, 0, to - from);
    flow.y += height;
    flow.rule(COLOR.faint);
  };

  const previous = flow.onNewPage;
  flow.onNewPage = drawHeader;
  try {
    const laid = rows.map(lay);
    const first = laid[0];
    flow.need(headerHeight + (first ? Math.min(rowHeight(first), 4 * size) : 0));
    drawHeader();
    laid.forEach((blocks, r) => {
      const shade = r % 2 === 1;
      const lineHeight = blocks[0]?.lineHeight ?? size;
      const lines = Math.max(...blocks.map((b) => b.lines.length));
      const pageRoom = flow.bottom - flow.top - headerHeight - 2 * PAD_Y;
      const height = rowHeight(blocks);
      // A row that does not fit moves to the next page whole, unless it is long and the page still has room
      // for a good part of it: moving it would leave that room empty, so it is split between lines instead.
      const split = height > pageRoom * SPLIT_ROW_ABOVE && flow.room > pageRoom * KEEP_ROOM_ABOVE;
      if (height > flow.room && height <= pageRoom && !split) flow.newPage();
      let from = 0;
      while (from < lines) {
        const fit = Math.floor((flow.room - 2 * PAD_Y) / lineHeight);
        if (fit < Math.min(2, lines - from)) {
          flow.newPage();
          continue;
        }
        const to = Math.min(lines, from + fit);
        drawBand(blocks, from, to, shade);
        from = to;
      }
    });
  } finally {
    flow.onNewPage = previous;
  }
  flow.y += SIZE.body;
}

const rowHeight = (blocks: readonly Block[]): number => Math.max(...blocks.map((b) => blockHeight(b))) + 2 * PAD_Y;
