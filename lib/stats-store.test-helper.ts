// Test helper (not shipped): the `stats` rollup a write path left behind must equal a recount from
// scratch of the posts and comments stored. Float rate sums are compared to 9 places (summed in another order).
import { expect } from 'vitest';
import type { EarshotDb } from './db';
import type { StatsRow } from './analytics/stats-types';
import { rebuildStats } from './stats-store';

/** Asserts the kept rollup equals `rebuildStats`; returns the rows (the table holds the recount after). */
export async function expectStatsMatchRecount(db: EarshotDb): Promise<StatsRow[]> {
  const kept = await db.stats.toArray();
  await rebuildStats(db);
  const recounted = await db.stats.toArray();
  expect(kept).toEqual(recounted.map((row) => ({
    ...row,
    rateByViewsSum: expect.closeTo(row.rateByViewsSum, 9),
    rateByFollowersSum: expect.closeTo(row.rateByFollowersSum, 9),
  })));
  return kept;
}
