// Where commenters are: the location platforms show next to a comment (IP属地 on Chinese platforms
// since 2022), as counted into the stats rollup at ingest.
import type { Platform } from '../model';
import type { StatsRow } from './stats-types';
import type { PlaceRow } from './view-types';

export const PLACES_SHOWN = 20;

// Platforms and pages word the same place differently: "IP属地：广东", "IP属地:广东", "来自广东".
const PLACE_PREFIX = /^(?:ip\s*属地|ip\s*归属地|发布于|来自)\s*[:：]?\s*/iu;

/** The place itself, without the platform's label; '' when nothing is left. */
export function normalisePlace(raw: string): string {
  return raw.trim().replace(PLACE_PREFIX, '').trim();
}

/** Commenters' places summed over the rows on `platforms` (empty: all), most comments first. */
export function placesFromStats(rows: readonly StatsRow[], platforms: readonly Platform[], limit = PLACES_SHOWN): PlaceRow[] {
  const counts = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    if (!row.places || (platforms.length > 0 && !platforms.includes(row.platform))) continue;
    for (const [raw, comments] of Object.entries(row.places)) {
      const place = normalisePlace(raw);
      if (!place || !(comments > 0)) continue;
      counts.set(place, (counts.get(place) ?? 0) + comments);
      total += comments;
    }
  }
  return [...counts]
    .sort(([placeA, a], [placeB, b]) => b - a || placeA.localeCompare(placeB))
    .slice(0, limit)
    .map(([place, comments]) => ({ place, comments, share: comments / total }));
}
