import { z } from 'zod';
import { InvalidRequestError } from '../errors';
import { LANGUAGES, SEGMENTATION_MODES } from '../text';

/** Input limits (OWASP API4): each has a clear error, none is left to chance. */
export const LIMITS = {
  documentChars: 2_000_000,
  clauseChars: 5_000,
  pairs: 10_000,
  traceDocuments: 12,
} as const;

const language = z.enum(LANGUAGES);

const documentSchema = z
  .object({
    text: z.string().trim().min(1, 'must not be empty').max(LIMITS.documentChars, `must be at most ${LIMITS.documentChars} characters`),
    language: language.optional(),
    title: z.string().max(500).optional(),
    date: z.string().max(40).optional(),
  })
  .strict();

const topicSchema = z
  .object({
    id: z.string().trim().min(1).max(80),
    label: z.string().trim().min(1).max(200),
    aliases: z.array(z.string().trim().min(1).max(200)).min(1).max(100),
  })
  .strict();

const optionsSchema = z
  .object({
    segmentation: z.enum(SEGMENTATION_MODES).optional(),
    monotone: z.boolean().optional(),
    threshold: z.number().min(0).max(1).optional(),
    /** Watchlist topics of the request's own, before the defaults. */
    topics: z.array(topicSchema).max(100).optional(),
  })
  .strict();

export const alignmentRequestSchema = z
  .object({
    source: documentSchema,
    target: documentSchema,
    options: optionsSchema.optional(),
  })
  .strict();
export type AlignmentRequest = z.infer<typeof alignmentRequestSchema>;

export const traceRequestSchema = z
  .object({
    documents: z.array(documentSchema).min(2, 'must hold at least two documents').max(LIMITS.traceDocuments, `must hold at most ${LIMITS.traceDocuments} documents`),
    options: optionsSchema.optional(),
  })
  .strict();
export type TraceRequest = z.infer<typeof traceRequestSchema>;

const clause = z.string().max(LIMITS.clauseChars, `must be at most ${LIMITS.clauseChars} characters`);
export const similarityRequestSchema = z
  .object({
    pairs: z.array(z.tuple([clause, clause])).min(1, 'must hold at least one pair').max(LIMITS.pairs, `must hold at most ${LIMITS.pairs} pairs`),
    language: language.optional(),
    explain: z.boolean().optional(),
  })
  .strict();
export type SimilarityRequest = z.infer<typeof similarityRequestSchema>;

/**
 * Parses a body or throws the one error the problem middleware turns into a 422 listing every issue.
 *
 * @example
 * const request = parseBody(similarityRequestSchema, req.body);
 */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
  throw new InvalidRequestError('The request body does not match the schema.', issues);
}
