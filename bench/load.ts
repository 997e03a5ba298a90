/**
 * `npm run load`: a bounded load test of the real server on loopback. Five
 * rounds of five scenarios (health, a stored result, similarity, unique
 * alignments, reports), each driven by autocannon for a few seconds; prints
 * req/s, p50/p99 latency, errors and the server's RSS after each, and fails
 * when any request errs or hangs, or RSS keeps growing.
 * The machine is shared and has two cores: read the figures as a range.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { readSeed, SEED_2016, SEED_2018 } from '../test/fixtures/seeds';
import { KEY, send, startServer } from '../test/hostile/server';

const ROUNDS = Number(process.env.LOAD_ROUNDS ?? 5);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 5);
const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

interface Row {
  round: number;
  scenario: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  rssMb: number;
}

async function main(): Promise<void> {
  const server = await startServer({ LOG_LEVEL: 'warn', WORKERS: '2', REPORT_WORKERS: '1', PARSE_WORKERS: '1' });
  const rss = (): number => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
  try {
    while ((await send(`${server.url}/readyz`, { key: null })).status !== 200) await new Promise((r) => setTimeout(r, 200));
    const seed = await send(`${server.url}/api/v1/alignments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ source: { text: readSeed(SEED_2016), date: '2016-02-02' }, target: { text: readSeed(SEED_2018), date: '2018-06-11' } }),
    });
    const id = (JSON.parse(seed.text) as { id: string }).id;
    for (const format of ['pdf', 'html', 'csv']) await send(`${server.url}/api/v1/alignments/${id}/report.${format}`);
    const pairs = Array.from({ length: 20 }, (_, i) => [`systematic checks at the external borders ${i}`, `border controls on the external frontiers ${i}`]);
    let unique = 0;
    const scenarios: Array<{ name: string; options: autocannon.Options }> = [
      { name: 'health', options: { url: `${server.url}/healthz`, connections: 10 } },
      { name: 'stored result', options: { url: `${server.url}/api/v1/alignments/${id}`, headers: auth, connections: 10 } },
      {
        name: 'similarity (20 pairs)',
        options: { url: `${server.url}/api/v1/similarity`, method: 'POST', headers: auth, body: JSON.stringify({ pairs }), connections: 4 },
      },
      {
        name: 'unique alignments',
        options: {
          url: `${server.url}/api/v1/alignments`,
          method: 'POST',
          headers: auth,
          connections: 4,
          requests: [
            {
              setupRequest: (req) => ({
                ...req,
                body: JSON.stringify({
                  source: { text: `A French liaison magistrate will be sent to Belgium, request ${(unique += 1)}. The ministers will meet again.` },
                  target: { text: `stationing a French liaison magistrate in Belgium; meeting ${unique} held.` },
                }),
              }),
            },
          ],
        },
      },
      {
        name: 'reports (pdf, html, csv)',
        options: {
          url: server.url,
          headers: auth,
          connections: 6,
          requests: [
            { path: `/api/v1/alignments/${id}/report.pdf` },
            { path: `/api/v1/alignments/${id}/report.html` },
            { path: `/api/v1/alignments/${id}/report.csv` },
          ],
        },
      },
    ];
    const rows: Row[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const { name, options } of scenarios) {
        const result = await autocannon({ ...options, duration: SECONDS, timeout: 30 });
        const errors = result.errors + result.timeouts + result.non2xx;
        rows.push({ round, scenario: name, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors, rssMb: rss() });
        const r = rows.at(-1)!;
        console.log(
          `round ${round}  ${name.padEnd(26)} ${String(r.rps).padStart(6)} req/s  p50 ${String(r.p50).padStart(5)} ms  p99 ${String(r.p99).padStart(5)} ms  errors ${r.errors}  RSS ${r.rssMb} MB`,
        );
      }
    }
    console.log('\n| scenario | req/s (min–max over rounds) | p50 ms | p99 ms | errors | server RSS MB after each round |');
    console.log('|---|---|---|---|---|---|');
    for (const { name } of scenarios) {
      const mine = rows.filter((r) => r.scenario === name);
      const span = (f: (r: Row) => number) => `${Math.min(...mine.map(f))}–${Math.max(...mine.map(f))}`;
      console.log(
        `| ${name} | ${span((r) => r.rps)} | ${span((r) => r.p50)} | ${span((r) => r.p99)} | ${mine.reduce((s, r) => s + r.errors, 0)} | ${mine.map((r) => r.rssMb).join(', ')} |`,
      );
    }
    const errors = rows.reduce((s, r) => s + r.errors, 0);
    const ends = rows.filter((r) => r.scenario === scenarios.at(-1)!.name).map((r) => r.rssMb);
    // Flat: the last round ends within a quarter of the second round's RSS (the first still fills caches).
    const flat = ends.length < 2 || ends.at(-1)! <= 1.25 * ends[Math.min(1, ends.length - 1)]!;
    console.log(`\n${errors === 0 ? 'no errors' : `${errors} errors`}; RSS ${flat ? 'flat' : 'growing'} (${ends.join(' → ')} MB)`);
    process.exitCode = errors === 0 && flat ? 0 : 1;
    // Kept for the README's load table (scripts/readme/speed.ts), with what the figures depend on.
    const results = join(__dirname, 'results');
    mkdirSync(results, { recursive: true });
    const machine = { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version };
    writeFileSync(
      join(results, 'load.json'),
      `${JSON.stringify({ date: new Date().toISOString(), machine, rounds: ROUNDS, seconds: SECONDS, scenarios: scenarios.map((s) => s.name), rows, errors, flat }, null, 2)}\n`,
    );
  } finally {
    await server.stop();
  }
}

void main();
