import type { ReportModel } from '../model';
import type { Flow } from './flow';
import { labels, yearNote } from './labels';
import { printable } from './printable';
import { fitLine } from './richtext';
import { COLOR, SIZE } from './theme';

// Noto Sans has no arrows (they live in Noto Sans Symbols); the guillemet reads as “leads to”.
const SEPARATOR = '  ›  ';

/**
 * Draws the running header and "Page n of m" on every buffered page once
 * the page count is known. The cover gets a page number but no header.
 *
 * @example
 * pageFurniture(flow, model); // after the last section, before doc.end()
 */
export function pageFurniture(flow: Flow, model: ReportModel): void {
  const { doc } = flow;
  const { start, count } = doc.bufferedPageRange();
  const { source, target } = labels(model);
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    const { left, right, top, bottom } = doc.page.margins;
    const width = doc.page.width - left - right;
    doc.font('regular').fontSize(SIZE.small).fillColor(COLOR.muted);
    if (i > start) {
      const section = flow.sections[i - start] ?? '';
      const sectionWidth = section ? doc.font('bold').widthOfString(section) + 12 : 0;
      doc.font('regular');
      const room = width - sectionWidth - doc.widthOfString(SEPARATOR);
      // The year says which document is which, so the title gives way, never the year.
      const title = (t: string, label: string, w: number) => `${fitLine(doc, printable(t), w - doc.widthOfString(yearNote(label)))}${yearNote(label)}`;
      // Each title has half the room; what the source's does not use is the target's.
      const first = title(model.source.title, source, room / 2);
      const titles = `${first}${SEPARATOR}${title(model.target.title, target, room - doc.widthOfString(first))}`;
      const y = top - 30;
      doc.text(titles, left, y, { lineBreak: false });
      if (section) doc.font('bold').text(section, left + width - sectionWidth + 12, y, { lineBreak: false });
      const ruleY = y + doc.currentLineHeight() + 3;
      doc
        .moveTo(left, ruleY)
        .lineTo(left + width, ruleY)
        .lineWidth(0.5)
        .strokeColor(COLOR.rule)
        .stroke();
    }
    const label = `Page ${i - start + 1} of ${count}`;
    doc.font('regular').fontSize(SIZE.small).fillColor(COLOR.muted);
    doc.text(label, left + (width - doc.widthOfString(label)) / 2, doc.page.height - bottom + 22, { lineBreak: false });
  }
  doc.fillColor(COLOR.text);
}
