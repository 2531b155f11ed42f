import type { EarshotDb } from '../../lib/db';
import type { Watch } from '../../lib/watch/types';
import { useLiveQuery } from '../../components/useLiveQuery';
import { readBackfills, readWatchRollups } from '../../components/crisis/queries';
import { hourStart, mentionsLastDay } from '../../components/crisis/timeline-series';
import { WatchList } from '../../components/crisis/WatchList';
import type { DashboardActions } from './actions';

const HOUR = 3_600_000;

export function WatchlistView({ db, watches, now, actions }: { db: EarshotDb; watches: readonly Watch[]; now: number; actions: DashboardActions }) {
  const since = new Date(hourStart(now) - 23 * HOUR).toISOString();
  const ids = watches.map((watch) => watch.id);
  const rollups = useLiveQuery(() => readWatchRollups(db, since), [db, since]);
  const backfills = useLiveQuery(() => readBackfills(db, ids), [db, ids.join(',')]);
  return (
    <WatchList watches={watches} mentions24h={mentionsLastDay(rollups.value ?? [], now)} backfills={backfills.value ?? new Map()}
      onSave={actions.saveWatch} onDelete={(watch) => actions.deleteWatch(watch.id)} onTest={actions.testWebhook} />
  );
}
