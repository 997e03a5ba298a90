import type { Flow } from './flow';
import { COLOR, SIZE } from './theme';

export type Fill = 'solid' | 'diagonal' | 'cross' | 'light';

export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly fill: Fill;
}

const BAR = 18;
const GAP = 9;
const LABEL_WIDTH = 118;
const VALUE_WIDTH = 34;

/**
 * A horizontal bar chart in vector shapes. Bars differ by pattern and grey
 * level, not by colour, and carry their label and number in words, so the
 * chart reads the same printed in black and white or pasted as text.
 *
 * @example
 * barChart(flow, [{ label: 'Completed', value: 5, fill: 'solid' }, { label: 'Dropped', value: 1, fill: 'cross' }]);
 */
export function barChart(flow: Flow, bars: readonly Bar[]): void {
  const { doc } = flow;
  const height = bars.length * (BAR + GAP) + GAP;
  flow.need(height);
  const x0 = flow.left + LABEL_WIDTH;
  const span = flow.width - LABEL_WIDTH - VALUE_WIDTH;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const top = flow.y;
  bars.forEach((bar, i) => {
    const y = top + GAP / 2 + i * (BAR + GAP);
    const w = (bar.value / max) * span;
    doc.font('regular').fontSize(SIZE.body).fillColor(COLOR.text);
    const textTop = y + (BAR - doc.currentLineHeight()) / 2;
    doc.text(bar.label, flow.left, textTop, { lineBreak: false });
    if (w > 0) drawBar(doc, x0, y, w, bar.fill);
    doc
      .font('bold')
      .fontSize(SIZE.body)
      .fillColor(COLOR.text)
      .text(String(bar.value), x0 + w + 6, textTop, { lineBreak: false });
  });
  // The axis the bars grow from, so a zero reads as a bar of no length rather than a missing one.
  doc
    .moveTo(x0, top)
    .lineTo(x0, top + height - GAP / 2)
    .lineWidth(0.8)
    .strokeColor(COLOR.text)
    .stroke();
  flow.y = top + height + SIZE.body;
}

function drawBar(doc: PDFKit.PDFDocument, x: number, y: number, w: number, fill: Fill): void {
  const background = fill === 'solid' ? '#3C3C3C' : fill === 'light' ? '#D9D9D9' : '#FFFFFF';
  doc.rect(x, y, w, BAR).fillColor(background).fill();
  if (fill === 'diagonal' || fill === 'cross') {
    doc.save();
    doc.rect(x, y, w, BAR).clip();
    doc.lineWidth(0.9).strokeColor('#333333');
    for (let d = -BAR; d < w + BAR; d += 5) {
      doc
        .moveTo(x + d, y + BAR)
        .lineTo(x + d + BAR, y)
        .stroke();
      if (fill === 'cross')
        doc
          .moveTo(x + d, y)
          .lineTo(x + d + BAR, y + BAR)
          .stroke();
    }
    doc.restore();
  }
  doc.rect(x, y, w, BAR).lineWidth(0.8).strokeColor(COLOR.text).stroke();
}
