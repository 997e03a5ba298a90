/**
 * The stored alignment resource: what `GET /api/v1/alignments/{id}` returns,
 * what every report is drawn from, and what the store keeps — one versioned
 * zod schema, its type inferred. Records stored by an older version are read
 * through it: fields added since take their defaults, so no reader patches an
 * old record by hand. The OpenAPI document's response schemas are generated
 * from it.
 */
import { z } from 'zod';
// The lists from the files that define them, not the rooms' indexes: the server's own thread needs the schema, not the alignment stack.
import { ORDERS } from '../align/order';
import { RELATIONS } from '../align/types';
import { PLEDGE_STATUSES, QUALIFIERS } from '../pledges/types';
import { SIGNAL_NAMES } from '../similarity/signals';
import { DATE_ORIGINS, dateProblem } from '../text/date-field';
import { LANGUAGES, SEGMENTATION_MODES, UNIT_KINDS } from '../text/types';

/** Bumped when a field is added or changes meaning; readers fill what older versions lack. */
export const RESOURCE_VERSION = 3;

const index = z.number().int().min(0);
const probability = z.number().min(0).max(1);
const language = z.enum(LANGUAGES);

export const unitSchema = z.object({
  index,
  text: z.string(),
  start: index,
  end: index,
  kind: z.enum(UNIT_KINDS),
  /** The introducing words of the list this unit is an item of, so it reads alone. */
  lead: z.string().optional(),
});

/**
 * A document's date as a caller gives it: `YYYY-MM-DD` (a real day), `YYYY-MM` or `YYYY`,
 * surrounding spaces ignored — the one schema the API, the upload form and (through
 * `dateProblem`) the CLI hold dates to.
 *
 * @example
 * documentDateSchema.safeParse('2021-13-45').success // false
 */
export const documentDateSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = dateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const inferredDateSchema = z.object({
  date: z.string(),
  /** The words the date was read from, so a reader can check it. */
  from: z.object({ field: z.enum(DATE_ORIGINS), text: z.string() }),
});

export const documentSchema = z.object({
  title: z.string().nullable(),
  /** As the caller gave it; records before version 3 may hold free text here. */
  date: z.string().nullable(),
  /**
   * When no date was given: the one read off the title or opening lines, which the
   * comparison used as the document's date. Absent before version 3 (null: none read).
   */
  inferredDate: inferredDateSchema.nullable().default(null),
  publisher: z.string().nullable(),
  language,
  clauses: z.array(unitSchema),
});

export const topicSchema = z
  .object({
    id: z.string().trim().min(1).max(80),
    label: z.string().trim().min(1).max(200),
    aliases: z.array(z.string().trim().min(1).max(200)).min(1).max(100),
  })
  .strict();

/** The options a comparison ran with, as requested (the edge validates a request with this very schema). */
export const optionsSchema = z
  .object({
    segmentation: z.enum(SEGMENTATION_MODES).optional(),
    /** `auto` (the default) decides from the documents whether links keep document order; `monotone: true` means `order: "monotone"`. */
    order: z.enum(ORDERS).optional(),
    monotone: z.boolean().optional(),
    threshold: z.number().min(0).max(1).optional(),
    /** Watchlist topics of the request's own, before the defaults. */
    topics: z.array(topicSchema).max(100).optional(),
  })
  .strict();

const explanationFields = {
  signals: z.object(Object.fromEntries(SIGNAL_NAMES.map((name) => [name, z.number()])) as Record<(typeof SIGNAL_NAMES)[number], z.ZodNumber>).partial(),
  features: z.record(z.string(), z.number()),
  sharedTerms: z.array(z.string()),
  synonyms: z.array(z.tuple([z.string(), z.string()])),
  aliases: z.array(z.string()),
};
export const explanationSchema = z.object(explanationFields);

export const linkSchema = z.object({
  source: z.array(index).min(1),
  target: z.array(index).min(1),
  score: probability,
  relation: z.enum(RELATIONS),
  explanation: z.object({
    ...explanationFields,
    /** Days (ISO) both sides name: one cites the other's event. Absent before version 2's cited days. */
    citations: z.array(z.string()).default([]),
  }),
  diff: z.array(z.object({ value: z.string(), added: z.literal(true).optional(), removed: z.literal(true).optional() })).nullable(),
});

export const orderSchema = z.object({
  requested: z.enum(ORDERS),
  mode: z.enum(['free', 'monotone']),
  confidentLinks: index,
  inOrder: index,
  threshold: probability,
  reason: z.string(),
});

export const pledgeSchema = z.object({
  source: index,
  /** Topic id; its label is in the resource's `topics`. */
  topic: z.string().nullable(),
  status: z.enum(PLEDGE_STATUSES),
  qualifiers: z.array(z.enum(QUALIFIERS)),
  confidence: probability,
  evidence: z.array(
    z.object({
      target: index,
      cue: z.string(),
      /** How likely the clause continues the pledge; results stored before it counted every piece as firm. */
      strength: probability.default(1),
    }),
  ),
  /** Weaker candidates, shown and never counted. */
  possible: z.array(z.object({ target: index, strength: probability })).default([]),
  cue: z.string(),
});

export const newPledgeSchema = z.object({ target: index, topic: z.string().nullable(), confidence: probability, cue: z.string() });

const counts = z.object({ completed: index, carried_forward: index, dropped: index, new: index });

export const alignmentResourceSchema = z.object({
  /** Absent from records of the first version. */
  version: z.number().int().min(1).default(1),
  id: z.string(),
  createdAt: z.string(),
  options: optionsSchema.default({}),
  source: documentSchema,
  target: documentSchema,
  links: z.array(linkSchema),
  /** Which order the alignment ran in and why; absent before the mode was chosen from the documents. */
  order: orderSchema.optional(),
  pledges: z.array(pledgeSchema),
  newPledges: z.array(newPledgeSchema),
  /** The label of every topic the verdicts name, by id. */
  topics: z.record(z.string(), z.string()).default({}),
  summary: z.object({ total: counts, byTopic: z.record(z.string(), counts) }),
});

/** Read-only all the way down: a resource is a record, never edited once made. */
type Frozen<T> = T extends readonly (infer U)[] ? ReadonlyArray<Frozen<U>> : T extends object ? { readonly [K in keyof T]: Frozen<T[K]> } : T;

/** The alignment resource as readers see it: every field present, whatever version stored it. */
export type AlignmentResource = Frozen<z.output<typeof alignmentResourceSchema>>;
export type ResourceDocument = AlignmentResource['source'];
export type ResourceOptions = AlignmentResource['options'];
export type ResourceLink = AlignmentResource['links'][number];
export type ResourceDiffPart = NonNullable<ResourceLink['diff']>[number];
