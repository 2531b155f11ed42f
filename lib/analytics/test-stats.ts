// Stats rows for tests: zero everywhere unless given.
import type { Platform } from '../model';
import { EVERYTHING, emptyStatsValues, type StatsRow } from './stats-types';

export const statsRow = (hour: string, platform: Platform, values: Partial<StatsRow> = {}): StatsRow => ({
  ...emptyStatsValues(), scope: EVERYTHING, hour, platform, ...values,
});

/** Hour `index` after `start` (ISO hours, as the stats table keys them). */
export const hourAfter = (start: string, index: number) => new Date(Date.parse(start) + index * 3_600_000).toISOString();
