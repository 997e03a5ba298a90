import { z } from 'zod';
import { dateRequestSchema } from '../routes/documents';
import { alignmentRequestSchema, similarityRequestSchema, traceRequestSchema } from '../schemas';
import { SCHEMAS } from './components';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ 'application/json': { schema } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
/** Requests are described by the very zod schemas the routes parse with. */
const fromZod = (schema: z.ZodType) => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return rest;
};

const AUTH = { '401': problem('No API key, or one we do not know (only when the service has keys)') };
const COMMON = {
  '400': problem('Malformed JSON, a body that does not decompress, or a malformed path'),
  ...AUTH,
  '413': problem(
    'Over a limit: bytes per document (2 MB; for an upload, bytes per file and 2,000,000 characters of extracted text), units per document (20,000), characters per unit (5,000), pairs (10,000), one stored alignment (25 MB); a JSON body over its route limit (its documents at the document limit, three times over for JSON escaping, plus 1 MB; similarity 5 MiB)',
  ),
  '415': problem('Not JSON (or, for alignments, multipart/form-data); JSON not in UTF-8; a Content-Encoding other than gzip, deflate or br'),
  '422': problem(
    'The body does not match the schema (`issues` lists the first problems, `fields` ties each to its input, e.g. `source.date`: a date is YYYY-MM-DD, YYYY-MM or YYYY; a title or publisher holding a control character or an unpaired surrogate; `monotone` contradicting `order`), or a document has no letters or digits, invalid UTF-8 or unpaired surrogates',
  ),
  '429': problem('Too many requests from this key or address; see Retry-After'),
  '500': problem('Our fault; logged under the requestId'),
};
const WORK = {
  '503': problem('The work did not finish within the deadline (deadline_exceeded), or the service is at capacity (overloaded, with Retry-After)'),
};
const QUOTA = { '403': problem("The key's storage quota is used up (quota_exceeded)") };
/** A report of a stored alignment: one GET, one media type, the same errors for all three. */
const report = (type: string, summary: string) => ({
  parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
  get: {
    summary,
    responses: {
      '200': { description: summary.split(' (')[0], content: { [type]: { schema: { type: 'string' } } } },
      ...AUTH,
      '404': problem('No such alignment of this key'),
      '429': COMMON['429'],
      ...WORK,
    },
  },
});

/**
 * The OpenAPI 3.1 description of the service, served at /api/v1/openapi.json.
 */
export function openApiDocument() {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Clause continuity API',
      version: '1.0.0',
      description:
        'Aligns the clauses of two related documents and says which pledges were completed, carried forward, dropped or newly made, with the evidence for each verdict. Errors are RFC 9457 problem documents with a stable `code`.',
    },
    paths: {
      '/api/v1/alignments': {
        post: {
          summary: 'Align two documents and assess their pledges',
          description:
            'JSON, or multipart/form-data with files `source` and `target` (.txt, .md, .html, .pdf, .docx) and optional fields `sourceTitle`, `sourceDate`, `targetTitle`, `targetDate`, `options` (JSON).',
          requestBody: {
            required: true,
            content: {
              ...json(fromZod(alignmentRequestSchema)),
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    source: { type: 'string', contentMediaType: 'application/octet-stream' },
                    target: { type: 'string', contentMediaType: 'application/octet-stream' },
                    sourceTitle: { type: 'string' },
                    sourceDate: { type: 'string' },
                    sourcePublisher: { type: 'string' },
                    targetTitle: { type: 'string' },
                    targetDate: { type: 'string' },
                    targetPublisher: { type: 'string' },
                    options: { type: 'string', description: 'JSON of the options object' },
                  },
                  required: ['source', 'target'],
                },
              },
            },
          },
          responses: {
            '201': { description: 'Created', headers: { Location: { schema: { type: 'string' } } }, content: json(ref('Alignment')) },
            '200': {
              description: 'The same inputs and options were aligned before: the stored result',
              headers: { Location: { schema: { type: 'string' } } },
              content: json(ref('Alignment')),
            },
            ...COMMON,
            ...QUOTA,
            ...WORK,
          },
        },
        get: {
          summary: "List this key's stored alignments, newest first",
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
            { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
          ],
          responses: { '200': { description: 'A page', content: json(ref('AlignmentList')) }, ...AUTH, '422': COMMON['422'], '429': COMMON['429'] },
        },
      },
      '/api/v1/alignments/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          summary: 'One stored alignment',
          responses: {
            '200': { description: 'The alignment', content: json(ref('Alignment')) },
            ...AUTH,
            '400': COMMON['400'],
            '404': problem('No such alignment of this key'),
            '429': COMMON['429'],
          },
        },
        delete: {
          summary: 'Delete a stored alignment',
          responses: { '204': { description: 'Deleted' }, ...AUTH, '404': problem('No such alignment of this key'), '429': COMMON['429'] },
        },
      },
      '/api/v1/alignments/{id}/report.csv': report('text/csv', 'The report as CSV (RFC 4180, UTF-8 with BOM): one row per link, pledge verdict and new pledge'),
      '/api/v1/alignments/{id}/report.pdf': report(
        'application/pdf',
        'The continuity report as PDF (rendered in a worker; the same alignment gives the same file)',
      ),
      '/api/v1/alignments/{id}/report.html': report('text/html', 'The continuity report as one self-contained HTML page, the two documents side by side'),
      '/api/v1/similarity': {
        post: {
          summary: 'Score pairs of clauses (up to 10,000), optionally explained',
          requestBody: { required: true, content: json(fromZod(similarityRequestSchema)) },
          responses: { '200': { description: 'Scores in [0, 1]', content: json(ref('Similarity')) }, ...COMMON, ...WORK },
        },
      },
      '/api/v1/traces': {
        post: {
          summary: 'Follow pledges through two or more dated documents',
          requestBody: { required: true, content: json(fromZod(traceRequestSchema)) },
          responses: { '200': { description: 'Trajectories', content: json(ref('Traces')) }, ...COMMON, ...WORK },
        },
      },
      '/api/v1/documents/date': {
        post: {
          summary: 'The date read off a document without one',
          description:
            'What an alignment would take as the date of a document sent without one: a full date, or else a month and year, named in its title or first lines (a dateline such as "Paris, 14 March 2018"), with the words it was read from; `null` when none is named there.',
          requestBody: { required: true, content: json(fromZod(dateRequestSchema)) },
          responses: { '200': { description: 'The inferred date, or null', content: json(ref('InferredDate')) }, ...COMMON },
        },
      },
      '/api/v1/examples': {
        get: { summary: 'Ready-made inputs (the seed pair)', responses: { '200': { description: 'Examples', content: json(ref('ExampleList')) }, ...AUTH } },
      },
      '/api/v1/examples/{id}/alignments': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        post: {
          summary: 'Align an example in one call',
          responses: {
            '201': { description: 'Created', content: json(ref('Alignment')) },
            '200': { description: 'Aligned before: the stored result', content: json(ref('Alignment')) },
            ...AUTH,
            '404': problem('No such example'),
            ...QUOTA,
            ...WORK,
          },
        },
      },
      '/healthz': { get: { summary: 'Liveness', responses: { '200': { description: 'Alive', content: json(ref('Health')) } } } },
      '/readyz': {
        get: {
          summary: 'Readiness: a warm worker in every lane and room in every queue',
          responses: {
            '200': { description: 'Ready for more work', content: json(ref('Readiness')) },
            '503': { description: 'Busy: a queue is full or no worker is warm yet', content: json(ref('Readiness')) },
          },
        },
      },
    },
    components: {
      schemas: SCHEMAS,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API key, when the service is configured with keys' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      },
    },
    // With keys configured every /api route but this document and /api/v1/docs needs one; without keys, none does.
    security: [{ bearer: [] }, { apiKey: [] }, {}],
  } as const;
}
