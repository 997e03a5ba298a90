import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { z } from 'zod';
import { DEFAULT_LIMITS, LIMITS, type LimitName, type Limits } from './limits';
import { err, ok, type Result } from './result';

export { DEFAULT_LIMITS, LIMITS, type Limits } from './limits';

const int = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .default('false')
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const cores = cpus().length;

const limitFields = Object.fromEntries(Object.values(LIMITS).map((l) => [l.env, int(l.default, l.min, l.max)])) as Record<string, ReturnType<typeof int>>;

/** Every environment variable the service reads, with its default; nothing else in the code reads process.env. */
const configSchema = z.object({
  PORT: int(3000, 0, 65_535),
  /** Unset: 127.0.0.1 without API keys, every address with them. */
  HOST: z.string().trim().min(1).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  // Each alignment worker holds its own WordNet and lexicon: more workers than cores only share the same CPU.
  WORKERS: int(Math.max(1, Math.min(4, cores)), 1, 64),
  /** Report rendering has its own workers, so a queue of PDFs never stands in front of an alignment. */
  REPORT_WORKERS: int(1, 1, 16),
  /** Each parse may use up to PARSE_HEAP_MB of heap; this many run at once, the rest wait. */
  PARSE_WORKERS: int(Math.max(1, Math.min(2, cores)), 1, 16),
  PARSE_HEAP_MB: int(256, 64, 4096),
  WORKER_HEAP_MB: int(2048, 256, 16_384),
  RATE_LIMIT_PER_MINUTE: int(60, 1, 1_000_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Comma-separated `name:secret` (or bare secrets); with API_KEYS_FILE, one per line, a secret may be given as `sha256:<hex>`. */
  API_KEYS: z.string().optional(),
  API_KEYS_FILE: z.string().min(1).optional(),
  /** Listening beyond loopback with no API keys exposes every alignment: it has to be asked for by name. */
  ALLOW_UNAUTHENTICATED: flag,
  RETENTION_DAYS: int(0, 0, 36_500),
  QUOTA_BYTES_PER_KEY: int(500_000_000, 0, Number.MAX_SAFE_INTEGER),
  MAX_CONNECTIONS: int(512, 1, 100_000),
  MAX_CONNECTIONS_PER_CLIENT: int(32, 1, 100_000),
  HEADERS_TIMEOUT_MS: int(10_000, 1_000, 600_000),
  REQUEST_TIMEOUT_MS: int(30_000, 1_000, 3_600_000),
  KEEP_ALIVE_TIMEOUT_MS: int(5_000, 100, 600_000),
  /** Word vectors other than the shipped src/similarity/data/vectors-en.bin (a compiled copy elsewhere, a retrained file). */
  VECTORS_FILE: z.string().trim().min(1).optional(),
  ...limitFields,
});

/** A configured API key: its owner name and the SHA-256 of the secret. The secret itself is never kept. */
export interface ApiKey {
  readonly name: string;
  readonly hash: string;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly limits: Limits;
  readonly workers: { readonly align: number; readonly report: number; readonly parse: number; readonly alignHeapMb: number; readonly parseHeapMb: number };
  readonly rateLimitPerMinute: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Empty: no authentication, and the service listens on loopback unless ALLOW_UNAUTHENTICATED says otherwise. */
  readonly apiKeys: readonly ApiKey[];
  readonly allowUnauthenticated: boolean;
  /** 0: alignments are kept until deleted. */
  readonly retentionDays: number;
  /** Bytes of stored alignments per key; 0: no quota. */
  readonly quotaBytesPerKey: number;
  /** Unset: the shipped vectors. */
  readonly vectorsFile?: string;
  readonly connections: {
    readonly max: number;
    readonly perClient: number;
    readonly headersTimeoutMs: number;
    readonly requestTimeoutMs: number;
    readonly keepAliveTimeoutMs: number;
  };
}

export type ConfigResult = Result<Config>;

/**
 * What is kept of a key: its SHA-256, in hex.
 *
 * @example hashKey('s3cret-s3cret-s3cret').length // 64
 */
export const hashKey = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|localhost)$/i;
const MIN_SECRET = 16;

/**
 * Reads the configuration from environment variables (and the key file they
 * name); a bad value is returned as a message naming the variable, not thrown.
 */
export function loadConfig(env: NodeJS.ProcessEnv, readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): ConfigResult {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) return err(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const c = parsed.data;
  const keys = readKeys(c.API_KEYS, c.API_KEYS_FILE, readFile);
  if (!keys.ok) return keys;
  const host = c.HOST ?? (keys.value.length > 0 ? '0.0.0.0' : '127.0.0.1');
  if (keys.value.length === 0 && !LOOPBACK.test(host) && !c.ALLOW_UNAUTHENTICATED) {
    return err(
      `HOST: ${host} would let anyone who reaches it read and delete every alignment; configure API_KEYS or API_KEYS_FILE, or set ALLOW_UNAUTHENTICATED=true to do it anyway`,
    );
  }
  if (c.VECTORS_FILE !== undefined && !existsSync(c.VECTORS_FILE)) return err(`VECTORS_FILE: no file at ${c.VECTORS_FILE}`);
  const values = c as Record<string, unknown>;
  const limits = Object.fromEntries((Object.keys(LIMITS) as LimitName[]).map((name) => [name, values[LIMITS[name].env] ?? DEFAULT_LIMITS[name]])) as Limits;
  return ok({
    port: c.PORT,
    host,
    dataDir: c.DATA_DIR,
    workers: { align: c.WORKERS, report: c.REPORT_WORKERS, parse: c.PARSE_WORKERS, alignHeapMb: c.WORKER_HEAP_MB, parseHeapMb: c.PARSE_HEAP_MB },
    rateLimitPerMinute: c.RATE_LIMIT_PER_MINUTE,
    logLevel: c.LOG_LEVEL,
    apiKeys: keys.value,
    allowUnauthenticated: c.ALLOW_UNAUTHENTICATED,
    retentionDays: c.RETENTION_DAYS,
    quotaBytesPerKey: c.QUOTA_BYTES_PER_KEY,
    connections: {
      max: c.MAX_CONNECTIONS,
      perClient: c.MAX_CONNECTIONS_PER_CLIENT,
      headersTimeoutMs: c.HEADERS_TIMEOUT_MS,
      requestTimeoutMs: c.REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: c.KEEP_ALIVE_TIMEOUT_MS,
    },
    limits,
    ...(c.VECTORS_FILE === undefined ? {} : { vectorsFile: c.VECTORS_FILE }),
  });
}

function readKeys(inline: string | undefined, file: string | undefined, readFile: (path: string) => string): Result<ApiKey[]> {
  const entries: Array<{ source: string; text: string }> = (inline ?? '')
    .split(',')
    .map((text, i) => ({ source: `API_KEYS entry ${i + 1}`, text: text.trim() }))
    .filter((e) => e.text !== '');
  if (file) {
    let content: string;
    try {
      content = readFile(file);
    } catch {
      return err(`API_KEYS_FILE: cannot read ${file}`);
    }
    content.split(/\r?\n/).forEach((line, i) => {
      const text = line.trim();
      if (text !== '' && !text.startsWith('#')) entries.push({ source: `API_KEYS_FILE line ${i + 1}`, text });
    });
  }
  const keys: ApiKey[] = [];
  for (const { source, text } of entries) {
    const colon = text.indexOf(':');
    const named = colon > 0 && !/^sha256:/i.test(text) && /^[\w.-]{1,64}$/.test(text.slice(0, colon));
    const secret = named ? text.slice(colon + 1) : text;
    const given = /^sha256:([0-9a-f]{64})$/i.exec(secret)?.[1];
    if (!given && secret.length < MIN_SECRET) return err(`${source}: a key needs at least ${MIN_SECRET} characters`);
    const hash = given?.toLowerCase() ?? hashKey(secret);
    const name = named ? text.slice(0, colon) : `key-${hash.slice(0, 8)}`;
    if (keys.some((k) => k.name === name)) return err(`${source}: the name ${name} is used twice`);
    keys.push({ name, hash });
  }
  return ok(keys);
}
