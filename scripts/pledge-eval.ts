/**
 * `npx tsx scripts/pledge-eval.ts [--held-out] [--verbose] [--write]`: the
 * product's pledge verdicts against the seed gold and the communiqué golds.
 * Dev pairs by default; held-out pairs only with --held-out, reported apart.
 * --write keeps the figures in bench/results/pledges.json (dev and held-out
 * under their own keys), which the README's tables are made from.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareTexts } from '../src/pledges';
import { DEFAULT_EVIDENCE_MODEL } from '../src/pledges/evidence';
import { LOW_CONFIDENCE } from '../src/report/model/verdicts';
import { leftOutVerdicts, prepare, rowsOf } from './gold/evidence-fit';
import { communiquePairs, seedPair, type Role } from './gold/pairs';
import { scorePair, type GoldPair, type PairScore } from './gold/score';

const args = new Set(process.argv.slice(2));
const roles: Role[] = args.has('--held-out') ? ['held-out'] : ['dev'];
const verbose = args.has('--verbose');

const run = (p: GoldPair) => scorePair(p, compareTexts({ text: p.sourceText, date: p.gold.source.date }, { text: p.targetText, date: p.gold.target.date }));

const pairs: Array<GoldPair & { role: Role | 'seed' }> = [
  ...(roles.includes('dev') ? [{ ...seedPair(), role: 'seed' as const }] : []),
  ...communiquePairs(roles),
];
console.log(
  '| pair | role | pledges | found | verdict acceptable | right counterpart | pledge quality | preferred verdict | new pledges found | false pledges | false new |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
const pct = (x: number, n: number): string => (n === 0 ? '—' : `${((100 * x) / n).toFixed(0)} %`);
/** A pair's figures as kept: the clauses behind the counts stay in --verbose output, not in the results file. */
type Row = Omit<PairScore, 'misses' | 'falsePledges' | 'falseNew' | 'judged'> & { role: string; falsePledges: number; falseNew: number };
const rows: Row[] = [];
const judged: PairScore['judged'][number][] = [];
for (const p of pairs) {
  const s = run(p);
  const { misses, falsePledges, falseNew, judged: pairJudged, ...figures } = s;
  judged.push(...pairJudged);
  rows.push({ ...figures, role: p.role, falsePledges: falsePledges.length, falseNew: falseNew.length });
  console.log(
    `| ${s.pair} | ${p.role} | ${s.pledges} | ${pct(s.found, s.pledges)} | ${pct(s.acceptable, s.pledges)} | ${pct(s.counterpart, s.pledges)} | **${s.quality.toFixed(2)}** | ${pct(s.preferred, s.pledges)} | ${s.newFound}/${s.newGold} (${pct(s.newFound, s.newGold)}) | ${s.falsePledges.length} | ${s.falseNew.length} |`,
  );
  if (verbose) {
    for (const m of s.misses) console.log(`    miss  ${m}`);
    for (const f of s.falsePledges) console.log(`    false pledge  "${f}"`);
    for (const f of s.falseNew) console.log(`    false new  "${f}"`);
    for (const f of s.newMissed) console.log(`    missed new  "${f}"`);
  }
}

/**
 * Is the confidence worth reading? Among verdicts given confidence in a band, the share that were acceptable.
 * The lower cut is the reports' own "check" line. On the dev pairs the shipped model was fitted and calibrated on them,
 * so its table flatters it; the table that counts judges each pair by weights and a calibration fitted on the other
 * pairs (scripts/gold/evidence-fit.ts), as an unseen pair is judged. Held-out pairs are unseen already.
 */
const BANDS = [
  { band: `below ${LOW_CONFIDENCE}`, from: 0, to: LOW_CONFIDENCE },
  { band: `${LOW_CONFIDENCE}–0.8`, from: LOW_CONFIDENCE, to: 0.8 },
  { band: '0.8 and above', from: 0.8, to: Infinity },
] as const;
const tableOf = (verdicts: ReadonlyArray<{ confidence: number; acceptable: boolean }>) =>
  BANDS.map(({ band, from, to }) => {
    const inBand = verdicts.filter((j) => j.confidence >= from && j.confidence < to);
    return { band, verdicts: inBand.length, acceptable: inBand.filter((j) => j.acceptable).length };
  });
const printTable = (title: string, table: ReturnType<typeof tableOf>): void => {
  console.log(`\n| confidence (${title}) | verdicts | acceptable |\n|---|---|---|`);
  for (const r of table) console.log(`| ${r.band} | ${r.verdicts} | ${pct(r.acceptable, r.verdicts)} |`);
};
const shipped = tableOf(judged);
const leftOut = (() => {
  if (!roles.includes('dev')) return undefined;
  const prepared = pairs.map(prepare);
  const verdicts = leftOutVerdicts(prepared, prepared.flatMap(rowsOf), DEFAULT_EVIDENCE_MODEL.firm).flat();
  return tableOf(verdicts.map((v) => ({ confidence: v.confidence, acceptable: v.right })));
})();
printTable(leftOut ? 'shipped model, in sample' : 'shipped model', shipped);
if (leftOut) printTable('each pair left out of the fit', leftOut);
const reliability = leftOut ?? shipped;

if (args.has('--write')) {
  const file = join(__dirname, '..', 'bench', 'results', 'pledges.json');
  mkdirSync(join(__dirname, '..', 'bench', 'results'), { recursive: true });
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const key = roles.includes('held-out') ? 'heldOut' : 'dev';
  writeFileSync(file, `${JSON.stringify({ ...kept, [key]: { date: new Date().toISOString().slice(0, 10), pairs: rows, reliability } }, null, 2)}\n`);
}
