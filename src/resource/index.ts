export {
  RESOURCE_VERSION,
  alignmentResourceSchema,
  documentDateSchema,
  documentSchema,
  explanationSchema,
  inferredDateSchema,
  optionsSchema,
  topicSchema,
  unitSchema,
  type AlignmentResource,
  type ResourceDocument,
  type ResourceOptions,
  type ResourceLink,
  type ResourceDiffPart,
} from './schema';
export { readResource, type ReadResult } from './read';
