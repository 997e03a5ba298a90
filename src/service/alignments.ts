import { randomUUID } from 'node:crypto';
import type { Limits } from '../config';
import { NotFoundError, PayloadTooLargeError, QuotaExceededError } from '../errors';
import type { JobRunner, ReportFormat, SimilarityJob, SimilarityResult } from '../jobs';
import { AppError } from '../errors';
import type { CompareOptions, TracedDocument, Traces } from '../pledges';
import { overLimit, sizeInWords } from '../limits';
import { readResource, RESOURCE_VERSION, type AlignmentResource } from '../resource';
import { firstLineTitle } from '../extract/title';
import { ownBuffers } from '../workers/transfer';
import { resourceJson, traceJson } from './resource-json';
import { createFlights } from './flights';
import { requestKey, withDate, type DocumentRequest } from './requests';

export type { DocumentRequest } from './requests';

export interface AlignmentRequest {
  readonly source: DocumentRequest;
  readonly target: DocumentRequest;
  readonly options?: CompareOptions;
}

export type { AlignmentResource, ResourceDocument } from '../resource';

export interface AlignmentListItem {
  readonly id: string;
  readonly createdAt: string;
  readonly sourceTitle: string | null;
  readonly targetTitle: string | null;
}

/** What a write answers: kept, not kept because it would pass the quota it was given, or (a report) no alignment to keep it by. */
type WriteOutcome = 'stored' | 'over_quota' | 'no_alignment';

/** What the service needs of storage; `src/store` implements it (SQLite, memory). */
export interface AlignmentStorePort {
  put(
    record: {
      id: string;
      createdAt: string;
      key: string;
      owner: string;
      json: Uint8Array;
      sourceTitle: string | null;
      targetTitle: string | null;
      sourceDate: string | null;
      targetDate: string | null;
    },
    quotaBytes?: number,
  ): Promise<WriteOutcome>;
  get(id: string, owner: string): Promise<{ json: Uint8Array } | undefined>;
  /** The titles and dates kept beside the resource: read without the resource's JSON. */
  head(
    id: string,
    owner: string,
  ): Promise<{ sourceTitle: string | null; targetTitle: string | null; sourceDate: string | null; targetDate: string | null } | undefined>;
  findByKey(key: string, owner: string): Promise<{ id: string; json: Uint8Array } | undefined>;
  list(owner: string, page: { limit: number; offset: number }): Promise<{ items: AlignmentListItem[]; total: number }>;
  delete(id: string, owner: string): Promise<boolean>;
  usage(owner: string): Promise<number>;
  deleteOlderThan(createdBefore: string): Promise<number>;
  putReport(id: string, format: ReportFormat, bytes: Uint8Array, quotaBytes?: number): Promise<WriteOutcome>;
  getReport(id: string, format: ReportFormat, owner: string): Promise<Uint8Array | undefined>;
}

/** Who is asking: the owner every stored alignment is scoped to ('' without API keys), and the request id for the logs. */
export interface Caller {
  readonly owner: string;
  readonly requestId?: string;
  /** Aborted when the caller stops waiting (hangs up): its work is dropped or stopped unless another caller waits for it too. */
  readonly signal?: AbortSignal;
}

const LOCAL: Caller = { owner: '' };

/**
 * A created (or reused) alignment, as the JSON text that is stored and sent, in UTF-8 bytes: nothing is parsed or
 * serialised twice, and megabytes of it are never a string on the request thread.
 */
export interface Created {
  readonly id: string;
  readonly json: Uint8Array;
  /** The same documents and options were compared before by the same owner, and that stored result is returned. */
  readonly reused: boolean;
}

/** A stored alignment's documents as far as naming its reports needs: titles and dates as the caller gave them. */
export interface NamedDocuments {
  readonly source: { readonly title: string | null; readonly date: string | null };
  readonly target: { readonly title: string | null; readonly date: string | null };
}

/**
 * Traces as their JSON text reads (UTF-8 bytes of it, as a created alignment is sent): each document with its title and
 * publisher, the date as the caller gave it and the one read off it when none was (as in a resource), its language and
 * clauses; then the trajectories.
 */
export interface TraceResult {
  readonly documents: ReadonlyArray<Omit<TracedDocument, 'date'> & Pick<AlignmentResource['source'], 'title' | 'publisher' | 'date' | 'inferredDate'>>;
  readonly trajectories: Traces['trajectories'];
}

/** A rendered report, and whether it is kept beside its alignment (false: over the owner's storage quota). */
export interface Report {
  readonly bytes: Uint8Array;
  readonly stored: boolean;
}

export interface AlignmentService {
  create(request: AlignmentRequest, caller?: Caller): Promise<Created>;
  /** The stored resource's JSON text (UTF-8 bytes), as it was stored. */
  getJson(id: string, caller?: Caller): Promise<Uint8Array>;
  get(id: string, caller?: Caller): Promise<AlignmentResource>;
  /** The documents' titles and dates, kept beside the stored resource: naming a report never reads the resource. */
  documents(id: string, caller?: Caller): Promise<NamedDocuments>;
  list(page: { limit: number; offset: number }, caller?: Caller): Promise<{ items: AlignmentListItem[]; total: number }>;
  remove(id: string, caller?: Caller): Promise<void>;
  /**
   * A report of a stored alignment: rendered once, off the event loop, then kept beside it, unless keeping it
   * would pass the owner's quota: then it is rendered for this caller only (`stored: false`) and again next time.
   */
  report(id: string, format: ReportFormat, caller?: Caller): Promise<Report>;
  /**
   * Follows pledges through two or more dated documents; nothing is stored. A document sent without a date
   * is traced as of the date its title or opening lines name, as an alignment would, and says so in `inferredDate`.
   * Answers the JSON text of a `TraceResult`, as UTF-8 bytes: built around the worker's bytes, never a string here.
   */
  trace(documents: readonly DocumentRequest[], options?: CompareOptions, caller?: Caller): Promise<Uint8Array>;
  similarity(request: Omit<SimilarityJob, 'kind'>, caller?: Caller): Promise<SimilarityResult>;
  /** Deletes alignments older than the retention; answers how many. */
  sweep(): Promise<number>;
  /** The job lanes' workers and queues, for readiness. */
  workload(): ReturnType<JobRunner['stats']>;
}

export interface ServiceDeps {
  readonly store: AlignmentStorePort;
  readonly runner: JobRunner;
  readonly limits: Limits;
  /** Bytes of stored alignments per owner; 0 or absent: none. */
  readonly quotaBytes?: number;
  /** Alignments older than this many days are deleted by `sweep`; 0 or absent: kept. */
  readonly retentionDays?: number;
  /** Injected so tests get stable dates; reports take their dates from the resource, never the clock. */
  readonly now?: () => Date;
  readonly newId?: () => string;
}

/**
 * What the caller said of a document, with the date read off it when none was given, and without a title
 * the one its first line reads as, as an uploaded file gets: pasted text is not left "Source document".
 */
const describe = (doc: AlignmentRequest['source'], inferredDate: AlignmentResource['source']['inferredDate']) => ({
  title: doc.title ?? firstLineTitle(doc.text),
  date: doc.date ?? null,
  inferredDate,
  publisher: doc.publisher ?? null,
});

/**
 * The alignment resource's use cases, free of HTTP: compare (or reuse), fetch,
 * list, delete, render reports, each scoped to its owner. Identical requests in
 * flight at once are computed once, and so are identical report renders.
 */
export function createAlignmentService(deps: ServiceDeps): AlignmentService {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const creating = createFlights<Created>();
  const rendering = createFlights<Report>();
  const jobLimits = { maxUnits: deps.limits.units, maxUnitChars: deps.limits.unitChars, maxResultBytes: deps.limits.resourceBytes };
  const context = (caller: Caller, signal = caller.signal) => ({
    ...(caller.requestId ? { requestId: caller.requestId } : {}),
    ...(signal ? { signal } : {}),
  });

  const getJson = async (id: string, caller: Caller): Promise<Uint8Array> => {
    const stored = await deps.store.get(id, caller.owner);
    if (!stored) throw new NotFoundError(`No alignment with id ${id}.`);
    return stored.json;
  };
  // The store judges a write against the quota in the write's own transaction (two at once cannot both slip under it).
  const quota = deps.quotaBytes || undefined;
  const exceeded = (used: number, adding?: number): QuotaExceededError =>
    new QuotaExceededError(
      `${adding === undefined ? 'This' : `This alignment would take ${sizeInWords(adding)}, and this`} key's stored alignments take ${sizeInWords(used)} of its ${sizeInWords(quota ?? 0)}; delete some before adding more.`,
    );
  // Before the work, so that a key already over its quota is told at once rather than after a comparison it cannot keep.
  const checkRoomLeft = async (owner: string): Promise<void> => {
    if (quota === undefined) return;
    const used = await deps.store.usage(owner);
    // At the quota exactly, nothing more fits: say so before the work rather than after it.
    if (used >= quota) throw exceeded(used);
  };
  const compute = async (request: AlignmentRequest, key: string, caller: Caller, signal: AbortSignal): Promise<Created> => {
    const options = request.options ?? {};
    await checkRoomLeft(caller.owner);
    const [source, target] = [withDate(request.source), withDate(request.target)];
    const job = { kind: 'compare', source: source.input, target: target.input, options, limits: jobLimits } as const;
    // Cancelled only when every caller waiting for this comparison has gone; once it is done, it is stored all the same.
    const sized = await deps.runner.run(job, context(caller, signal));
    // A flight its callers left may still have finished and stored this request (a job gets a grace to end) while a
    // later caller's flight ran: that one answers with the stored result rather than keep the same comparison twice.
    const earlier = await deps.store.findByKey(key, caller.owner);
    if (earlier) return { id: earlier.id, json: earlier.json, reused: true };
    const sourceDoc = describe(request.source, source.inferred);
    const targetDoc = describe(request.target, target.inferred);
    const head = { version: RESOURCE_VERSION, id: newId(), createdAt: now().toISOString(), options };
    // The resource's JSON around the worker's own text: this thread serialises only what it adds (ids, titles, dates).
    const json = resourceJson(head, sourceDoc, targetDoc, sized);
    const bytes = json.byteLength;
    if (bytes > deps.limits.resourceBytes) {
      throw new PayloadTooLargeError(`The alignment would take ${overLimit(bytes, deps.limits.resourceBytes)} for one stored alignment.`);
    }
    const outcome = await deps.store.put(
      {
        id: head.id,
        createdAt: head.createdAt,
        key,
        owner: caller.owner,
        json,
        sourceTitle: sourceDoc.title,
        targetTitle: targetDoc.title,
        sourceDate: sourceDoc.date,
        targetDate: targetDoc.date,
      },
      quota,
    );
    if (outcome === 'over_quota') throw exceeded(await deps.store.usage(caller.owner), bytes);
    return { id: head.id, json, reused: false };
  };

  return {
    async create(request, caller = LOCAL) {
      const key = requestKey(request.source, request.target, request.options ?? {});
      const stored = await deps.store.findByKey(key, caller.owner);
      if (stored) return { id: stored.id, json: stored.json, reused: true };
      // The same request already in flight for the same owner: wait for it rather than compute it twice.
      const flightKey = `${caller.owner}\u0000${key}`;
      const { promise, shared } = creating.join(flightKey, caller.signal, (signal) => compute(request, key, caller, signal));
      return shared ? { ...(await promise), reused: true } : promise;
    },
    getJson: (id, caller = LOCAL) => getJson(id, caller),
    async get(id, caller = LOCAL) {
      const read = readResource(new TextDecoder().decode(await getJson(id, caller)));
      if (!read.ok) throw new AppError('internal', 'A stored alignment could not be read.', [], { cause: new Error(read.error) });
      return read.value;
    },
    async documents(id, caller = LOCAL) {
      const head = await deps.store.head(id, caller.owner);
      if (!head) throw new NotFoundError(`No alignment with id ${id}.`);
      return { source: { title: head.sourceTitle, date: head.sourceDate }, target: { title: head.targetTitle, date: head.targetDate } };
    },
    list: (page, caller = LOCAL) => deps.store.list(caller.owner, page),
    async remove(id, caller = LOCAL) {
      if (!(await deps.store.delete(id, caller.owner))) throw new NotFoundError(`No alignment with id ${id}.`);
    },
    async report(id, format, caller = LOCAL) {
      // A report already stored is sent without reading the resource, in one call (the store answers the owner's only);
      // without one, the row's head says whether there is an alignment to draw it from.
      const stored = await deps.store.getReport(id, format, caller.owner);
      if (stored) return { bytes: stored, stored: true };
      if (!(await deps.store.head(id, caller.owner))) throw new NotFoundError(`No alignment with id ${id}.`);
      const render = async (signal: AbortSignal): Promise<Report> => {
        const resource = await getJson(id, caller);
        // Moved to the report's worker, not copied (20 MB for a large comparison): nothing here reads them again.
        const bytes = await deps.runner.run({ kind: 'report', format, resource }, { ...context(caller, signal), transfer: ownBuffers(resource) });
        // Reports count against the owner's quota as alignments do; over it, this one is served but not kept.
        return { bytes, stored: (await deps.store.putReport(id, format, bytes, quota)) === 'stored' };
      };
      return rendering.join(`${id}\u0000${format}`, caller.signal, render).promise;
    },
    async trace(documents, options = {}, caller = LOCAL) {
      const dated = documents.map(withDate);
      const sized = await deps.runner.run({ kind: 'trace', documents: dated.map((d) => d.input), options, limits: jobLimits }, context(caller));
      const heads = documents.map((d, i) => ({
        title: d.title ?? null,
        publisher: d.publisher ?? null,
        date: d.date ?? null,
        inferredDate: dated[i]!.inferred,
      }));
      return traceJson(heads, sized);
    },
    similarity: (request, caller = LOCAL) => deps.runner.run({ kind: 'similarity', ...request }, context(caller)),
    async sweep() {
      if (!deps.retentionDays) return 0;
      return deps.store.deleteOlderThan(new Date(now().getTime() - deps.retentionDays * 86_400_000).toISOString());
    },
    workload: () => deps.runner.stats(),
  };
}
