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
