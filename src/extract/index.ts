export { DOCUMENT_FORMATS, type DocumentFormat, type UploadedFile, type Extracted, type ExtractLimits } from './types';
export { createParser, extractText, type Parser, type ParserOptions } from './extract';
export { detectFormat, sniffContent } from './detect';
export { normalizeText, textProblem } from './decode';
export { htmlToText } from './html';
export { markdownToText } from './markdown';
export { pdfPagesToText, type PdfItem } from './pdf-layout';
