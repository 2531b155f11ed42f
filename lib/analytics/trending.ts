// What was trending while the user browsed: the hot-list entries captured in the range. The same
// topic can sit in several stored entries (Bilibili keeps one per list, an edited title gets a new id),
// so entries are grouped by platform and title.
import type { StoredTrend } from '../db';
import type { Platform } from '../model';
import type { TrendingRow } from './view-types';

export const TRENDS_SHOWN = 50;

/** Titles that differ only in case, spacing or Weibo's surrounding #…# are the same topic. */
export function trendKey(trend: { platform: Platform; title: string }): string {
  const title = trend.title.trim().replace(/^#(.+)#$/u, '$1').replace(/\s+/g, ' ').trim().toLowerCase();
  return `${trend.platform}\n${title}`;
}

const ms = (iso: string) => Date.parse(iso);

/**
 * Entries seen during [from, to) on `platforms` (empty: all), best rank first, then hotter first.
 * `sightings` is the number of stored entries grouped into a row (a stored entry is one list's item,
 * updated in place each time it is re-captured), not the number of captures.
 */
export function trendingFrom(trends: readonly StoredTrend[], from: number, to: number, platforms: readonly Platform[], limit = TRENDS_SHOWN): TrendingRow[] {
  const rows = new Map<string, TrendingRow>();
  for (const trend of trends) {
    if (platforms.length > 0 && !platforms.includes(trend.platform)) continue;
    if (!(ms(trend.lastSeenAt) >= from && ms(trend.firstSeenAt) < to)) continue;
    const key = trendKey(trend);
    const row = rows.get(key);
    if (!row) {
      rows.set(key, {
        title: trend.title, platform: trend.platform, url: trend.url, bestRank: trend.rank, heat: trend.heat,
        sightings: 1, firstSeenAt: trend.firstSeenAt, lastSeenAt: trend.lastSeenAt,
      });
      continue;
    }
    row.sightings += 1;
    if (trend.rank < row.bestRank) Object.assign(row, { bestRank: trend.rank, title: trend.title, url: trend.url });
    if (trend.heat !== undefined && (row.heat === undefined || trend.heat > row.heat)) row.heat = trend.heat;
    if (ms(trend.firstSeenAt) < ms(row.firstSeenAt)) row.firstSeenAt = trend.firstSeenAt;
    if (ms(trend.lastSeenAt) > ms(row.lastSeenAt)) row.lastSeenAt = trend.lastSeenAt;
  }
  return [...rows.values()]
    .sort((a, b) => a.bestRank - b.bestRank || (b.heat ?? -1) - (a.heat ?? -1) || a.title.localeCompare(b.title))
    .slice(0, limit);
}
