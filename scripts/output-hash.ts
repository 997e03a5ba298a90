/**
 * `npx tsx scripts/output-hash.ts`: one hash per case of the whole comparison
 * (links with their scores and explanations, verdicts with their evidence) on
 * the seed pair, the dev communiqué pairs and slices of real statements. A
 * change meant to make the product faster, not different, must leave every
 * hash as it was; compare the output before and after.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { compareTexts } from '../src/pledges';
import { CORPORA_DIR } from './gold/format';
import { communiquePairs, seedPair } from './gold/pairs';

const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

const cases: Array<{ name: string; source: string; target: string; sourceDate?: string; targetDate?: string }> = [];
const seed = seedPair();
cases.push({ name: 'seed', source: seed.sourceText, target: seed.targetText, sourceDate: seed.gold.source.date, targetDate: seed.gold.target.date });
for (const p of communiquePairs(['dev']))
  cases.push({ name: p.gold.pair, source: p.sourceText, target: p.targetText, sourceDate: p.gold.source.date, targetDate: p.gold.target.date });

// Statements of one year against the next, cut at a size: real text at a size the pairs do not reach.
const documents = gunzipSync(readFileSync(join(CORPORA_DIR, 'wh-briefings', 'documents.jsonl.gz')))
  .toString('utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { date: string; text: string });
const slice = (year: string, chars: number): string => {
  let text = '';
  for (const d of documents) if (d.date.startsWith(year) && text.length < chars) text += `${d.text}\n\n`;
  return text;
};
for (const chars of [20_000, 150_000]) cases.push({ name: `wh 2021→2022 ${chars / 1000}k chars`, source: slice('2021', chars), target: slice('2022', chars) });

for (const c of cases) {
  const started = performance.now();
  const result = compareTexts(
    { text: c.source, ...(c.sourceDate ? { date: c.sourceDate } : {}) },
    { text: c.target, ...(c.targetDate ? { date: c.targetDate } : {}) },
  );
  const ms = performance.now() - started;
  const parts = { units: hash([result.source, result.target]), links: hash(result.links), verdicts: hash([result.pledges, result.newPledges, result.summary]) };
  console.log(`${c.name.padEnd(34)} units ${parts.units}  links ${parts.links}  verdicts ${parts.verdicts}  (${ms.toFixed(0)} ms)`);
}
