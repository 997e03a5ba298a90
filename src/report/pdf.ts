import PDFDocument from 'pdfkit';
import type { ReportModel } from './model';
import { Flow } from './pdf/flow';
import { cover, summary } from './pdf/front';
import { pageFurniture } from './pdf/furniture';
import { printable } from './pdf/printable';
import { sideBySide } from './pdf/pairs';
import { methodology, newAndDropped, pledgeTable, unmatched } from './pdf/tables';
import { fontPaths, PAGE } from './pdf/theme';

/**
 * Renders the continuity report as a PDF stream: cover, summary with a
 * chart, the pledge table, the aligned pairs side by side with their word
 * diff, new, dropped and unmatched clauses, and the methodology.
 *
 * The document is complete when this returns (pdfkit buffers it in the
 * stream), so piping it later loses nothing. Its dates come from
 * `model.createdAt`, so the same model always gives the same bytes.
 *
 * @example
 * renderPdf(reportModel(resource)).pipe(res);
 */
export function renderPdf(model: ReportModel): PDFKit.PDFDocument {
  const made = new Date(model.createdAt);
  const fonts = fontPaths();
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { ...PAGE.margins },
    // Page numbers need the page count, known only at the end.
    bufferPages: true,
    lang: 'en',
    displayTitle: true,
    info: {
      // A viewer shows the title in its window: boxes there too otherwise.
      Title: printable(`Continuity report: ${model.source.title} → ${model.target.title}`),
      Subject: 'Which pledges were completed, carried forward, dropped or newly made',
      Creator: 'clause-continuity',
      Producer: 'clause-continuity (pdfkit)',
      CreationDate: made,
      ModDate: made,
    },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('italic', fonts.italic);

  const flow = new Flow(doc);
  cover(flow, model);
  summary(flow, model);
  pledgeTable(flow, model);
  sideBySide(flow, model);
  newAndDropped(flow, model);
  unmatched(flow, model);
  methodology(flow, model);
  pageFurniture(flow, model);
  doc.end();
  return doc;
}

/**
 * The whole PDF in memory, for tests and the CLI's `--out`.
 *
 * @example
 * await writeFile('report.pdf', await pdfBuffer(model));
 */
export function pdfBuffer(model: ReportModel): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const doc = renderPdf(model);
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
