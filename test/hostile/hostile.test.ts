import { connect } from 'node:net';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { makeDocx, makePdf } from '../extract/make-fixtures';
import { lies } from '../extract/zip-bomb';
import { healthPoller, send, startServer, type RunningServer } from './server';

/**
 * The hostile-input suite: every finding of issue 14 replayed against the real
 * server in its own process. During each, a /healthz poller's worst latency must
 * stay under 250 ms, and the next ordinary request must be answered normally.
 */
const WORST_MS = 250;
const ordinary = {
  source: { text: 'A French liaison magistrate will be sent to Belgium.' },
  target: { text: 'stationing a French liaison magistrate in Belgium' },
};
const sentences = (n: number, topic = 'joint investigation teams') =>
  Array.from({ length: n }, (_, i) => `The ministers will expand ${topic} in region ${i} and report on case ${i * 7}.`).join(' ');

let server: RunningServer;
let linesPdf: Buffer;
let longPdf: Buffer;
beforeAll(async () => {
  // Made before the server starts: minutes of pdfkit between requests would only test idle keep-alive sockets.
  linesPdf = await makePdf(Array.from({ length: 3_000 }, (_, i) => ({ item: `x${i % 10}-` })));
  longPdf = await makePdf([{ para: 'x'.repeat(80_000) }, { para: 'y' }]);
  server = await startServer({
    WORKERS: '1',
    REPORT_WORKERS: '1',
    PARSE_WORKERS: '1',
    JOB_DEADLINE_MS: '20000',
    JOB_QUEUE_WAIT_MS: '20000',
    JOB_QUEUE_LENGTH: '8',
    PARSE_DEADLINE_MS: '10000',
    HEADERS_TIMEOUT_MS: '2000',
    REQUEST_TIMEOUT_MS: '3000',
    MAX_CONNECTIONS_PER_CLIENT: '64',
  });
  while ((await send(`${server.url}/readyz`, { key: null })).status !== 200) await new Promise((r) => setTimeout(r, 100));
}, 90_000);
afterAll(() => server?.stop(), 30_000);

const api = (path: string) => `${server.url}/api/v1${path}`;
const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const upload = (source: Blob, name: string, target: Blob = new Blob(['The ministers met.']), targetName = 'b.txt'): RequestInit => {
  const form = new FormData();
  form.append('source', source, name);
  form.append('target', target, targetName);
  return { method: 'POST', body: form };
};

/** Runs one hostile case with the poller going, then checks the service is itself again. */
async function survives(attack: () => Promise<unknown>): Promise<void> {
  const poller = healthPoller(server.port);
  try {
    await attack();
  } finally {
    const health = await poller.stop();
    expect({ ...health, worst: health.worst < WORST_MS ? `< ${WORST_MS}` : health.worst }).toMatchObject({ worst: `< ${WORST_MS}`, failures: 0 });
  }
  const next = await send(api('/alignments'), json(ordinary));
  expect([200, 201]).toContain(next.status);
}

describe('hostile input, the service stays up', () => {
  test('a .txt of one sentence, 80,000 spaces and a letter (normalisation used to take 13 s)', async () => {
    await survives(async () => {
      const res = await send(api('/alignments'), upload(new Blob([`One sentence.${' '.repeat(80_000)}a`]), 'spaces.txt'));
      // One clause of 80,014 characters: over the unit limit, said at once.
      expect(res.status).toBe(413);
      expect(res.text).toMatch(/limit is 5000/);
    });
  }, 60_000);

  test('PDFs of many short lines and of one 80,000-letter line (the line joiner used to take minutes)', async () => {
    await survives(async () => {
      for (const [pdf, name] of [
        [linesPdf, 'lines.pdf'],
        [longPdf, 'long.pdf'],
      ] as const) {
        const res = await send(api('/alignments'), upload(new Blob([new Uint8Array(pdf)]), name));
        expect([201, 413, 422]).toContain(res.status);
      }
    });
  }, 120_000);

  test('HTML of 100k nested divs, and 1 MB of "*a" as Markdown (parsers now run in a parse worker)', async () => {
    await survives(async () => {
      const html = await send(api('/alignments'), upload(new Blob([`<p>Words.</p>${'<div>'.repeat(100_000)}text`]), 'deep.html'));
      expect([201, 413, 422]).toContain(html.status);
      const md = await send(api('/alignments'), upload(new Blob(['*a'.repeat(500_000)]), 'stars.md'));
      expect([201, 413, 422]).toContain(md.status);
    });
  }, 120_000);

  test('2 MB of numbers as similarity pairs is a small 413; 10,000 legal pairs are scored off the request thread', async () => {
    // Bodies built before the poller starts: building them blocks this process's loop, which the poller would count against the server.
    const numbersBody = `{"pairs":[${Array.from({ length: 900_000 }, (_, i) => i % 10).join(',')}]}`;
    const pairsRequest = json({ pairs: Array.from({ length: 10_000 }, (_, i) => [`border checks at crossing ${i}`, `border controls at post ${i % 97}`]) });
    await survives(async () => {
      const numbers = await send(api('/similarity'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: numbersBody });
      expect(numbers.status).toBe(413);
      expect(numbers.text.length).toBeLessThan(2_000);
      expect((await send(api('/similarity'), pairsRequest)).status).toBe(200);
    });
  }, 120_000);

  test('output that grew with the square of the input is bounded: a large topic-heavy pair is stored within the limit or refused with 413', async () => {
    await survives(async () => {
      const res = await send(api('/alignments'), json({ source: { text: sentences(1_500) }, target: { text: sentences(1_500) } }));
      expect([201, 413]).toContain(res.status);
      expect(res.text.length).toBeLessThanOrEqual(25_000_000);
      if (res.status === 201) {
        const id = (JSON.parse(res.text) as { id: string }).id;
        for (const path of [`/alignments/${id}`, `/alignments/${id}/report.html`, `/alignments/${id}/report.csv`])
          expect((await send(api(path))).status).toBe(200);
      }
    });
  }, 180_000);

  test('a burst of 30 large alignments: every request answered (or refused) in bounded time, then ordinary work goes on', async () => {
    await survives(async () => {
      const started = Date.now();
      const statuses = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          send(api('/alignments'), json({ source: { text: sentences(800, `topic ${i}`) }, target: { text: sentences(800, `topic ${i}`) } })).then(
            (r) => r.status,
          ),
        ),
      );
      expect(statuses.every((s) => [201, 503].includes(s))).toBe(true);
      expect(Date.now() - started).toBeLessThan(120_000);
    });
    while ((await send(`${server.url}/readyz`, { key: null })).status !== 200) await new Promise((r) => setTimeout(r, 200));
  }, 180_000);

  test('six report downloads at once do not hold up a one-sentence alignment; identical requests make one resource', async () => {
    const big = await send(api('/alignments'), json({ source: { text: sentences(600) }, target: { text: sentences(600, 'border checks') } }));
    const id = (JSON.parse(big.text) as { id: string }).id;
    await survives(async () => {
      const reports = Array.from({ length: 6 }, () => send(api(`/alignments/${id}/report.pdf`)));
      const small = await send(api('/alignments'), json({ source: { text: 'The ministers will meet.' }, target: { text: 'The ministers met.' } }));
      expect(small.status).toBe(201);
      expect((await Promise.all(reports)).map((r) => r.status)).toEqual(Array(6).fill(200));
      const same = { source: { text: 'Twenty identical requests.' }, target: { text: 'Twenty identical answers.' } };
      const ids = await Promise.all(
        Array.from({ length: 20 }, () => send(api('/alignments'), json(same)).then((r) => (JSON.parse(r.text) as { id: string }).id)),
      );
      expect(new Set(ids).size).toBe(1);
    });
  }, 180_000);

  test('four DOCX zip bombs and a PDF whose stream inflates to 100 MB are refused as too large, in bounded memory', async () => {
    const docx = lies(await makeDocx([{ para: 'x' }]), 'word/document.xml', deflateRawSync(Buffer.alloc(200_000_000, 0x20)));
    const stream = deflateSync(Buffer.concat([Buffer.from('BT /F1 12 Tf 72 712 Td (Hello) Tj ET\n'), Buffer.alloc(100_000_000, 0x20)]));
    const pdf = Buffer.concat([
      Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`),
      stream,
      Buffer.from('\nendstream\nendobj\n%%EOF\n'),
    ]);
    await survives(async () => {
      const bombs = Array.from({ length: 4 }, () => send(api('/alignments'), upload(new Blob([new Uint8Array(docx)]), 'bomb.docx')));
      expect((await Promise.all(bombs)).map((r) => r.status)).toEqual([413, 413, 413, 413]);
      expect((await send(api('/alignments'), upload(new Blob([new Uint8Array(pdf)]), 'bomb.pdf'))).status).toBe(413);
    });
    expect(server.peakRssMb()).toBeLessThan(2_500);
  }, 120_000);

  test('slow clients: 300 sockets holding partial headers or bodies are cut off, and do not lock others out', async () => {
    await survives(async () => {
      const sockets = Array.from({ length: 300 }, (_, i) => {
        const socket = connect(server.port, '127.0.0.1');
        socket.on('error', () => undefined);
        // Read whatever the server says (a 408), so the socket sees the server close it.
        socket.resume();
        socket.on('connect', () =>
          socket.write(
            i % 2 === 0 ? 'GET /healthz HTTP/1.1\r\nHost: x\r\n' : 'POST /api/v1/alignments HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n{"source":',
          ),
        );
        return socket;
      });
      await new Promise((r) => setTimeout(r, 5_000));
      expect(sockets.filter((s) => !s.destroyed && !s.closed && s.readyState === 'open').length).toBe(0);
      for (const s of sockets) s.destroy();
    });
    expect(server.logs.filter((l) => (l.level as number) >= 50)).toEqual([]);
  }, 60_000);

  test('client mistakes are 4xx with their own codes, and no key is 401', async () => {
    await survives(async () => {
      const body = JSON.stringify(ordinary);
      const cases: Array<[RequestInit & { key?: string | null }, string, number]> = [
        [{ method: 'POST', headers: { 'Content-Type': 'application/json; charset=iso-8859-1' }, body }, '/alignments', 415],
        [{ method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'compress' }, body }, '/alignments', 415],
        [{ method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, body }, '/alignments', 400],
        [{ method: 'GET' }, '/alignments/%ZZ', 400],
        [{ method: 'PUT', headers: { 'Content-Type': 'application/json' }, body }, '/alignments', 405],
        [{ method: 'GET', key: null }, '/alignments', 401],
      ];
      for (const [init, path, status] of cases) expect([path, (await send(api(path), init)).status]).toEqual([path, status]);
    });
  }, 60_000);
});
