// The analytics rollup kept at ingest (table `stats`, schema v5). Every post and comment counts in the
// UTC hour of its time — its publish time when the platform shows one, else when it was first captured
// (`recordTime`) — on its platform, once in the scope '' (everything) and once per watch it mentions,
// and once more in the running total (hour ALL_TIME). Dashboard and popup read these rows, never all records.
import type { Platform } from '../model';

/** The `hour` of the running-total rows; sorts after every ISO hour, so hour ranges never include it. */
export const ALL_TIME = 'all';
/** The scope of rows that count everything captured, watched or not. */
export const EVERYTHING = '';

export interface StatsValues {
  posts: number;
  comments: number;
  /** Posts whose engagement is known (lib/analytics/engagement.ts), and the sum of it. */
  engagedPosts: number;
  engagement: number;
  /** Per-post engagement rates (fractions), summed, and how many posts had the denominator. */
  rateByViewsSum: number;
  rateByViewsPosts: number;
  rateByFollowersSum: number;
  rateByFollowersPosts: number;
  /** Posts and comments by effective sentiment (correction wins); unscored rows are not counted. */
  positive: number;
  neutral: number;
  negative: number;
  /** Comment authors' shown location (IP属地) → comments; absent when none had one. */
  places?: Record<string, number>;
}

export interface StatsRow extends StatsValues {
  /** EVERYTHING ('') or a watch id. */
  scope: string;
  /** ISO UTC hour (2026-11-26T05:00:00.000Z) or ALL_TIME. */
  hour: string;
  platform: Platform;
}

export type StatsKey = [scope: string, hour: string, platform: Platform];

export const emptyStatsValues = (): StatsValues => ({
  posts: 0, comments: 0, engagedPosts: 0, engagement: 0,
  rateByViewsSum: 0, rateByViewsPosts: 0, rateByFollowersSum: 0, rateByFollowersPosts: 0,
  positive: 0, neutral: 0, negative: 0,
});
