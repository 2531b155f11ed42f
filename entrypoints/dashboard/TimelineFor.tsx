import type { EarshotDb } from '../../lib/db';
import type { CrisisFlag } from '../../lib/crisis/types';
import { useLiveQuery } from '../../components/useLiveQuery';
import { readWatchRollups } from '../../components/crisis/queries';
import { hourStart, timelineSeries, TIMELINE_HOURS } from '../../components/crisis/timeline-series';
import { WatchTimeline } from '../../components/crisis/WatchTimeline';

const HOUR = 3_600_000;

/** The 7-day timeline of one watch, following new rollups live; flag markers for that watch only. */
export function TimelineFor({ db, watchId, flags, now, title }: { db: EarshotDb; watchId: string; flags: readonly CrisisFlag[]; now: number; title: string }) {
  const currentHour = hourStart(now);
  const since = new Date(currentHour - (TIMELINE_HOURS - 1) * HOUR).toISOString();
  const rollups = useLiveQuery(() => readWatchRollups(db, since, watchId), [db, watchId, since]);
  if (!rollups.value) return null;
  const series = timelineSeries(rollups.value, flags.filter((flag) => flag.watchId === watchId), now);
  return <WatchTimeline series={series} title={title} />;
}
