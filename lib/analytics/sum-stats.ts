// Adding stats rows up. Places are left out: they have their own reader (places.ts) and would cost a
// map merge per row for numbers nobody here shows.
import type { Platform } from '../model';
import { addCounts } from './stats-contribution';
import { emptyStatsValues, type StatsRow, type StatsValues } from './stats-types';

/** The platform filter of the dashboard: an empty list means every platform. */
export const onPlatforms = (platforms: readonly Platform[]) =>
  platforms.length === 0 ? () => true : (row: Pick<StatsRow, 'platform'>) => platforms.includes(row.platform);

export function sumStats(rows: readonly StatsRow[], platforms: readonly Platform[]): StatsValues {
  const included = onPlatforms(platforms);
  const total = emptyStatsValues();
  for (const row of rows) if (included(row)) addCounts(total, row);
  return total;
}

/** A watch's mentions: its posts and comments. */
export const mentions = (values: Pick<StatsValues, 'posts' | 'comments'>) => values.posts + values.comments;
