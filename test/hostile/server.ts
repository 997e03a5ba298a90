import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';

export const KEY = 'hostile-suite-key-0123456789';

/** The real server in a child process (its own event loop, as in production), on a free loopback port. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  readonly logs: Array<Record<string, unknown>>;
  /** Peak resident memory of the server process so far, in MB (VmHWM). */
  peakRssMb(): number;
  stop(): Promise<void>;
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), join(__dirname, '../../src/server.ts')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      LOG_LEVEL: 'info',
      API_KEYS: `suite:${KEY}`,
      RATE_LIMIT_PER_MINUTE: '1000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not a log line
      }
    }
  });
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
  });
  // Polled rather than read from the log, so a quieter LOG_LEVEL works too.
  const started = Date.now();
  for (;;) {
    if (exited !== undefined) throw new Error(`the server exited with ${exited}`);
    if (Date.now() - started > 60_000) throw new Error('the server did not start within 60 s');
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    logs,
    peakRssMb: () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          r(undefined);
        }, 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          r(undefined);
        });
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Polls /healthz every 25 ms over one kept-alive connection from 127.0.0.2, a
 * loopback address of its own: a client hogging connections from 127.0.0.1 meets
 * its per-address cap, and a health check from elsewhere must still get through.
 * It polls from a thread of its own, so the latencies are the server's event loop's,
 * not this process's, which reads multi-megabyte responses between polls.
 */
export function healthPoller(port: number): { stop(): Promise<{ worst: number; median: number; count: number; failures: number }> } {
  const worker = new Worker(POLLER, { eval: true, workerData: { port } });
  const done = new Promise<{ latencies: number[]; failures: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    async stop() {
      worker.postMessage('stop');
      const { latencies, failures } = await done;
      await worker.terminate();
      const sorted = [...latencies].sort((a, b) => a - b);
      return {
        worst: sorted.at(-1) ?? Number.POSITIVE_INFINITY,
        median: sorted[Math.floor(sorted.length / 2)] ?? Number.POSITIVE_INFINITY,
        count: sorted.length,
        failures,
      };
    },
  };
}

/** The poller's loop, plain JavaScript for a thread started from a string (no TypeScript loader there). */
const POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Agent, request } = require('node:http');
const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: '127.0.0.2' });
const latencies = [];
let failures = 0;
let running = true;
parentPort.on('message', () => { running = false; });
(async () => {
  while (running) {
    const started = performance.now();
    const ok = await new Promise((resolve) => {
      const req = request({ host: '127.0.0.1', port: workerData.port, path: '/healthz', agent, timeout: 5000 }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode === 200));
      });
      req.on('timeout', () => req.destroy());
      req.on('error', () => resolve(false));
      req.end();
    });
    if (ok) latencies.push(performance.now() - started);
    else failures += 1;
    await new Promise((r) => setTimeout(r, 25));
  }
  agent.destroy();
  parentPort.postMessage({ latencies, failures });
})();
`;

/**
 * One HTTP exchange with exact bytes and headers; never throws for a status.
 * A kept-alive connection the server closed while idle fails as EPIPE or a reset
 * before the server read anything; like any client, this one then sends again once.
 */
export async function send(url: string, init: RequestInit & { key?: string | null } = {}): Promise<{ status: number; text: string; ms: number }> {
  const headers = new Headers(init.headers);
  if (init.key !== null) headers.set('Authorization', `Bearer ${init.key ?? KEY}`);
  const started = performance.now();
  const res = await fetch(url, { ...init, headers }).catch((error: Error & { cause?: { code?: string } }) => {
    if (!['EPIPE', 'ECONNRESET', 'UND_ERR_SOCKET'].includes(error.cause?.code ?? '')) throw error;
    return fetch(url, { ...init, headers });
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
