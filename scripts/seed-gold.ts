import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignDocuments } from '../src/align/align';
import type { Link } from '../src/align/types';
import { segment, type Unit } from '../src/text';

const ROOT = join(__dirname, '..');

interface GoldFile {
  readonly source: string;
  readonly target: string;
  readonly links: ReadonlyArray<{ pledge: boolean; source: string; targets: readonly string[] }>;
}

export interface SeedScore {
  readonly precision: number;
  readonly recall: number;
  readonly pledges: number;
  /** Pledges with a link to one of their gold counterparts. */
  readonly pledgesLinked: number;
  /** Pledges whose highest-scoring link is to one of their gold counterparts. */
  readonly pledgesTopRight: number;
  readonly missed: readonly string[];
}

/**
 * Finds the one unit whose text starts with `prefix`: the gold files in corpora/ name clauses by text, not by
 * number, so they survive changes of unit numbering.
 *
 * @example unitStarting(segment(text).units, 'A French liaison magistrate').index
 */
export function unitStarting(units: readonly Unit[], prefix: string): Unit {
  const found = units.filter((u) => u.text.startsWith(prefix));
  if (found.length !== 1) throw new Error(`gold clause "${prefix}" matches ${found.length} units`);
  return found[0]!;
}

export function evaluateSeedPair(): SeedScore {
  const gold = JSON.parse(readFileSync(join(ROOT, 'corpora', 'seed-pair.gold.json'), 'utf8')) as GoldFile;
  const a = segment(readFileSync(join(ROOT, gold.source), 'utf8'));
  const b = segment(readFileSync(join(ROOT, gold.target), 'utf8'));
  const links: Link[] = alignDocuments(a, b, { language: a.language });
  const pair = (s: number, t: number): string => `${s}>${t}`;
  const goldPairs = new Set<string>();
  const goldBySource = new Map<number, Set<number>>();
  for (const link of gold.links) {
    const s = unitStarting(a.units, link.source).index;
    const targets = new Set(link.targets.map((t) => unitStarting(b.units, t).index));
    goldBySource.set(s, targets);
    for (const t of targets) goldPairs.add(pair(s, t));
  }
  const systemPairs = new Set(links.flatMap((l) => l.source.flatMap((s) => l.target.map((t) => pair(s, t)))));
  const correct = [...systemPairs].filter((p) => goldPairs.has(p)).length;
  const found = [...goldPairs].filter((p) => systemPairs.has(p)).length;
  let pledgesLinked = 0;
  let pledgesTopRight = 0;
  const missed: string[] = [];
  for (const link of gold.links.filter((l) => l.pledge)) {
    const s = unitStarting(a.units, link.source).index;
    const targets = goldBySource.get(s)!;
    const mine = links.filter((l) => l.source.some((x) => x === s)).sort((x, y) => y.score - x.score);
    if (mine.some((l) => l.target.some((t) => targets.has(t)))) pledgesLinked += 1;
    else missed.push(link.source);
    if (mine[0]?.target.some((t) => targets.has(t))) pledgesTopRight += 1;
  }
  return {
    precision: systemPairs.size === 0 ? 0 : correct / systemPairs.size,
    recall: goldPairs.size === 0 ? 0 : found / goldPairs.size,
    pledges: gold.links.filter((l) => l.pledge).length,
    pledgesLinked,
    pledgesTopRight,
    missed,
  };
}
