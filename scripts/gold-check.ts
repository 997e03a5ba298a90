/**
 * `npx tsx scripts/gold-check.ts FILE…`: checks communiqué gold files — the
 * schema, and that every quote occurs exactly once in its document.
 */
import { loadGold, problemsOf } from './gold/format';

let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    const loaded = loadGold(file);
    const problems = problemsOf(loaded);
    const { gold } = loaded;
    if (problems.length === 0) {
      console.log(
        `${file}: ok — ${gold.pledges.length} pledges (${gold.pledgesEitherWay.length} either way), ${gold.newPledges.length} new (${gold.newEitherWay.length} either way)`,
      );
    } else {
      failed = true;
      console.log(`${file}: ${problems.length} problem(s)`);
      for (const p of problems) console.log(`  - ${p}`);
    }
  } catch (error) {
    failed = true;
    console.log(`${file}: ${(error as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
