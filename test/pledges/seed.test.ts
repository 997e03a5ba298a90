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

  test('every verdict cites a gold target clause as evidence (none for the dropped one)', () => {
    for (const g of gold.pledges) {
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

  test('the new 2018 commitments are listed, and nothing outside the gold is', () => {
    const reported = new Set<number>(report.newPledges.map((n) => n.target));
    for (const prefix of gold.newPledges) expect({ prefix, reported: reported.has(tgt(prefix)) }).toEqual({ prefix, reported: true });
    const allowed = new Set([...gold.newPledges, ...gold.newEitherWay].map(tgt));
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

  test('the 2016 lede reaches the 2018 text through its date: the joint declaration of 1 February 2016, then "this joint declaration"', () => {
    // The two share almost no words; the 2018 text names the day the 2016 report tells of, and its next clause goes on about it.
    const lede = src('France and Belgium pledged on Monday');
    const cited = alignment.links.find((l) => l.source.includes(lede as never) && l.explanation.citations.length > 0);
    expect(cited?.explanation.citations).toEqual(['2016-02-01']);
    expect(cited?.target).toEqual([tgt('In the presence of the Interior Ministers'), tgt('It is in the spirit of this joint declaration')]);
    const verdict = report.pledges.find((p) => p.source === lede)!;
    expect(verdict.evidence[0]).toEqual({ target: tgt('It is in the spirit of this joint declaration'), cue: 'determination to' });
    expect(report.newPledges.map((n) => n.target)).toContain(tgt('To work to put in place a “ministerial quadrilateral”'));
  });
});
