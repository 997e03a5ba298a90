export * from './alignments';
