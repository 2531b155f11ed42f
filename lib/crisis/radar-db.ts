// The database as the crisis runtime sees it: schema v3 (lib/db.ts) with watches, flags, watchRollups
// and the multi-entry `watchIds` index on posts, comments and trends.
import type { EarshotDb } from '../db';
import type { CrisisFlag } from './types';

export type RadarDb = EarshotDb;

/** A flag the user still works on: anything before 'resolved'. */
export function isOpenFlag(flag: Pick<CrisisFlag, 'stage'>): boolean {
  return flag.stage !== 'resolved' && flag.stage !== 'reviewed';
}
