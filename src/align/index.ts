export { alignDocuments, EQUIVALENT_AT, type AlignableDocument, type AlignContext } from './align';
export { alignSegmented, alignTexts, segmentInput, type Alignment, type AlignedDocument, type AlignTextsOptions, type DatedDocument, type DocumentInput } from './documents';
export * from './types';
