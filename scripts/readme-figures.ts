/**
 * `npm run readme-figures [-- --check]`: rewrites the README's figure blocks from the
 * stored result files (scripts/readme/figures.ts says which). Where ../shared/corpora is
 * present it first refreshes bench/results/agreement.json, the annotators' agreement —
 * quick, unlike the evals and benches, which write their own files when run.
 * --check changes nothing and exits 1 when the README differs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agreement, annotatedPairs } from './gold/agreement';
import { CORPORA_DIR, loadGold } from './gold/format';
import { RESULTS, withFigures } from './readme/figures';

const README = join(__dirname, '..', 'README.md');
const ANNOTATIONS = join(__dirname, '..', 'corpora', 'communiques', 'annotations');
const check = process.argv.includes('--check');

/** The texts the annotations quote live in ../shared; without them the stored agreement stands. */
function refreshAgreement(): void {
  if (!existsSync(CORPORA_DIR)) return;
  const pairs = annotatedPairs(ANNOTATIONS);
  const rows = pairs.flatMap((pair) => {
    const [a, b] = ['A', 'B'].map((x) => join(ANNOTATIONS, `${pair}.${x}.json`)) as [string, string];
    if (!existsSync(a) || !existsSync(b)) return [];
    const r = agreement(loadGold(a), loadGold(b));
    return [
      {
        pair,
        both: r.pledges.both,
        onlyA: r.pledges.onlyA,
        onlyB: r.pledges.onlyB,
        pledgeF1: r.pledges.f1,
        same: r.status.same,
        compatible: r.status.compatible,
        of: r.status.of,
        kappa: r.status.kappa,
        evidenceShared: r.evidence.shared,
        evidenceOf: r.evidence.of,
        newF1: r.newPledges.f1,
      },
    ];
  });
  const file = join(RESULTS, 'agreement.json');
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { date: string; pairs: unknown }) : undefined;
  // The date moves only when a figure does, so re-running on unchanged annotations changes nothing.
  if (previous && JSON.stringify(previous.pairs) === JSON.stringify(rows)) return;
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), pairs: rows }, null, 2)}\n`);
}

if (!check) refreshAgreement();
const readme = readFileSync(README, 'utf8');
const updated = withFigures(readme);
if (check) {
  if (updated !== readme) {
    console.error('README.md figures are stale: run npm run readme-figures');
    process.exit(1);
  }
  console.log('README.md figures match the stored results.');
} else if (updated !== readme) {
  writeFileSync(README, updated);
  console.log('README.md figures rewritten.');
} else {
  console.log('README.md figures were already current.');
}
