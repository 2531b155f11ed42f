// What the crisis desk and the popup's alert list read. Only the background writes these tables.
import type { EarshotDb, JobRow } from '../../lib/db';
import type { CrisisFlag } from '../../lib/crisis/types';
import { backfillJobId, type Watch, type WatchRollup } from '../../lib/watch/types';
import { isOpenFlag, sortFlags } from './flag-order';

export interface AlertView {
  flag: CrisisFlag;
  watchName: string;
}

export async function readFlags(db: EarshotDb): Promise<CrisisFlag[]> {
  return sortFlags(await db.flags.toArray());
}

export async function readWatches(db: EarshotDb): Promise<Watch[]> {
  const watches = await db.watches.toArray();
  return watches.sort((a, b) => a.name.localeCompare(b.name) || a.createdAt.localeCompare(b.createdAt));
}

export async function readWatchRollups(db: EarshotDb, sinceIso: string, watchId?: string): Promise<WatchRollup[]> {
  if (watchId !== undefined) {
    return db.watchRollups.where('[watchId+hour]').between([watchId, sinceIso], [watchId, '\uffff']).toArray();
  }
  return db.watchRollups.where('hour').aboveOrEqual(sinceIso).toArray();
}

/** Back-fill progress per watch id; watches without a job are absent. */
export async function readBackfills(db: EarshotDb, watchIds: readonly string[]): Promise<Map<string, JobRow>> {
  const jobs = await db.jobs.bulkGet(watchIds.map(backfillJobId));
  const result = new Map<string, JobRow>();
  jobs.forEach((job, index) => {
    if (job) result.set(watchIds[index]!, job);
  });
  return result;
}

export async function readOpenAlerts(db: EarshotDb): Promise<AlertView[]> {
  const [flags, watches] = await Promise.all([db.flags.toArray(), db.watches.toArray()]);
  const names = new Map(watches.map((watch) => [watch.id, watch.name]));
  return sortFlags(flags.filter(isOpenFlag)).map((flag) => ({ flag, watchName: names.get(flag.watchId) ?? '—' }));
}
