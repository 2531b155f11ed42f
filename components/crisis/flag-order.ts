// Which flags come first on the crisis desk: open before closed, the worst open one on top.
import type { CrisisFlag, FlagStage } from '../../lib/crisis/types';
import { levelRank } from './level';

const CLOSED_STAGES: readonly FlagStage[] = ['resolved', 'reviewed'];

export function isOpenFlag(flag: Pick<CrisisFlag, 'stage'>): boolean {
  return !CLOSED_STAGES.includes(flag.stage);
}

function byTimeDesc(a: string, b: string): number {
  return Date.parse(b) - Date.parse(a);
}

/** Open flags by level (highest first) then newest raised; closed flags after them, last touched first. */
export function compareFlags(a: CrisisFlag, b: CrisisFlag): number {
  const openA = isOpenFlag(a);
  const openB = isOpenFlag(b);
  if (openA !== openB) return openA ? -1 : 1;
  if (!openA) return byTimeDesc(a.updatedAt, b.updatedAt);
  return levelRank(b.level) - levelRank(a.level) || byTimeDesc(a.raisedAt, b.raisedAt);
}

export function sortFlags(flags: readonly CrisisFlag[]): CrisisFlag[] {
  return [...flags].sort(compareFlags);
}
