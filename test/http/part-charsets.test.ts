import type { Request } from 'express';
import { PartCharsets } from '../../src/http/part-charsets';

const boundary = 'XyZ--boundary--42';
const body = Buffer.concat([
  Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="source"; filename="latin.txt"\r\nContent-Type: text/plain; charset=windows-1252\r\n\r\n`),
  Buffer.from('Déclaration --XyZ- not a delimiter\r\n', 'latin1'),
  Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="target"; filename="b.txt"\r\nContent-Type: text/plain\r\n\r\nplain\r\n`),
  Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="sourceTitle"\r\n\r\nT\r\n--${boundary}--\r\n`),
]);
const req = { get: () => `multipart/form-data; boundary=${boundary}` } as unknown as Request;

/** The charsets the parts declare, however the body is cut into chunks: a delimiter or a header block may straddle two. */
describe('PartCharsets', () => {
  test.each([1, 2, 7, 64, body.length])('read in chunks of %i bytes: only the part that declares one has a charset', (size) => {
    const watcher = new PartCharsets(req);
    for (let i = 0; i < body.length; i += size) watcher.watch(body.subarray(i, i + size));
    expect(Object.fromEntries(watcher.byName)).toEqual({ source: 'windows-1252' });
  });
});

describe('PartCharsets on bodies a sender shapes against it', () => {
  const reqFor = (b: string) => ({ get: () => `multipart/form-data; boundary=${b}` }) as unknown as Request;
  const feed = (watcher: PartCharsets, data: Buffer, size = 65_536) => {
    for (let i = 0; i < data.length; i += size) watcher.watch(data.subarray(i, i + size));
  };

  test('a text field named like a file, declaring a charset, lends it to no file', () => {
    const b = 'B';
    const data = Buffer.from(
      `--${b}\r\nContent-Disposition: form-data; name="source"\r\nContent-Type: text/plain; charset=utf-16le\r\n\r\nx\r\n` +
        `--${b}\r\nContent-Disposition: form-data; name="source"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nWe will.\r\n--${b}--\r\n`,
    );
    const watcher = new PartCharsets(reqFor(b));
    feed(watcher, data, 7);
    expect(watcher.byName.size).toBe(0);
  });

  test('a delimiter counts only at a line start, and the watch stops after as many parts as a form may have', () => {
    // A million bytes of would-be delimiters: without a line break before them, none is one.
    const notDelimiters = new PartCharsets(reqFor('x'));
    feed(notDelimiters, Buffer.from('--x\r'.repeat(250_000)));
    expect(notDelimiters.byName.size).toBe(0);
    // With one, busboy would see a part at each: past the form's parts the watch has nothing more to learn.
    const parts = new PartCharsets(reqFor('x'));
    feed(parts, Buffer.from('\r\n--x\r\n\r'.repeat(125_000)));
    expect(parts.done).toBe(true);
  });

  test('parts with names of their own, each declaring a charset, leave nothing behind', () => {
    const b = 'q';
    const part = (i: number) => `\r\n--${b}\r\nContent-Disposition: form-data; name="f${i}"; filename="f"\r\nContent-Type: text/plain; charset=latin1\r\n\r\n.`;
    const watcher = new PartCharsets(reqFor(b));
    feed(watcher, Buffer.from(Array.from({ length: 20_000 }, (_, i) => part(i)).join('')));
    expect(watcher.byName.size).toBe(0);
    expect(watcher.done).toBe(true);
  });
});
