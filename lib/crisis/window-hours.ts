// How long a watch's window is. Fast feeds turn over within the hour, so an hour of what the user saw is
// already a sample; slow platforms (long answers, articles, videos) gather their talk over a day.
import type { Platform } from '../model';

export const SLOW_PLATFORMS: ReadonlySet<Platform> = new Set(['zhihu', 'wechat', 'reddit', 'youtube', 'bilibili', 'xiaohongshu']);
export const FAST_WINDOW_HOURS = 1;
export const SLOW_WINDOW_HOURS = 24;

/**
 * 1 h unless every platform the watch counts is slow. A watch on all platforms (empty list) or on a mix
 * is judged on the fast window: that is where trouble shows first, and a 24 h window would hide it.
 * Platforms in neither list (Instagram, Facebook, the open web) count as fast.
 */
export function windowHoursFor(platforms: readonly Platform[]): number {
  const allSlow = platforms.length > 0 && platforms.every((platform) => SLOW_PLATFORMS.has(platform));
  return allSlow ? SLOW_WINDOW_HOURS : FAST_WINDOW_HOURS;
}
