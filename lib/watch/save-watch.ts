// Writing and deleting watches. Each write queues the watch's backfill job in the same transaction, so
// a worker killed right after a save still finds the job on the next start (lib/watch/backfill.ts).
import Dexie from 'dexie';
import type { EarshotDb, JobRow } from '../db';
import { matchSignature } from './match';
import { invalidateMatcher } from './matcher-cache';
import { backfillJobId, type Watch } from './types';

/** The backfill job version of a deleted watch: its id is removed from every row, nothing is counted. */
export const REMOVAL_VERSION = 'deleted';

const rollupsOf = (db: EarshotDb, watchId: string) =>
  db.watchRollups.where('[watchId+hour]').between([watchId, Dexie.minKey], [watchId, Dexie.maxKey], true, true);

/**
 * Stores `watch`. A new watch, or one whose terms, exclusions or platforms changed, gets a fresh backfill
 * job and its rollups are dropped (the backfill rebuilds them); a rename or a new webhook needs none.
 * Returns whether a backfill was queued.
 */
export async function saveWatch(db: EarshotDb, watch: Watch, now: Date): Promise<boolean> {
  const signature = matchSignature(watch);
  const id = backfillJobId(watch.id);
  return db.transaction('rw', [db.watches, db.jobs, db.watchRollups, db.posts, db.comments, db.trends], async () => {
    const [previous, job] = await Promise.all([db.watches.get(watch.id), db.jobs.get(id)]);
    await db.watches.put(watch);
    // Inside the transaction: an ingest that reloads the watches waits for this commit and sees the new one.
    invalidateMatcher(db);
    if (previous && job?.version === signature && matchSignature(previous) === signature) return false;
    const [posts, comments, trends] = await Promise.all([db.posts.count(), db.comments.count(), db.trends.count()]);
    await rollupsOf(db, watch.id).delete();
    const queued: JobRow = { id, version: signature, done: 0, total: posts + comments + trends, startedAt: now.toISOString() };
    await db.jobs.put(queued);
    return true;
  });
}

/** Deletes a watch with its flags and rollups, and queues the removal of its id from every tagged row. */
export async function deleteWatch(db: EarshotDb, watchId: string, now: Date): Promise<void> {
  await db.transaction('rw', [db.watches, db.flags, db.watchRollups, db.jobs, db.posts, db.comments, db.trends], async () => {
    const tagged = (table: typeof db.posts | typeof db.comments | typeof db.trends) => table.where('watchIds').equals(watchId).count();
    const [posts, comments, trends] = await Promise.all([tagged(db.posts), tagged(db.comments), tagged(db.trends)]);
    await Promise.all([
      db.watches.delete(watchId),
      db.flags.where('watchId').equals(watchId).delete(),
      rollupsOf(db, watchId).delete(),
      db.jobs.put({ id: backfillJobId(watchId), version: REMOVAL_VERSION, done: 0, total: posts + comments + trends, startedAt: now.toISOString() }),
    ]);
    invalidateMatcher(db);
  });
}
