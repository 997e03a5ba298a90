import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignTexts } from '../../src/align';
import { assessPledges, type PledgeReport } from '../../src/pledges';
import { unitStarting } from '../../scripts/seed-gold';

/** The hand-made pledge gold of the seed pair (corpora/), checked against what the service reports. */
interface Gold {
  source: { file: string; date: string };
  target: { file: string; date: string };
  pledges: Array<{ source: string; topic: string | null; status: string; qualifiers?: string[]; twoWays?: boolean; evidence: string[] }>;
  statements: string[];
  newPledges: string[];
  newEitherWay: string[];
}

const ROOT = join(__dirname, '..', '..');
const gold = JSON.parse(readFileSync(join(ROOT, 'corpora', 'seed-pair.pledges.gold.json'), 'utf8')) as Gold;
const alignment = alignTexts(
  { text: readFileSync(join(ROOT, gold.source.file), 'utf8') },
  { text: readFileSync(join(ROOT, gold.target.file), 'utf8') },
);
const report: PledgeReport = assessPledges({
  source: { units: alignment.source.clauses, language: alignment.source.language, date: gold.source.date },
  target: { units: alignment.target.clauses, language: alignment.target.language, date: gold.target.date },
  links: alignment.links,
});

const src = (prefix: string): number => unitStarting(alignment.source.clauses, prefix).index;
const tgt = (prefix: string): number => unitStarting(alignment.target.clauses, prefix).index;

/**
 * The one known miss: "France and Belgium pledged … to reinforce their cooperation against Islamic
 * terrorism" continues in "both parties have now expressed their determination to follow through on
 * the strengthening of this cooperation", but the alignment links it to the new "ministerial
 * quadrilateral … in the fight against Islamist terrorism" instead (see the README). So the first is
 * reported new and the second is not.
 */
const KNOWN_MISS = {
  source: 'France and Belgium pledged on Monday',
  newTarget: 'It is in the spirit of this joint declaration',
  takenTarget: 'To work to put in place a “ministerial quadrilateral”',
};

describe('seed pair: pledges against the hand-made gold', () => {
  test('every gold pledge is found, and nothing else is taken for a pledge', () => {
    expect(report.pledges.map((p) => p.source).sort((a, b) => a - b)).toEqual(gold.pledges.map((g) => src(g.source)).sort((a, b) => a - b));
  });

  test('no statement or quotation is taken for a pledge', () => {
    const pledged = new Set<number>(report.pledges.map((p) => p.source));
    for (const statement of gold.statements) expect(pledged.has(src(statement) as never)).toBe(false);
  });

  test.each(gold.pledges.map((g) => [g.source, g] as const))('"%s…": status, topic and qualifiers as in the gold', (_, g) => {
    const verdict = report.pledges.find((p) => p.source === src(g.source));
    expect({ status: verdict?.status, topic: verdict?.topic, qualifiers: verdict?.qualifiers }).toEqual({
      status: g.status,
      topic: g.topic,
      qualifiers: g.qualifiers ?? [],
    });
  });

  test('every verdict but the known miss cites a gold target clause as evidence (none for the dropped one)', () => {
    for (const g of gold.pledges.filter((p) => p.source !== KNOWN_MISS.source)) {
      const verdict = report.pledges.find((p) => p.source === src(g.source))!;
      const cited = new Set<number>(verdict.evidence.map((e) => e.target));
      if (g.evidence.length === 0) expect(verdict.evidence).toEqual([]);
      else expect({ pledge: g.source, cited: g.evidence.some((e) => cited.has(tgt(e))) }).toEqual({ pledge: g.source, cited: true });
      for (const e of verdict.evidence) expect(e.cue).not.toBe('');
    }
  });

  test('a verdict that can be read two ways has a lower confidence than every firm one of its status', () => {
    for (const g of gold.pledges.filter((p) => p.twoWays)) {
      const verdict = report.pledges.find((p) => p.source === src(g.source))!;
      const firm = gold.pledges.filter((p) => !p.twoWays && p.status === g.status).map((p) => report.pledges.find((v) => v.source === src(p.source))!);
      for (const other of firm) expect(verdict.confidence).toBeLessThan(other.confidence);
    }
  });

  test('the new 2018 commitments are listed, and nothing outside the gold is (the known miss aside)', () => {
    const reported = new Set<number>(report.newPledges.map((n) => n.target));
    for (const prefix of gold.newPledges.filter((p) => p !== KNOWN_MISS.takenTarget)) expect({ prefix, reported: reported.has(tgt(prefix)) }).toEqual({ prefix, reported: true });
    const allowed = new Set([...gold.newPledges, ...gold.newEitherWay, KNOWN_MISS.newTarget].map(tgt));
    const extra = [...reported].filter((t) => !allowed.has(t)).map((t) => alignment.target.clauses[t]!.text);
    expect(extra).toEqual([]);
  });

  test('the summary counts what the lists hold', () => {
    expect(report.summary.total).toEqual({
      completed: report.pledges.filter((p) => p.status === 'completed').length,
      carried_forward: report.pledges.filter((p) => p.status === 'carried_forward').length,
      dropped: report.pledges.filter((p) => p.status === 'dropped').length,
      new: report.newPledges.length,
    });
    expect(report.summary.byTopic['liaison-magistrate']).toEqual({ completed: 1, carried_forward: 0, dropped: 0, new: 0 });
  });

  test.failing('known miss: the 2016 lede is traced to "follow through on the strengthening of this cooperation", which is then not new', () => {
    const verdict = report.pledges.find((p) => p.source === src(KNOWN_MISS.source))!;
    expect(verdict.evidence.map((e) => e.target)).toContain(tgt(KNOWN_MISS.newTarget));
    expect(report.newPledges.map((n) => n.target)).not.toContain(tgt(KNOWN_MISS.newTarget));
    expect(report.newPledges.map((n) => n.target)).toContain(tgt(KNOWN_MISS.takenTarget));
  });
});
