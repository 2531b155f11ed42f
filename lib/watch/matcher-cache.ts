// The compiled watches, kept in memory by the background. The background is the only writer of the
// watches table, so the cache goes stale only when the background itself saves or deletes a watch,
// and those paths call invalidateMatcher. Ingest then reads nothing extra per batch.
import type { EarshotDb } from '../db';
import { compileWatches, type WatchMatcher } from './match';

const cache = new WeakMap<EarshotDb, Promise<WatchMatcher>>();

export function currentMatcher(db: EarshotDb): Promise<WatchMatcher> {
  let matcher = cache.get(db);
  if (!matcher) {
    matcher = db.watches.toArray().then(compileWatches);
    // A failed load must not stick: the next ingest tries again.
    matcher.catch(() => cache.delete(db));
    cache.set(db, matcher);
  }
  return matcher;
}

/** Call after the watches table changed (save, delete). */
export function invalidateMatcher(db: EarshotDb): void {
  cache.delete(db);
}
