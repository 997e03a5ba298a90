import type { Request, Response } from 'express';
import multer from 'multer';
import type { Limits } from '../config';
import { AppError, atField, InvalidRequestError, isAppError, PayloadTooLargeError } from '../errors';
import { sizeInWords } from '../limits';
import { extractText, type Parser } from '../extract/extract';
import { fileTitle } from '../extract/title';
import { PartCharsets } from './part-charsets';
import type { UploadReader } from './routes/alignments';
import { SIDE_WORDS } from './schemas';

const FIELDS = [
  'sourceTitle',
  'sourceDate',
  'sourcePublisher',
  'sourceLanguage',
  'targetTitle',
  'targetDate',
  'targetPublisher',
  'targetLanguage',
  'options',
] as const;

/**
 * Reads `multipart/form-data` with files `source` and `target` (.txt, .md,
 * .html, .pdf, .docx) into the same body a JSON request has: text extracted,
 * titles from the form or else from the file, options as a JSON field.
 */
export function uploadReader(limits: Limits, parser?: Parser): UploadReader {
  const charsets = new WeakMap<Request, PartCharsets>();
  const options: multer.Options & { streamHandler: (req: Request, busboy: NodeJS.WritableStream) => void } = {
    storage: multer.memoryStorage(),
    limits: { fileSize: limits.documentBytes, files: 2, fields: FIELDS.length, fieldSize: 100_000, parts: 12 },
    // Browsers and curl send a non-ASCII file name as raw UTF-8; busboy's default reads it as latin1 ("DÃ©claration").
    defParamCharset: 'utf8',
    // multer's own handler pipes the body to busboy; the parts' declared charsets are read from the same chunks, in order.
    streamHandler: (req, busboy) => {
      const watcher = new PartCharsets(req);
      charsets.set(req, watcher);
      req.pipe(busboy);
      req.on('data', watcher.watch);
      req.once('end', () => req.off('data', watcher.watch));
    },
  };
  const parse = multer(options).fields([
    { name: 'source', maxCount: 1 },
    { name: 'target', maxCount: 1 },
  ]);
  return async (req, signal) => {
    await new Promise<void>((resolve, reject) => {
      parse(req, {} as Response, (error?: unknown) => (error ? reject(multipartError(error, limits)) : resolve()));
    });
    const files = (req.files ?? {}) as Record<string, Express.Multer.File[] | undefined>;
    const fields = req.body as Record<string, string | undefined>;
    const side = async (name: 'source' | 'target') => {
      const file = files[name]?.[0];
      if (!file) {
        const detail = `Give a file for ${SIDE_WORDS[name]}.`;
        throw new InvalidRequestError(`The form has no file "${name}".`, [`${name}: required file`], [{ field: `${name}.file`, detail }]);
      }
      const charset = charsets.get(req)?.byName.get(name);
      const mimetype = charset ? `${file.mimetype}; charset=${charset}` : file.mimetype;
      const extracted = await extractText({ buffer: file.buffer, filename: file.originalname, mimetype }, limits, parser, {
        requestId: req.id,
        ...(signal ? { signal } : {}),
      }).catch((error: unknown) => {
        // The reader knows the file, not which side it is: say which, so the page can mark that field.
        if (!isAppError(error) || error.code === 'internal' || error.code === 'overloaded' || error.code === 'deadline_exceeded') throw error;
        throw atField(error, `${name}.file`, `The file for ${SIDE_WORDS[name]}, "${file.originalname}": ${error.detail}`);
      });
      return withoutEmpty({
        text: extracted.text,
        // A field left empty is no title; one read from the file (or its name) is made to fit, since the caller did not type it.
        title: fields[`${name}Title`] || extracted.title || fileTitle(file.originalname),
        date: fields[`${name}Date`],
        publisher: fields[`${name}Publisher`],
        language: fields[`${name}Language`],
      });
    };
    return withoutEmpty({ source: await side('source'), target: await side('target'), options: parseOptions(fields.options) });
  };
}

function parseOptions(raw: string | undefined): unknown {
  if (raw === undefined || raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new InvalidRequestError('The form field "options" is not valid JSON.', ['options: not JSON']);
  }
}

/** multer's and busboy's failures, in our words: a limit is a 413, a form of the wrong shape a 422, a cut-off body a 400. */
function multipartError(error: unknown, limits: Limits): Error {
  const { code, field } = error as { code?: string; field?: string };
  const allowed = `files "source" and "target", and the fields ${FIELDS.join(', ')}`;
  if (code === 'LIMIT_FILE_SIZE') {
    const side = field === 'source' || field === 'target' ? field : undefined;
    const detail = `The file for ${side ? SIDE_WORDS[side] : 'a document'} is over the limit of ${sizeInWords(limits.documentBytes)}.`;
    return new PayloadTooLargeError(detail, side ? [{ field: `${side}.file`, detail }] : []);
  }
  if (code === 'LIMIT_UNEXPECTED_FILE') {
    return new InvalidRequestError(`The form has a file "${String(field ?? '')}" we do not read; it takes ${allowed}.`, [
      `${String(field ?? '')}: unexpected file`,
    ]);
  }
  if (code === 'LIMIT_FIELD_VALUE') return new PayloadTooLargeError('A form field is over 100,000 bytes.');
  if (code?.startsWith('LIMIT_')) return new PayloadTooLargeError(`The form has too many parts; it takes ${allowed}.`);
  if ((error as { type?: string }).type === 'request.aborted' || /aborted|unexpected end/i.test((error as Error).message ?? '')) {
    return new AppError('request_aborted', 'The form ended before it was complete.');
  }
  return new InvalidRequestError('The form could not be read as multipart/form-data.');
}

const withoutEmpty = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
