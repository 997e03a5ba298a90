import { z } from 'zod';
import { ERROR_CODES } from '../../errors';
import { alignmentResourceSchema, documentSchema, explanationSchema, inferredDateSchema, unitSchema } from '../../resource';
import { PLEDGE_STATUSES } from '../../pledges/types';
import { LANGUAGES } from '../../text/types';
/**
 * JSON Schemas (2020-12) of what the routes answer. The alignment resource's
 * are generated from its zod schema (src/resource), the one definition of
 * what is stored and returned; the rest are small and use the core's own
 * lists for their enums. `test/http/openapi.test.ts` validates real
 * responses against them, so they cannot drift from what the service does.
 */
const fromZod = (schema: z.ZodType) => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return rest;
};
const str = { type: 'string' } as const;
const num = { type: 'number' } as const;
const int = { type: 'integer', minimum: 0 } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const obj = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

export const SCHEMAS = {
  Problem: {
    ...obj(
      {
        type: str,
        title: str,
        status: { type: 'integer' },
        detail: str,
        code: { enum: [...ERROR_CODES] },
        instance: str,
        issues: { type: 'array', items: str },
        fields: {
          type: 'array',
          items: obj({ field: str, detail: str }),
          description: 'The inputs the problem concerns, by path (`source.date`, `target.file`), each with what is wrong with it.',
        },
        requestId: str,
      },
      ['type', 'title', 'status', 'detail', 'code'],
    ),
    description: 'RFC 9457 problem details with a stable `code`.',
  },
  Unit: fromZod(unitSchema),
  Document: fromZod(documentSchema),
  /** A trace's documents are not stored, so they carry no inferred date. */
  TracedDocument: fromZod(documentSchema),
  InferredDate: {
    anyOf: [fromZod(inferredDateSchema), { type: 'null' }],
    description: 'The date read off the title or opening lines, and the words it was read from; null when none is named there.',
  },
  Explanation: fromZod(explanationSchema),
  Alignment: fromZod(alignmentResourceSchema),
  AlignmentList: obj({
    items: { type: 'array', items: obj({ id: str, createdAt: str, sourceTitle: nullableStr, targetTitle: nullableStr }) },
    total: int,
    limit: int,
    offset: int,
    next: nullableStr,
  }),
  Similarity: obj(
    {
      language: { enum: [...LANGUAGES] },
      scores: { type: 'array', items: { type: 'number', minimum: 0, maximum: 1 } },
      explanations: { type: 'array', items: ref('Explanation') },
    },
    ['language', 'scores'],
  ),
  Traces: obj({
    documents: { type: 'array', items: ref('TracedDocument') },
    trajectories: {
      type: 'array',
      items: obj({
        topic: nullableStr,
        steps: {
          type: 'array',
          items: obj({ document: int, units: { type: 'array', items: int }, status: { enum: ['made', ...PLEDGE_STATUSES] }, confidence: num, cue: str }),
        },
        outcome: { enum: ['completed', 'dropped', 'open'] },
      }),
    },
  }),
  ExampleList: obj({
    items: {
      type: 'array',
      items: obj({ id: str, title: str, description: str, source: { type: 'object' }, target: { type: 'object' }, align: str }),
    },
  }),
  Health: obj({ status: str }),
  Readiness: obj(
    {
      status: { enum: ['ready', 'busy'] },
      lanes: { type: 'array', items: obj({ name: str, size: int, warm: int, busy: int, queued: int, queueLength: int }) },
    },
    ['status', 'lanes'],
  ),
} as const;
