/**
 * `npx tsx scripts/pledge-table.ts`: the seed pair's pledges as the service
 * reports them, as the Markdown table the README carries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareTexts } from '../src/pledges';

const ROOT = join(__dirname, '..');
const seeds = JSON.parse(readFileSync(join(ROOT, 'seeds', 'index.json'), 'utf8')) as Array<{ file: string; date: string }>;
const [report, communique] = [seeds.find((s) => s.date.startsWith('2016'))!, seeds.find((s) => s.date.startsWith('2018'))!];
const read = (file: string): string => readFileSync(join(ROOT, 'seeds', file), 'utf8');
const result = compareTexts({ text: read(report.file), date: report.date }, { text: read(communique.file), date: communique.date });

const cell = (text: string, max = 110): string => {
  const short = text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  return short.replace(/\|/g, '\\|');
};
const WORDS = { completed: 'completed', carried_forward: 'carried forward', dropped: 'dropped' } as const;

console.log('| topic | 2016 wording | 2018 wording (evidence) | verdict |');
console.log('|---|---|---|---|');
for (const p of result.pledges) {
  const source = result.source.clauses[p.source]!.text;
  const evidence = p.evidence.map((e) => `${cell(result.target.clauses[e.target]!.text, 80)} (“${e.cue}”)`).join('<br>') || '—';
  const verdict = [WORDS[p.status], ...p.qualifiers].join(', ');
  console.log(`| ${p.topic ?? '—'} | ${cell(source)} | ${evidence} | ${verdict} (${p.confidence.toFixed(2)}) |`);
}
console.log(`\nNew in 2018: ${result.newPledges.length} commitments. Summary: ${JSON.stringify(result.summary.total)}`);
