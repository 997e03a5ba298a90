/**
 * `npm test`: type-checks (the server, then the web page's script), lints and
 * checks the format (biome), then runs jest twice — every suite
 * but the hostile one in parallel, then the hostile suite alone
 * (`--runInBand`). The hostile suite measures the server's /healthz latency
 * while it is attacked; with other suites on the same two cores, it would
 * measure them instead.
 * Extra arguments go to both jest runs; `--outputFile=F` (with `--json`, as
 * .ci/run asks) gets the two reports merged into one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const outputArg = args.find((a) => a.startsWith('--outputFile='));
const output = outputArg?.slice('--outputFile='.length);
const passThrough = args.filter((a) => a !== outputArg);
const run = (cmd, cmdArgs) => spawnSync(cmd, cmdArgs, { stdio: 'inherit', shell: false }).status ?? 1;
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

if (run(npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']) !== 0) process.exit(1);
// The web page's script is plain JavaScript sent as written; this checks it against the DOM's types.
if (run(npx, ['tsc', '-p', 'tsconfig.web.json']) !== 0) process.exit(1);
// Lint and format (biome): a change that does not pass them fails here, before any test runs.
if (run(npx, ['biome', 'check', 'src', 'test', 'bench', 'scripts']) !== 0) process.exit(1);
// With path patterns of its own (`npm test -- test/text`), jest runs just those, once.
const patterns = passThrough.some((a) => !a.startsWith('-'));
const runs = patterns
  ? [['all', []]]
  : [
      ['main', ['--testPathIgnorePatterns', '/test/hostile/']],
      ['hostile', ['--runInBand', '--testPathPattern', '/test/hostile/']],
    ];
let failed = false;
const reports = [];
for (const [name, extra] of runs) {
  const file = output ? `${output}.${name}` : undefined;
  const status = run(npx, ['jest', ...extra, ...passThrough, ...(file ? [`--outputFile=${file}`] : [])]);
  failed ||= status !== 0;
  if (file && existsSync(file)) reports.push(JSON.parse(readFileSync(file, 'utf8')));
}
if (output) {
  const sum = (key) => reports.reduce((n, r) => n + (r[key] ?? 0), 0);
  writeFileSync(
    output,
    JSON.stringify({
      success: !failed,
      numPassedTests: sum('numPassedTests'),
      numFailedTests: sum('numFailedTests'),
      numRuntimeErrorTestSuites: sum('numRuntimeErrorTestSuites'),
      numTotalTests: sum('numTotalTests'),
      testResults: reports.flatMap((r) => r.testResults ?? []),
    }),
  );
}
process.exit(failed ? 1 : 0);
