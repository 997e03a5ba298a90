import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryStore } from '../../src/store';
import type { Parser } from '../../src/extract/extract';
import type { JobContext } from '../../src/jobs';
import { holdingRunner } from '../fixtures/holding-runner';
import { testApp } from '../fixtures/app';

const until = async (ok: () => boolean, ms = 5_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** Sends a request and hangs up once its job has started, as `timeout 0.5 curl` did. */
async function hangUpDuring(runner: ReturnType<typeof holdingRunner>, path: string, body: unknown): Promise<void> {
  const server = http.createServer(testApp({ runner, store: createMemoryStore() }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const { port } = server.address() as AddressInfo;
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json' } });
    req.on('error', () => undefined);
    req.end(JSON.stringify(body));
    await until(() => runner.contexts.length === 1);
    req.destroy();
    await until(() => runner.contexts[0]!.signal?.aborted === true);
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
}

describe('a client that hangs up before its answer', () => {
  const source = { text: 'The ministers will reinforce border checks.' };
  const target = { text: 'The ministers have reinforced border checks.' };

  test('POST /api/v1/alignments: its job is cancelled', async () => {
    const runner = holdingRunner();
    await hangUpDuring(runner, '/api/v1/alignments', { source, target });
    expect(runner.contexts[0]!.signal?.aborted).toBe(true);
  });

  test('POST /api/v1/traces: its job is cancelled', async () => {
    const runner = holdingRunner();
    await hangUpDuring(runner, '/api/v1/traces', { documents: [source, target] });
    expect(runner.contexts[0]!.signal?.aborted).toBe(true);
  });

  test('POST /api/v1/alignments with files: the reading of its files is cancelled', async () => {
    const signals: Array<AbortSignal | undefined> = [];
    const parser: Parser = {
      // Holds every file until its reader is told to stop, as a long PDF would.
      convert: (_task, options = {}) => {
        signals.push(options.signal);
        return new Promise((_resolve, reject) => options.signal?.addEventListener('abort', () => reject(new Error('stopped'))));
      },
      stats: () => ({ name: 'parse', size: 1, warm: 1, busy: 0, queued: 0 }) as never,
      close: async () => undefined,
    };
    const server = http.createServer(testApp({ parser }));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      const boundary = 'hangup-boundary';
      const part = (name: string, file: string, text: string): string =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${file}"\r\nContent-Type: text/plain\r\n\r\n${text}\r\n`;
      const body = `${part('source', 'a.txt', source.text)}${part('target', 'b.txt', target.text)}--${boundary}--\r\n`;
      const req = http.request({
        host: '127.0.0.1',
        port,
        path: '/api/v1/alignments',
        method: 'POST',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
      req.on('error', () => undefined);
      req.end(body);
      await until(() => signals.length === 1);
      expect(signals[0]?.aborted).toBe(false);
      req.destroy();
      await until(() => signals[0]?.aborted === true);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  test('a client that waits for its answer is not cancelled when the answer is sent', async () => {
    const contexts: JobContext[] = [];
    const run = async (_job: unknown, context: JobContext = {}) => {
      contexts.push(context);
      return { scores: [0.5], language: 'en' } as never;
    };
    const server = http.createServer(testApp({ runner: { ...holdingRunner(), run } }));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/similarity`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ pairs: [['a b', 'a c']] }),
      });
      expect(res.status).toBe(200);
      await new Promise((r) => setTimeout(r, 50));
      expect(contexts[0]!.signal?.aborted).toBe(false);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
