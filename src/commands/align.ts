import { basename } from 'node:path';
import { DEFAULT_LIMITS } from '../config';
import { isAppError } from '../errors';
import { extractText } from '../extract';
import { createInlineRunner } from '../jobs';
import { createAlignmentService } from '../service';
import { pdfBuffer, renderCsv, renderHtml, reportModel } from '../report';
import type { AlignmentResource } from '../resource';
import { createMemoryStore } from '../store';
import type { Language, SegmentationMode } from '../text/types';
import type { AlignFormat } from './options';

/** Renders a resource in one format. */
export type Renderer = (resource: AlignmentResource) => Promise<string | Buffer>;

export interface AlignIo {
  readonly readBytes: (path: string) => Promise<Buffer>;
  readonly stdout: (data: string | Buffer) => void;
  readonly stderr: (text: string) => void;
  readonly writeFile: (path: string, data: string | Buffer) => Promise<void>;
  /** Standard output is a terminal: a PDF written there is noise, and can upset the terminal. */
  readonly stdoutIsTerminal?: boolean;
}

export interface AlignArgs {
  readonly source: string;
  readonly target: string;
  readonly format: AlignFormat;
  readonly out?: string;
  /** The documents' dates: shown in reports, and what dates they name without a year are read against. */
  readonly sourceDate?: string;
  readonly targetDate?: string;
  /** How both documents are cut (the API's `options.segmentation`); unset, clauses. */
  readonly segmentation?: SegmentationMode;
  /** Both documents' language (the API's `source.language` and `target.language`); unset, each one's is detected. */
  readonly language?: Language;
}

const json: Renderer = async (resource) => `${JSON.stringify(resource, null, 2)}\n`;
const csv: Renderer = async (resource) => renderCsv(reportModel(resource));
const pdf: Renderer = (resource) => pdfBuffer(reportModel(resource));
const html: Renderer = async (resource) => renderHtml(reportModel(resource));
export const RENDERERS: Partial<Record<AlignFormat, Renderer>> = { json, csv, pdf, html };

/**
 * `cli align A B`: the service's job without a server. Reads both files
 * (.txt, .md, .html, .pdf, .docx), compares them in-process, and writes the
 * resource in the chosen format to --out or stdout. Returns the exit code.
 */
export async function alignCommand(args: AlignArgs, io: AlignIo, renderers = RENDERERS): Promise<number> {
  const render = renderers[args.format];
  if (!render) {
    io.stderr(`--format ${args.format} is not available yet; available: ${Object.keys(renderers).join(', ')}\n`);
    return 2;
  }
  if (args.format === 'pdf' && !args.out && io.stdoutIsTerminal) {
    io.stderr('--format pdf writes a binary file: give --out FILE (e.g. --out /tmp/report.pdf), or redirect the output (> report.pdf)\n');
    return 2;
  }
  const service = createAlignmentService({ store: createMemoryStore(), runner: createInlineRunner(), limits: DEFAULT_LIMITS });
  try {
    const [source, target] = await Promise.all([readDocument(args.source, io, args.sourceDate), readDocument(args.target, io, args.targetDate)]);
    const language = args.language ? { language: args.language } : {};
    const options = args.segmentation ? { options: { segmentation: args.segmentation } } : {};
    const { id } = await service.create({ source: { ...source, ...language }, target: { ...target, ...language }, ...options });
    const resource = await service.get(id);
    const output = await render(resource);
    if (args.out) await io.writeFile(args.out, output);
    else io.stdout(output);
    return 0;
  } catch (error) {
    // An internal error's detail is the server's ("the error has been logged"): runCli names its cause instead.
    if (isAppError(error) && error.code !== 'internal') io.stderr(`${error.detail}\n`);
    else if (!isAppError(error) && (error as NodeJS.ErrnoException).code) io.stderr(`cannot read or write: ${(error as Error).message}\n`);
    else throw error;
    return 1;
  }
}

async function readDocument(path: string, io: AlignIo, date: string | undefined) {
  const buffer = await io.readBytes(path);
  const extracted = await extractText({ buffer, filename: basename(path) }, DEFAULT_LIMITS);
  return { text: extracted.text, title: extracted.title ?? basename(path), ...(date ? { date } : {}) };
}
