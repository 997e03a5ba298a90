import type { Unit } from '../text';
import type { Group } from './anchored';
import type { JoinedScorer } from './joined';

/** A split or merge grows one neighbour at a time, and only while the joined score improves by this much. */
const GROWTH_MARGIN = 0.005;
const MAX_GROUP = 8;
/**
 * A neighbour joins a group when it is mostly said by the other side, it makes
 * the other side better covered, and the joined score does not fall much —
 * a sentence split in two. Chosen on DEplain-web dev with word coverage; a
 * model that measures coverage on another scale brings its own (LinearModel's
 * `growth`, the character model's).
 */
export const DEFAULT_GROWTH: GrowthThresholds = { pieceCovered: 0.3, coverageGain: 0.05 };
const DROP_ALLOWED = 0.3;

export interface GrowthThresholds {
  /** How much of the piece the other side must cover. */
  readonly pieceCovered: number;
  /** How much better the other side must be covered with the piece than without it. */
  readonly coverageGain: number;
}

/** Grows each link by adjacent free clauses on either side while the joined texts match better. */
export function growGroups(
  groups: Group[],
  joined: JoinedScorer,
  sources: readonly Unit[],
  targets: readonly Unit[],
  growth: GrowthThresholds = DEFAULT_GROWTH,
): void {
  // A heading is a unit of its own: it neither joins a group nor grows one (see headingRule).
  const headings = (units: readonly Unit[]): number[] => units.flatMap((u, i) => (u.kind === 'heading' ? [i] : []));
  const usedS = new Set([...groups.flatMap((g) => g.source), ...headings(sources)]);
  const usedT = new Set([...groups.flatMap((g) => g.target), ...headings(targets)]);
  const sourceCount = sources.length;
  const targetCount = targets.length;
  for (const group of groups) {
    if (group.source.some((s) => sources[s]!.kind === 'heading') || group.target.some((t) => targets[t]!.kind === 'heading')) continue;
    for (let grown = true; grown && group.source.length + group.target.length < MAX_GROUP; ) {
      grown = false;
      const options = [
        ...neighbours(group.target, targetCount, usedT).map((t) => ({ side: 'target' as const, unit: t })),
        ...neighbours(group.source, sourceCount, usedS).map((s) => ({ side: 'source' as const, unit: s })),
      ];
      let best: { side: 'source' | 'target'; unit: number; score: number } | undefined;
      // The group's two sides as they stand this round: each option adds to one and is measured against the other.
      const current = { source: joined.prepared('source', group.source), target: joined.prepared('target', group.target) };
      for (const option of options) {
        const piece = joined.prepared(option.side, [option.unit]);
        const other = current[option.side === 'source' ? 'target' : 'source'];
        const pieceCovered = joined.coverage(piece, other);
        // A neighbour that shares nothing with the other side can only raise the score through length and
        // letter-pair chance; skipping it spares preparing a joined text, the costliest step here.
        if (pieceCovered === 0) continue;
        const s = option.side === 'source' ? sortedWith(group.source, option.unit) : group.source;
        const t = option.side === 'target' ? sortedWith(group.target, option.unit) : group.target;
        const score = joined.score(s, t);
        // A split-off piece: it says something of the other side (it is mostly covered there),
        // and the other side is covered better with it than without it.
        const after = joined.prepared(option.side, option.side === 'source' ? s : t);
        const gain = joined.coverage(other, after) - joined.coverage(other, current[option.side]);
        const covered = pieceCovered >= growth.pieceCovered && gain >= growth.coverageGain && score >= group.score - DROP_ALLOWED;
        if ((covered || score > group.score + GROWTH_MARGIN) && (!best || score > best.score)) best = { ...option, score };
      }
      if (best) {
        if (best.side === 'source') group.source = sortedWith(group.source, best.unit);
        else group.target = sortedWith(group.target, best.unit);
        (best.side === 'source' ? usedS : usedT).add(best.unit);
        group.score = best.score;
        grown = true;
      }
    }
  }
}

function neighbours(members: readonly number[], count: number, used: ReadonlySet<number>): number[] {
  const before = members[0]! - 1;
  const after = members[members.length - 1]! + 1;
  return [before, after].filter((n) => n >= 0 && n < count && !used.has(n));
}

const sortedWith = (members: readonly number[], extra: number): number[] => [...members, extra].sort((a, b) => a - b);
