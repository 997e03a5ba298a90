export {
  reportModel,
  dateText,
  LOW_CONFIDENCE,
  STATUS_WORDS,
  type ReportModel,
  type PledgeRow,
  type NewPledgeRow,
  type PairRow,
  type UnmatchedRow,
  type ReportDocument,
} from './model';
export { renderCsv, CSV_COLUMNS } from './csv';
export { renderPdf, pdfBuffer } from './pdf';
export { renderHtml, HTML_REPORT_CSP } from './html';
export { reportFileName } from './filename';
