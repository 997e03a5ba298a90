/**
 * `npx tsx scripts/gold-agree.ts`: agreement between the two independent
 * annotations of each communiqué pair (corpora/communiques/annotations/PAIR.A.json
 * and PAIR.B.json), as the table the README carries.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { agreement, annotatedPairs } from './gold/agreement';
import { loadGold } from './gold/format';

const DIR = join(__dirname, '..', 'corpora', 'communiques', 'annotations');
const pairs = annotatedPairs(DIR);
const pct = (x: number, of: number): string => (of === 0 ? '—' : `${Math.round((100 * x) / of)} %`);
console.log('| pair | pledges named by both (only A / only B) | pledge F1 | same status | compatible status | κ (status) | shared evidence | new pledges F1 |');
console.log('|---|---|---|---|---|---|---|---|');
for (const pair of pairs) {
  const [a, b] = ['A', 'B'].map((x) => join(DIR, `${pair}.${x}.json`));
  if (!existsSync(a!) || !existsSync(b!)) continue;
  const r = agreement(loadGold(a!), loadGold(b!));
  console.log(
    `| ${pair} | ${r.pledges.both} (${r.pledges.onlyA} / ${r.pledges.onlyB}) | ${r.pledges.f1.toFixed(2)} | ${pct(r.status.same, r.status.of)} | ${pct(r.status.compatible, r.status.of)} | ${r.status.kappa.toFixed(2)} | ${pct(r.evidence.shared, r.evidence.of)} | ${r.newPledges.f1.toFixed(2)} (${r.newPledges.both}; ${r.newPledges.onlyA} / ${r.newPledges.onlyB}) |`,
  );
}
