import { cpus } from 'node:os';
import { z } from 'zod';

const int = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** Every limit the service enforces, with its default; each can be set from the environment. */
const configSchema = z.object({
  PORT: int(3000, 0, 65_535),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  MAX_DOCUMENT_BYTES: int(2_000_000, 1_000, 50_000_000),
  MAX_UNITS: int(20_000, 10, 1_000_000),
  MAX_UNIT_CHARS: int(5_000, 100, 1_000_000),
  MAX_PAIRS: int(10_000, 1, 1_000_000),
  JOB_DEADLINE_MS: int(60_000, 100, 3_600_000),
  // Each worker holds its own WordNet and lexicon: more workers than cores only share the same CPU.
  WORKERS: int(Math.max(1, Math.min(4, cpus().length)), 1, 64),
  RATE_LIMIT_PER_MINUTE: int(60, 1, 1_000_000),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly limits: Limits;
  readonly workers: number;
  readonly rateLimitPerMinute: number;
}

export interface Limits {
  readonly documentBytes: number;
  readonly units: number;
  readonly unitChars: number;
  readonly pairs: number;
  readonly deadlineMs: number;
}

export const DEFAULT_LIMITS: Limits = { documentBytes: 2_000_000, units: 20_000, unitChars: 5_000, pairs: 10_000, deadlineMs: 60_000 };

/**
 * Reads the configuration from environment variables; a bad value is
 * returned as a message naming it, not thrown.
 *
 * @example
 * const config = loadConfig(process.env);
 * if (!config.ok) { console.error(config.error); process.exit(1); }
 */
export function loadConfig(env: NodeJS.ProcessEnv): { ok: true; value: Config } | { ok: false; error: string } {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  const c = parsed.data;
  return {
    ok: true,
    value: {
      port: c.PORT,
      host: c.HOST,
      dataDir: c.DATA_DIR,
      workers: c.WORKERS,
      rateLimitPerMinute: c.RATE_LIMIT_PER_MINUTE,
      limits: { documentBytes: c.MAX_DOCUMENT_BYTES, units: c.MAX_UNITS, unitChars: c.MAX_UNIT_CHARS, pairs: c.MAX_PAIRS, deadlineMs: c.JOB_DEADLINE_MS },
    },
  };
}
