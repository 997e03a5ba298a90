import { ERROR_CODES } from '../../errors';
/**
 * JSON Schemas (2020-12) of what the routes answer. Written by hand from the
 * core's types; `test/http/openapi.test.ts` validates real responses
 * against them, so they cannot drift from what the service does.
 */
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
const explanation = {
  signals: obj({ tfidf: num, wordnet: num, dice: num, vectors: num, concepts: num }),
  features: { type: 'object', additionalProperties: num },
  sharedTerms: { type: 'array', items: str },
  synonyms: { type: 'array', items: { type: 'array', items: str, minItems: 2, maxItems: 2 } },
  aliases: { type: 'array', items: str },
};
const counts = obj({ completed: int, carried_forward: int, dropped: int, new: int });

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
        requestId: str,
      },
      ['type', 'title', 'status', 'detail', 'code'],
    ),
    description: 'RFC 9457 problem details with a stable `code`.',
  },
  Unit: obj(
    { index: int, text: str, start: int, end: int, kind: { enum: ['clause', 'heading', 'boilerplate', 'meta'] }, lead: str },
    ['index', 'text', 'start', 'end', 'kind'],
  ),
  Document: obj({ title: nullableStr, date: nullableStr, publisher: nullableStr, language: { enum: ['en', 'fr', 'nl', 'de'] }, clauses: { type: 'array', items: ref('Unit') } }),
  Explanation: obj(explanation),
  LinkExplanation: obj({
    ...explanation,
    citations: { type: 'array', items: { type: 'string', format: 'date' }, description: 'Days both sides name: one cites the other’s event.' },
  }),
  Link: obj({
    source: { type: 'array', items: int, minItems: 1 },
    target: { type: 'array', items: int, minItems: 1 },
    score: { type: 'number', minimum: 0, maximum: 1 },
    relation: { enum: ['equivalent', 'partial'] },
    explanation: ref('LinkExplanation'),
    diff: {
      oneOf: [{ type: 'null' }, { type: 'array', items: obj({ value: str, added: { const: true }, removed: { const: true } }, ['value']) }],
    },
  }),
  Pledge: obj({
    source: int,
    topic: nullableStr,
    status: { enum: ['completed', 'carried_forward', 'dropped'] },
    qualifiers: { type: 'array', items: { enum: ['extended', 'narrowed', 'negated'] } },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    evidence: { type: 'array', items: obj({ target: int, cue: str }) },
    cue: str,
  }),
  NewPledge: obj({ target: int, topic: nullableStr, confidence: { type: 'number', minimum: 0, maximum: 1 }, cue: str }),
  Summary: obj({ total: counts, byTopic: { type: 'object', additionalProperties: counts } }),
  Alignment: obj({
    id: str,
    createdAt: { type: 'string', format: 'date-time' },
    options: { type: 'object' },
    source: ref('Document'),
    target: ref('Document'),
    links: { type: 'array', items: ref('Link') },
    pledges: { type: 'array', items: ref('Pledge') },
    newPledges: { type: 'array', items: ref('NewPledge') },
    summary: ref('Summary'),
  }),
  AlignmentList: obj({
    items: { type: 'array', items: obj({ id: str, createdAt: str, sourceTitle: nullableStr, targetTitle: nullableStr }) },
    total: int,
    limit: int,
    offset: int,
    next: nullableStr,
  }),
  Similarity: obj(
    { language: { enum: ['en', 'fr', 'nl', 'de'] }, scores: { type: 'array', items: { type: 'number', minimum: 0, maximum: 1 } }, explanations: { type: 'array', items: ref('Explanation') } },
    ['language', 'scores'],
  ),
  Traces: obj({
    documents: { type: 'array', items: ref('Document') },
    trajectories: {
      type: 'array',
      items: obj({
        topic: nullableStr,
        steps: {
          type: 'array',
          items: obj({ document: int, units: { type: 'array', items: int }, status: { enum: ['made', 'completed', 'carried_forward', 'dropped'] }, confidence: num, cue: str }),
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
