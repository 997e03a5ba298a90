import { z } from 'zod';
import { DEFAULT_LIMITS, MAX_PUBLISHER_CHARS, MAX_TITLE_CHARS, overLimit, type Limits } from '../limits';
import { InputUnreadableError, InvalidRequestError, PayloadTooLargeError, type FieldIssue } from '../errors';
import { textProblem } from '../extract/decode';
import { documentDateSchema, optionsSchema } from '../resource';
import { firstControl, hasLoneSurrogate } from '../text/controls';
import { LANGUAGES } from '../text/types';

/** Documents a trace may follow at once: each neighbouring pair is one full comparison. */
export const MAX_TRACE_DOCUMENTS = 12;

const language = z.enum(LANGUAGES);

/**
 * A title or publisher is one line that reports print and file names are made of:
 * a control character prints as a box (or steers a terminal), and an unpaired
 * surrogate is not text at all, so both are refused where the caller can fix them.
 */
export function lineSchema(max: number) {
  return z
    .string()
    .max(max)
    .superRefine((value, ctx) => {
      const problem = lineProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

/** What makes a one-line field unprintable, in words that follow the field's name, or undefined. */
export function lineProblem(value: string): string | undefined {
  const at = firstControl(value);
  if (at >= 0) {
    const code = value.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
    return `holds the control character U+${code} at position ${at + 1}; remove it`;
  }
  if (hasLoneSurrogate(value)) return 'holds an unpaired UTF-16 surrogate, which is not text';
  return undefined;
}

export const titleSchema = lineSchema(MAX_TITLE_CHARS);

/** A document's size is a limit (413), checked apart from its shape (422): see `checkDocument`. */
export const documentSchema = z
  .object({
    // Kept as sent, not trimmed: clause offsets index this very string (text/types.ts: text === original.slice(start, end)).
    text: z.string().refine((s) => s.trim() !== '', 'must not be empty: paste or upload the document'),
    language: language.optional(),
    title: titleSchema.optional(),
    /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: reports show it, and the dates the document names without a year are read against it. */
    date: documentDateSchema.optional(),
    publisher: lineSchema(MAX_PUBLISHER_CHARS).optional(),
  })
  .strict();

/**
 * The resource's options, with one rule the edge adds: `monotone` is a synonym of an
 * order, so given beside an order it names, it must agree, or the run would silently
 * take `order` and drop what the caller asked for with `monotone`.
 */
export const requestOptionsSchema = optionsSchema.superRefine((options, ctx) => {
  if (options.order === undefined || options.monotone === undefined) return;
  const meant = options.monotone ? 'monotone' : 'free';
  if (options.order !== meant) {
    ctx.addIssue({
      code: 'custom',
      path: ['monotone'],
      message: `contradicts order: order is "${options.order}", and monotone: ${options.monotone} means order "${meant}"; give one of them`,
    });
  }
});

export const alignmentRequestSchema = z.object({ source: documentSchema, target: documentSchema, options: requestOptionsSchema.optional() }).strict();
export type AlignmentRequestBody = z.infer<typeof alignmentRequestSchema>;

export const traceRequestSchema = z
  .object({
    documents: z
      .array(documentSchema)
      .min(2, 'must hold at least two documents')
      .max(MAX_TRACE_DOCUMENTS, `must hold at most ${MAX_TRACE_DOCUMENTS} documents`),
    options: requestOptionsSchema.optional(),
  })
  .strict();
export type TraceRequest = z.infer<typeof traceRequestSchema>;

/** Pairs and their clauses are checked against the limits apart from the shape, so they answer 413, not 422. */
export const similarityRequestSchema = z
  .object({
    pairs: z.array(z.tuple([z.string(), z.string()])).min(1, 'must hold at least one pair'),
    language: language.optional(),
    explain: z.boolean().optional(),
  })
  .strict();
export type SimilarityRequest = z.infer<typeof similarityRequestSchema>;

export const listQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

/**
 * Parses a body (or query) or throws the one error the problem middleware turns into a 422 listing every issue.
 */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  // A body can hold an issue per element; the first few say what is wrong, a count says how much.
  const all = parsed.error.issues;
  const fields: FieldIssue[] = all.slice(0, MAX_ISSUES).map((i) => ({ field: i.path.join('.') || 'body', detail: i.message }));
  const issues = fields.map((f) => `${f.field}: ${f.detail}`);
  if (all.length > MAX_ISSUES) issues.push(`… and ${all.length - MAX_ISSUES} more issues of the same kinds`);
  const first = fields[0]!;
  const detail =
    all.length === 1 ? `${inWords(first.field)}: ${first.detail}.` : `${all.length} fields need fixing; the first: ${inWords(first.field)}: ${first.detail}.`;
  throw new InvalidRequestError(detail, issues, fields);
}

const MAX_ISSUES = 20;

/** The documents as the page names them: an editor thinks of an earlier and a later one, not a source and target. */
export const SIDE_WORDS: Readonly<Record<string, string>> = { source: 'the earlier document (source)', target: 'the later document (target)' };

/** `source.date` → "The earlier document (source), date"; other paths as they are. */
function inWords(path: string): string {
  const [head, ...rest] = path.split('.');
  const side = SIDE_WORDS[head ?? ''];
  if (!side) return path;
  const words = `${side[0]!.toUpperCase()}${side.slice(1)}`;
  return rest.length > 0 ? `${words}, ${rest.join('.')}` : words;
}

/**
 * A JSON document is held to the rules an upload meets: under the size limit
 * (413), well-formed Unicode with no NUL, and some letters or digits (422).
 * Text `extracted` from an upload was held to the limits on files and extracted
 * characters already, so only the rules on the text apply to it here.
 */
export function checkDocument(name: string, text: string, limits: Limits = DEFAULT_LIMITS, held: 'sent' | 'extracted' = 'sent'): void {
  const bytes = held === 'sent' ? Buffer.byteLength(text, 'utf8') : 0;
  const side = SIDE_WORDS[name] ?? `document ${name}`;
  const field = SIDE_WORDS[name] ? [`${name}.text`] : [];
  if (bytes > limits.documentBytes) {
    const detail = `The text of ${side} is ${overLimit(bytes, limits.documentBytes)}.`;
    throw new PayloadTooLargeError(
      detail,
      field.map((f) => ({ field: f, detail })),
    );
  }
  const problem = textProblem(text);
  if (problem) {
    const detail = `The text of ${side} ${problem}.`;
    throw new InputUnreadableError(
      detail,
      field.map((f) => ({ field: f, detail })),
    );
  }
}

/** The count is checked on the raw body, before the schema: 2 MB of numbers must not become 500,000 issues. */
export function checkPairCount(body: unknown, limits: Limits = DEFAULT_LIMITS): void {
  const pairs = (body as { pairs?: unknown } | null)?.pairs;
  if (Array.isArray(pairs) && pairs.length > limits.pairs)
    throw new PayloadTooLargeError(`The request holds ${pairs.length} pairs; the limit is ${limits.pairs}.`);
}

export function checkPairs(pairs: ReadonlyArray<readonly [string, string]>, limits: Limits = DEFAULT_LIMITS): void {
  const long = pairs.findIndex(([a, b]) => a.length > limits.unitChars || b.length > limits.unitChars);
  if (long >= 0) throw new PayloadTooLargeError(`Pair ${long} has a clause over ${limits.unitChars} characters.`);
}
