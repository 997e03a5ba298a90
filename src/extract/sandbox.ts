import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { InputUnreadableError, PayloadTooLargeError, type AppError } from '../errors';
import type { ParseReply, ParseRequest, ParseValue } from './worker-protocol';
import { startWorkerIn } from '../worker-threads';

/** Heap for one worker; a document that needs more is refused, not allowed to take the service down. */
const HEAP_MB = 512;
/** A warm worker has pdf.js loaded (~1 s saved per parse); it is kept this long between parses. */
const IDLE_MS = 30_000;

let idle: { worker: Worker; timer: NodeJS.Timeout } | undefined;
let nextId = 1;

/**
 * Parses a PDF or DOCX in a worker thread, so a hostile file can neither
 * hang the service (the worker is terminated at the deadline) nor exhaust
 * its heap (the worker has its own limit), and a crash in a parser stays in
 * the worker. One warm worker is kept between parses; concurrent parses
 * each get their own.
 *
 * @example
 * const value = await parseInWorker('pdf', bytes, { maxChars: 1e6, maxPages: 500, timeoutMs: 20_000 });
 */
export function parseInWorker(
  kind: ParseRequest['kind'],
  bytes: Buffer,
  limits: { readonly maxChars: number; readonly maxPages: number; readonly timeoutMs: number },
): Promise<ParseValue> {
  const pdfjsPath = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
  const request: ParseRequest = {
    id: nextId++,
    kind,
    // A copy the worker can own: the upload's Buffer may share a pooled ArrayBuffer with other data.
    data: new Uint8Array(bytes),
    maxChars: limits.maxChars,
    maxPages: limits.maxPages,
    pdfjsPath,
    standardFontsPath: path.join(path.dirname(pdfjsPath), '..', '..', 'standard_fonts') + path.sep,
  };
  const label = kind.toUpperCase();
  const worker = takeWorker();
  return new Promise<ParseValue>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: ParseValue | AppError, healthy: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (healthy) release(worker);
      else void worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const onMessage = (reply: ParseReply): void => {
      if (reply.id !== request.id) return;
      if (reply.ok) finish(reply.value, true);
      else finish(reply.reason === 'too_large' ? new PayloadTooLargeError(reply.detail) : new InputUnreadableError(reply.detail), true);
    };
    const onError = (error: Error & { code?: string }): void =>
      finish(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new PayloadTooLargeError(`reading the ${label} needs more than ${HEAP_MB} MB of memory`)
          : new InputUnreadableError(`the ${label} file cannot be read (the reader failed)`),
        false,
      );
    const onExit = (): void => finish(new InputUnreadableError(`the ${label} file cannot be read (the reader stopped)`), false);
    const timer = setTimeout(
      () => finish(new InputUnreadableError(`reading the ${label} took longer than ${limits.timeoutMs / 1000} s; it is damaged or too complex`), false),
      limits.timeoutMs,
    );
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.ref();
    worker.postMessage(request, [request.data.buffer as ArrayBuffer]);
  });
}

function takeWorker(): Worker {
  if (!idle) return startWorker();
  const { worker, timer } = idle;
  clearTimeout(timer);
  idle = undefined;
  return worker;
}

/** Keeps the worker warm if no other is, without holding the process open. */
function release(worker: Worker): void {
  if (idle) {
    void worker.terminate();
    return;
  }
  worker.unref();
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = undefined;
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idle = { worker, timer };
}

function startWorker(): Worker {
  const worker = startWorkerIn(__dirname, { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
  // An idle worker that dies (it should not) must not be handed out again.
  worker.once('exit', () => {
    if (idle?.worker === worker) {
      clearTimeout(idle.timer);
      idle = undefined;
    }
  });
  return worker;
}
