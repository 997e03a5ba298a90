export { DOCUMENT_FORMATS, DEFAULT_LIMITS, type DocumentFormat, type UploadedFile, type Extracted, type ExtractLimits } from './types';
export { extractText } from './extract';
export { detectFormat, sniffContent } from './detect';
export { htmlToText } from './html';
export { markdownToText } from './markdown';
export { pdfPagesToText, type PdfItem } from './pdf-layout';
