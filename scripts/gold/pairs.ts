/**
 * The golds the pledge evaluation reads: the seed pair (its own older
 * format, read into the communiqué one) and the communiqué pairs, each with
 * its role. Held-out pairs are never tuned on and are reported apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GoldFile, loadGold, CORPORA_DIR } from './format';
import type { GoldPair } from './score';

const ROOT = join(__dirname, '..', '..');

export type Role = 'seed' | 'dev' | 'held-out';

export const COMMUNIQUE_PAIRS: ReadonlyArray<{ readonly pair: string; readonly role: Role }> = [
  { pair: 'us-rok-2021-2022', role: 'dev' },
  { pair: 'us-canada-2021-2023', role: 'dev' },
  { pair: 'us-eu-ttc-2021-2023', role: 'dev' },
  { pair: 'us-india-2021-2025', role: 'dev' },
  { pair: 'counter-ransomware-2021-2022', role: 'dev' },
  { pair: 'counter-ransomware-2022-2023', role: 'dev' },
  { pair: 'us-eu-ttc-2022-2023', role: 'dev' },
  { pair: 'us-japan-2021-2024', role: 'held-out' },
  { pair: 'us-mexico-hled-2021-2022', role: 'held-out' },
  { pair: 'us-eu-leaders-2022-2023', role: 'held-out' },
  // Annotated on 2026-12-03 (two independent annotations, reconciled) before the product was run on them.
  { pair: 'na-fentanyl-committee-2023', role: 'held-out' },
  { pair: 'us-eu-energy-task-force-2023', role: 'held-out' },
  { pair: 'japan-rok-us-2023-2024', role: 'held-out' },
  // Annotated on 2026-12-03 (evening; two independent annotations, reconciled) before the product was run on them, scored
  // once at first sight, then read for errors and tuned on: dev from then on.
  { pair: 'commercial-spyware-2023-2024', role: 'dev' },
  { pair: 'counter-ransomware-2023-2024', role: 'dev' },
  { pair: 'g7-leaders-2022-2023', role: 'dev' },
  // Annotated the same night, after the readings the three above had led to; scored once at first sight, then tuned on.
  { pair: 'g7-leaders-2023-2024', role: 'dev' },
  { pair: 'us-eu-energy-security-2022', role: 'dev' },
];

interface SeedGold {
  source: { file: string; date: string };
  target: { file: string; date: string };
  pledges: Array<{ source: string; status: 'completed' | 'carried_forward' | 'dropped'; twoWays?: boolean; evidence: string[] }>;
  newPledges: string[];
  newEitherWay: string[];
}

/** The seed gold names clauses by their first words, as the communiqué golds do; a two-way verdict accepts carried forward too. */
export function seedPair(): GoldPair {
  const seed = JSON.parse(readFileSync(join(ROOT, 'corpora', 'seed-pair.pledges.gold.json'), 'utf8')) as SeedGold;
  const gold = GoldFile.parse({
    pair: 'seed pair',
    source: { path: seed.source.file, date: seed.source.date },
    target: { path: seed.target.file, date: seed.target.date },
    pledges: seed.pledges.map((p) => ({
      quote: p.source,
      status: p.status,
      alsoAcceptable: p.twoWays ? ['carried_forward'] : [],
      evidence: p.evidence,
    })),
    newPledges: seed.newPledges,
    newEitherWay: seed.newEitherWay,
  });
  return { gold, sourceText: readFileSync(join(ROOT, seed.source.file), 'utf8'), targetText: readFileSync(join(ROOT, seed.target.file), 'utf8') };
}

/** The communiqué golds present here (their texts live in ../shared/corpora). */
export function communiquePairs(roles: readonly Role[]): Array<GoldPair & { role: Role }> {
  if (!existsSync(CORPORA_DIR)) return [];
  return COMMUNIQUE_PAIRS.filter((p) => roles.includes(p.role))
    .map((p) => ({ ...p, file: join(ROOT, 'corpora', 'communiques', `${p.pair}.gold.json`) }))
    .filter((p) => existsSync(p.file))
    .map((p) => ({ ...loadGold(p.file), role: p.role }));
}
