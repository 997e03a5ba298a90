import PDFDocument from 'pdfkit';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

/** A block of a generated document: a heading, a paragraph, or a bulleted item. */
export type Block = { readonly heading: string } | { readonly para: string } | { readonly item: string };

/**
 * Reads a plain-text document as blocks: one paragraph a line,
 * "- " lines as items, and short numbered lines or the first line as headings.
 *
 * @example
 * blocksOfText('Title\n\nBody.\n\n- item') // [{heading:'Title'}, {para:'Body.'}, {item:'item'}]
 */
export function blocksOfText(text: string): Block[] {
  // The seeds put one paragraph on a line, so each line is a block.
  return text
    .split(/\n/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter((b) => b !== '')
    .map((b, i): Block => {
      if (/^[-•]\s/.test(b)) return { item: b.replace(/^[-•]\s+/, '') };
      if (i === 0 || (/^\d{1,2}\.\s/.test(b) && b.length < 80)) return { heading: b };
      return { para: b };
    });
}

/**
 * A PDF written by pdfkit (Helvetica, justified, wrapped by pdfkit): headings larger, a gap between blocks.
 *
 * @example
 * const bytes = await makePdf([{ heading: 'T' }, { para: 'Body.' }], { title: 'T' });
 */
export function makePdf(
  blocks: readonly Block[],
  options: { title?: string; userPassword?: string; gap?: number; pageNumbers?: boolean } = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 72,
      bufferPages: true,
      ...(options.title ? { info: { Title: options.title } } : {}),
      ...(options.userPassword ? { userPassword: options.userPassword, pdfVersion: '1.7' as const } : {}),
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const block of blocks) {
      if ('heading' in block) doc.font('Helvetica-Bold').fontSize(15).text(block.heading);
      else if ('item' in block) doc.font('Helvetica').fontSize(11).text(`- ${block.item}`, { align: 'justify', indent: 0 });
      else doc.font('Helvetica').fontSize(11).text(block.para, { align: 'justify' });
      doc.moveDown(options.gap ?? 0.8);
    }
    if (options.pageNumbers) {
      const range = doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i += 1) {
        doc.switchToPage(i);
        doc
          .font('Helvetica')
          .fontSize(9)
          .text(String(i + 1), 0, doc.page.height - 50, { align: 'center', lineBreak: false });
      }
    }
    doc.end();
  });
}

/**
 * A DOCX written by the `docx` package: Heading 1 paragraphs, body paragraphs, bulleted items, a Title property.
 *
 * @example
 * const bytes = await makeDocx([{ heading: 'T' }, { item: 'one' }], { title: 'T' });
 */
export function makeDocx(blocks: readonly Block[], options: { title?: string } = {}): Promise<Buffer> {
  const children = blocks.map((block) => {
    if ('heading' in block) return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.heading)] });
    if ('item' in block) return new Paragraph({ bullet: { level: 0 }, children: [new TextRun(block.item)] });
    return new Paragraph({ children: [new TextRun(block.para)] });
  });
  const doc = new Document({ ...(options.title ? { title: options.title } : {}), sections: [{ children }] });
  return Packer.toBuffer(doc);
}
