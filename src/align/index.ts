export { alignDocuments, EQUIVALENT_AT, type AlignableDocument, type AlignContext } from './align';
export { alignTexts, type Alignment, type AlignedDocument, type AlignTextsOptions, type DocumentInput } from './documents';
export * from './types';
