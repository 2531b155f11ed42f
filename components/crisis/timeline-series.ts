// A watch's last 7 days, hour by hour, for the crisis timeline: mentions, negative share, flag markers.
import type { CrisisFlag, CrisisLevel } from '../../lib/crisis/types';
import type { WatchRollup } from '../../lib/watch/types';

const HOUR = 3_600_000;
export const TIMELINE_HOURS = 7 * 24;

export interface TimelineMarker {
  flagId: string;
  level: CrisisLevel;
  /** Index into `hours`. */
  index: number;
}

export interface TimelineSeries {
  /** ISO hour starts, oldest first; the last is the current hour. */
  hours: string[];
  mentions: number[];
  /** Negative share of labelled mentions in percent; null where nothing was labelled (a gap, not a zero). */
  negativeShare: (number | null)[];
  markers: TimelineMarker[];
  total: number;
}

export function hourStart(time: number): number {
  return Math.floor(time / HOUR) * HOUR;
}

export function timelineSeries(
  rollups: readonly WatchRollup[],
  flags: readonly Pick<CrisisFlag, 'id' | 'level' | 'raisedAt'>[],
  now: number,
  hoursBack = TIMELINE_HOURS,
): TimelineSeries {
  const last = hourStart(now);
  const first = last - (hoursBack - 1) * HOUR;
  const indexOf = (time: number) => Math.round((hourStart(time) - first) / HOUR);
  const mentions = new Array<number>(hoursBack).fill(0);
  const labelled = new Array<number>(hoursBack).fill(0);
  const negative = new Array<number>(hoursBack).fill(0);
  for (const rollup of rollups) {
    const index = indexOf(Date.parse(rollup.hour));
    if (!(index >= 0 && index < hoursBack)) continue;
    mentions[index]! += rollup.mentions;
    labelled[index]! += rollup.labelled;
    negative[index]! += rollup.negative;
  }
  const markers: TimelineMarker[] = [];
  for (const flag of flags) {
    const index = indexOf(Date.parse(flag.raisedAt));
    if (index >= 0 && index < hoursBack) markers.push({ flagId: flag.id, level: flag.level, index });
  }
  return {
    hours: mentions.map((_, index) => new Date(first + index * HOUR).toISOString()),
    mentions,
    negativeShare: labelled.map((count, index) => (count > 0 ? Math.round((negative[index]! / count) * 1000) / 10 : null)),
    markers,
    total: mentions.reduce((sum, value) => sum + value, 0),
  };
}

/** Mentions per watch in the last 24 hours (the current hour included). */
export function mentionsLastDay(rollups: readonly WatchRollup[], now: number): Map<string, number> {
  const since = hourStart(now) - 23 * HOUR;
  const counts = new Map<string, number>();
  for (const rollup of rollups) {
    if (Date.parse(rollup.hour) < since) continue;
    counts.set(rollup.watchId, (counts.get(rollup.watchId) ?? 0) + rollup.mentions);
  }
  return counts;
}
