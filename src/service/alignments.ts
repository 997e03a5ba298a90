import { createHash, randomUUID } from 'node:crypto';
import type { Limits } from '../config';
import { NotFoundError } from '../errors';
import type { JobRunner, SimilarityJob } from '../jobs';
import type { CompareOptions, DatedInput, NewPledge, PledgeSummary, PledgeVerdict, Traces } from '../pledges';
import type { Link } from '../align';
import { reportModel } from '../report/model';
import type { PairScores } from '../similarity';
import type { Language, Unit } from '../text';

export interface DocumentRequest extends DatedInput {
  readonly title?: string;
  readonly publisher?: string;
}

export interface AlignmentRequest {
  readonly source: DocumentRequest;
  readonly target: DocumentRequest;
  readonly options?: CompareOptions;
}

export interface ResourceDocument {
  readonly title: string | null;
  readonly date: string | null;
  readonly publisher: string | null;
  readonly language: Language;
  readonly clauses: readonly Unit[];
}

/** The stored result of one comparison: what GET returns and every report is drawn from. */
export interface AlignmentResource {
  readonly id: string;
  readonly createdAt: string;
  readonly options: CompareOptions;
  readonly source: ResourceDocument;
  readonly target: ResourceDocument;
  readonly links: readonly Link[];
  readonly pledges: readonly PledgeVerdict[];
  readonly newPledges: readonly NewPledge[];
  readonly summary: PledgeSummary;
}

export interface AlignmentListItem {
  readonly id: string;
  readonly createdAt: string;
  readonly sourceTitle: string | null;
  readonly targetTitle: string | null;
}

/** What the service needs of storage; `src/store` implements it (SQLite, memory). */
export interface AlignmentStorePort {
  put(record: { id: string; createdAt: string; key: string; resource: unknown; sourceTitle: string | null; targetTitle: string | null }): Promise<void>;
  get(id: string): Promise<{ resource: unknown } | undefined>;
  findByKey(key: string): Promise<{ resource: unknown } | undefined>;
  list(page: { limit: number; offset: number }): Promise<{ items: AlignmentListItem[]; total: number }>;
  delete(id: string): Promise<boolean>;
}

export interface AlignmentService {
  /** `reused`: the same documents and options were compared before, and that stored result is returned. */
  create(request: AlignmentRequest): Promise<{ resource: AlignmentResource; reused: boolean }>;
  get(id: string): Promise<AlignmentResource>;
  list(page: { limit: number; offset: number }): Promise<{ items: AlignmentListItem[]; total: number }>;
  remove(id: string): Promise<void>;
  /** The PDF continuity report of a stored alignment, rendered off the event loop. */
  pdf(id: string): Promise<{ id: string; bytes: Uint8Array }>;
  /** Follows pledges through two or more dated documents; nothing is stored. */
  trace(documents: readonly DocumentRequest[], options?: CompareOptions): Promise<Traces>;
  /** Scores clause pairs off the event loop (the first call in a worker loads WordNet and the word vectors). */
  similarity(job: Omit<SimilarityJob, 'kind'>): Promise<PairScores>;
}

export interface ServiceDeps {
  readonly store: AlignmentStorePort;
  readonly runner: JobRunner;
  readonly limits: Limits;
  /** Injected so tests get stable dates; reports take their dates from the resource, never the clock. */
  readonly now?: () => Date;
  readonly newId?: () => string;
}

/**
 * The alignment resource's use cases, free of HTTP: compare (or reuse), fetch, list, delete.
 *
 * @example
 * const service = createAlignmentService({ store: createMemoryStore(), runner: createInlineRunner(), limits: DEFAULT_LIMITS });
 * const { resource } = await service.create({ source: { text: a }, target: { text: b } });
 */
export function createAlignmentService(deps: ServiceDeps): AlignmentService {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const get = async (id: string): Promise<AlignmentResource> => {
    const stored = await deps.store.get(id);
    if (!stored) throw new NotFoundError(`No alignment with id ${id}.`);
    return stored.resource as AlignmentResource;
  };
  return {
    async create(request) {
      const options = request.options ?? {};
      const key = requestKey(request.source, request.target, options);
      const stored = await deps.store.findByKey(key);
      if (stored) return { resource: stored.resource as AlignmentResource, reused: true };
      const comparison = await deps.runner.run({
        kind: 'compare',
        source: request.source,
        target: request.target,
        options,
        limits: { maxUnits: deps.limits.units, maxUnitChars: deps.limits.unitChars },
      });
      const resource: AlignmentResource = {
        id: newId(),
        createdAt: now().toISOString(),
        options,
        source: { title: request.source.title ?? null, date: request.source.date ?? null, publisher: request.source.publisher ?? null, ...comparison.source },
        target: { title: request.target.title ?? null, date: request.target.date ?? null, publisher: request.target.publisher ?? null, ...comparison.target },
        links: comparison.links,
        pledges: comparison.pledges,
        newPledges: comparison.newPledges,
        summary: comparison.summary,
      };
      await deps.store.put({
        id: resource.id,
        createdAt: resource.createdAt,
        key,
        resource,
        sourceTitle: resource.source.title,
        targetTitle: resource.target.title,
      });
      return { resource, reused: false };
    },
    get,
    list: (page) => deps.store.list(page),
    async remove(id) {
      if (!(await deps.store.delete(id))) throw new NotFoundError(`No alignment with id ${id}.`);
    },
    async pdf(id) {
      const resource = await get(id);
      return { id: resource.id, bytes: await deps.runner.run({ kind: 'pdf', model: reportModel(resource) }) };
    },
    trace: (documents, options = {}) =>
      deps.runner.run({ kind: 'trace', documents, options, limits: { maxUnits: deps.limits.units, maxUnitChars: deps.limits.unitChars } }),
    similarity: (job) => deps.runner.run({ kind: 'similarity', ...job }),
  };
}

/**
 * Bumped whenever the same request would now give different links or verdicts, so a
 * stored result from an older method is not handed back as the answer to a new request.
 */
const METHOD_VERSION = '2026-12-02';

/** Same texts, titles, dates, languages and options → same key; key order in the request does not matter. */
function requestKey(source: DocumentRequest, target: DocumentRequest, options: CompareOptions): string {
  return createHash('sha256').update(stableJson({ method: METHOD_VERSION, source, target, options })).digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}
