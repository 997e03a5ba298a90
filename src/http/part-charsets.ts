import type { Request } from 'express';

/**
 * The longest header block looked into: real ones are a few hundred bytes. A longer one
 * (a very long file name) keeps the default charset rather than have every tiny chunk
 * copy a growing pending block.
 */
const MAX_HEADER_BYTES = 4 * 1024;

/** The parts a form may have (multer's `parts` limit) and the closing delimiter: past them busboy refuses the body. */
const MAX_DELIMITERS = 13;

/** The file parts whose charset the decoder asks for. */
const FILE_PARTS = new Set(['source', 'target']);

/**
 * The `charset` each file part of a multipart body declares in its Content-Type
 * (`-F 'source=@latin.txt;type=text/plain; charset=windows-1252'`), by the part's
 * name. busboy parses that header but hands a file on with its bare media type,
 * so the charset would never reach the decoder; this reads it from the same bytes,
 * watching the stream busboy is fed.
 *
 * The sender chooses the boundary and the bytes, so the watch must stay linear and
 * small whatever they are: a delimiter counts only at a line start (`\r\n--boundary`,
 * or the body's first bytes), as busboy reads it; the end of a header block is looked
 * for within MAX_HEADER_BYTES of its start; and after as many delimiters as a form
 * may have, or once both files are seen, nothing more is looked at (busboy refuses a
 * body with more parts anyway). Only the first `source` and `target` parts that name a
 * file are recorded, so a text field of the same name cannot lend a file its charset.
 */
export class PartCharsets {
  readonly byName = new Map<string, string>();
  private readonly delimiter: Buffer | undefined;
  /** The body's first bytes count as following a line break: the first delimiter has none before it. */
  private pending: Buffer = Buffer.from('\r\n', 'latin1');
  private delimiters = 0;
  private readonly seen = new Set<string>();

  constructor(req: Request) {
    const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(req.get('content-type') ?? '');
    const value = boundary?.[1] ?? boundary?.[2];
    this.delimiter = value ? Buffer.from(`\r\n--${value}`, 'latin1') : undefined;
  }

  /** Nothing more to learn from the body: every later chunk is passed over at no cost. */
  get done(): boolean {
    return this.delimiter === undefined || this.delimiters >= MAX_DELIMITERS || this.seen.size === FILE_PARTS.size;
  }

  /** Takes the next chunk of the body, in order. */
  readonly watch = (chunk: Buffer): void => {
    if (this.done) {
      this.pending = Buffer.alloc(0);
      return;
    }
    const delimiter = this.delimiter!;
    // What is pending is at most a header block and a delimiter: joining it costs no more than the chunk.
    const buf = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    let from = 0;
    for (;;) {
      const at = buf.indexOf(delimiter, from);
      if (at < 0) break;
      const start = at + delimiter.length;
      const window = buf.subarray(start, Math.min(buf.length, start + MAX_HEADER_BYTES + 4));
      const end = window.indexOf('\r\n\r\n', 0, 'latin1');
      if (end < 0 && start + MAX_HEADER_BYTES + 4 > buf.length) {
        // The header block may go on in the next chunk: keep it and its delimiter, a few kilobytes at most.
        this.pending = Buffer.from(buf.subarray(at));
        return;
      }
      this.delimiters += 1;
      if (end >= 0) this.read(window.toString('utf8', 0, end));
      if (this.done) {
        this.pending = Buffer.alloc(0);
        return;
      }
      from = end >= 0 ? start + end + 4 : start;
    }
    // A delimiter may straddle two chunks: keep what could be its beginning.
    this.pending = Buffer.from(buf.subarray(Math.max(from, buf.length - delimiter.length + 1)));
  };

  private read(block: string): void {
    const disposition = /^content-disposition:([^\r\n]*)/im.exec(block)?.[1] ?? '';
    const name = /;\s*name="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined || !FILE_PARTS.has(name) || this.seen.has(name) || !/;\s*filename\*?=/i.test(disposition)) return;
    this.seen.add(name);
    const charset = /^content-type:[^\r\n]*?;\s*charset="?([\w.:-]+)/im.exec(block)?.[1];
    if (charset) this.byName.set(name, charset);
  }
}
