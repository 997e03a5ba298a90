import type { Request } from 'express';

/**
 * The longest header block looked into: real ones are a few hundred bytes. A longer one
 * (a very long file name) keeps the default charset rather than have every tiny chunk
 * copy a growing pending block.
 */
const MAX_HEADER_BYTES = 4 * 1024;

/**
 * The `charset` each part of a multipart body declares in its Content-Type
 * (`-F 'source=@latin.txt;type=text/plain; charset=windows-1252'`), by the part's
 * name. busboy parses that header but hands a file on with its bare media type,
 * so the charset would never reach the decoder; this reads it from the same bytes,
 * watching the stream busboy is fed without holding more than one header block.
 */
export class PartCharsets {
  readonly byName = new Map<string, string>();
  private readonly delimiter: Buffer | undefined;
  private pending: Buffer = Buffer.alloc(0);

  constructor(req: Request) {
    const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(req.get('content-type') ?? '');
    const value = boundary?.[1] ?? boundary?.[2];
    this.delimiter = value ? Buffer.from(`--${value}`, 'latin1') : undefined;
  }

  /** Takes the next chunk of the body, in order. */
  readonly watch = (chunk: Buffer): void => {
    const delimiter = this.delimiter;
    if (!delimiter) return;
    const buf = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    let from = 0;
    for (;;) {
      const at = buf.indexOf(delimiter, from);
      if (at < 0) break;
      const start = at + delimiter.length;
      const end = buf.indexOf('\r\n\r\n', start, 'latin1');
      if (end < 0) {
        // The header block goes on in the next chunk: keep it, unless it is longer than any we look into.
        if (buf.length - start <= MAX_HEADER_BYTES) {
          this.pending = Buffer.from(buf.subarray(at));
          return;
        }
        from = start;
        continue;
      }
      if (end - start <= MAX_HEADER_BYTES) this.read(buf.toString('utf8', start, end));
      from = end + 4;
    }
    // A delimiter may straddle two chunks: keep what could be its beginning.
    this.pending = Buffer.from(buf.subarray(Math.max(from, buf.length - delimiter.length + 1)));
  };

  private read(block: string): void {
    const name = /^content-disposition:[^\r\n]*?;\s*name="([^"]*)"/im.exec(block)?.[1];
    const charset = /^content-type:[^\r\n]*?;\s*charset="?([\w.:-]+)/im.exec(block)?.[1];
    if (name !== undefined && charset) this.byName.set(name, charset);
  }
}
