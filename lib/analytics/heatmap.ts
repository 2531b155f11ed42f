// Best time to post: weekday × hour of publish time, in the viewer's time zone, with the median
// engagement rate of the posts published then. Only the publish time counts: when Earshot first saw a
// post says when the user browsed, not when its author posted, so posts without one are left out (counted).
import type { StoredPost } from '../db';
import { engagementRate, type RateBasis } from './engagement';
import { defaultTimeZone } from './local-time';
import { median } from './median';
import type { HeatCell, Heatmap } from './view-types';

export { defaultTimeZone };

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Weekday (0 = Monday) and hour (0–23) of an instant in `timeZone`. */
export function weekdayHour(ms: number, timeZone: string): { weekday: number; hour: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(ms);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: WEEKDAYS.indexOf(part('weekday')), hour: Number(part('hour')) % 24 };
}

/** 7 × 24 cells (Monday 0:00 first), every one present even when empty. */
export function postingHeatmap(posts: readonly StoredPost[], basis: RateBasis, timeZone = defaultTimeZone()): Heatmap {
  const rates: number[][] = Array.from({ length: 7 * 24 }, () => []);
  let withoutTime = 0;
  let withoutRate = 0;
  for (const post of posts) {
    const ms = post.createdAt ? Date.parse(post.createdAt) : Number.NaN;
    if (Number.isNaN(ms)) {
      withoutTime += 1;
      continue;
    }
    const rate = engagementRate(post, basis);
    if (rate === undefined) {
      withoutRate += 1;
      continue;
    }
    const { weekday, hour } = weekdayHour(ms, timeZone);
    rates[weekday * 24 + hour].push(rate);
  }
  const cells: HeatCell[] = rates.map((cellRates, index) => ({
    weekday: Math.floor(index / 24),
    hour: index % 24,
    posts: cellRates.length,
    medianRate: median(cellRates),
  }));
  return { cells, used: posts.length - withoutTime - withoutRate, withoutTime, withoutRate };
}
