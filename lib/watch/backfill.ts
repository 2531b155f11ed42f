// Matches one watch against everything already stored, after it was created, edited or deleted. Walks
// posts, comments and trends in resumable chunks (lib/chunked-scan.ts): each chunk's tag changes, its
// rollup counts, the analytics stats of the rows it (un)tags and the job's progress are one transaction,
// so a killed worker resumes where it stopped and nothing is counted twice. Progress is the jobs row
// `backfill:<watchId>` the dashboard shows.
import type { EarshotDb, JobRow, ScannedTable, StoredComment, StoredPost, StoredTrend } from '../db';
import { advanceJob, readChunk, runChunks, tableAt, type ChunkLoopOptions } from '../chunked-scan';
import { applyStatsChanges } from '../stats-store';
import { hourOf } from '../ingest-counters';
import { compileWatches, matchSignature, type WatchMatcher } from './match';
import { REMOVAL_VERSION, saveWatch } from './save-watch';
import { addToWatchRollups, isMentionedBy, rollupKeysOf } from './tag-records';
import { backfillJobId } from './types';

export const BACKFILL_CHUNK = 500;
const TABLES: readonly ScannedTable[] = ['posts', 'comments', 'trends'];
type Row = StoredPost | StoredComment | StoredTrend;

export interface BackfillOptions extends ChunkLoopOptions {
  chunk?: number;
  now?: () => Date;
}

function withTag(row: Row, watchId: string, tagged: boolean): Row {
  const others = (row.watchIds ?? []).filter((id) => id !== watchId);
  const ids = tagged ? [...others, watchId] : others;
  const next: Row = { ...row, watchIds: ids };
  if (!ids.length) delete next.watchIds;
  return next;
}

/** Retagged posts and comments move between watch scopes in `stats`; trends are not counted there. */
function countRetagged(db: EarshotDb, changes: { before: Row; after: Row }[]): Promise<void> {
  const counted = changes.filter((change): change is { before: StoredPost | StoredComment; after: StoredPost | StoredComment } => change.before.kind !== 'trend');
  return applyStatsChanges(db, counted);
}

/** The job as stored, if `job` is still it (not superseded by a newer save or delete, not advanced by another run). */
async function stillCurrent(db: EarshotDb, job: JobRow): Promise<boolean> {
  const stored = await db.jobs.get(job.id);
  return Boolean(stored && stored.version === job.version && stored.startedAt === job.startedAt && stored.done === job.done && !stored.finishedAt
    && JSON.stringify(stored.cursor) === JSON.stringify(job.cursor));
}

async function matchChunk(db: EarshotDb, job: JobRow, watchId: string, matcher: WatchMatcher, size: number, now: Date): Promise<JobRow | undefined> {
  const table = db.table(tableAt(job, TABLES));
  return db.transaction('rw', [table, db.jobs, db.watchRollups, db.stats], async () => {
    if (!(await stillCurrent(db, job))) return undefined;
    const rows = await readChunk<Row>(db, job, TABLES, size);
    const changed: { before: Row; after: Row }[] = [];
    const mentions: { row: StoredPost | StoredComment; watchIds: string[]; hour: string }[] = [];
    for (const row of rows) {
      const had = row.watchIds?.includes(watchId) ?? false;
      const has = isMentionedBy(matcher, row);
      if (has !== had) changed.push({ before: row, after: withTag(row, watchId, has) });
      // Ingest counted the rows it tagged after the save; everything else matching is counted here.
      const countedByIngest = had && row.firstSeenAt >= job.startedAt!;
      if (has && row.kind !== 'trend' && !countedByIngest) mentions.push({ row, watchIds: [watchId], hour: hourOf(new Date(row.firstSeenAt)) });
    }
    if (changed.length) await Promise.all([table.bulkPut(changed.map(({ after }) => after)), countRetagged(db, changed)]);
    if (mentions.length) await db.watchRollups.bulkPut(addToWatchRollups(await db.watchRollups.bulkGet(rollupKeysOf(mentions)), mentions));
    const next = advanceJob(job, TABLES, rows, size, now.toISOString());
    await db.jobs.put(next);
    return next;
  });
}

/** A deleted watch: only rows the index lists carry its id, so the removal reads just those. */
async function removalChunk(db: EarshotDb, job: JobRow, watchId: string, size: number, now: Date): Promise<JobRow | undefined> {
  const table = db.table(tableAt(job, TABLES));
  return db.transaction('rw', [table, db.jobs, db.stats], async () => {
    if (!(await stillCurrent(db, job))) return undefined;
    const rows: Row[] = await table.where('watchIds').equals(watchId).limit(size).toArray();
    const untagged = rows.map((row) => ({ before: row, after: withTag(row, watchId, false) }));
    if (rows.length) await Promise.all([table.bulkPut(untagged.map(({ after }) => after)), countRetagged(db, untagged)]);
    const next = advanceJob(job, TABLES, rows, size, now.toISOString());
    // The removed rows left the index, so the next chunk starts from its beginning again.
    if (next.cursor) delete next.cursor.after;
    if (next.finishedAt) await db.jobs.delete(job.id);
    else await db.jobs.put(next);
    return next;
  });
}

/**
 * Runs (or resumes) the backfill job of `watchId` to its end. Returns the finished job, the job as it
 * was when there was nothing to do, or undefined when a newer save or delete superseded it mid-way.
 */
export async function runBackfill(db: EarshotDb, watchId: string, options: BackfillOptions = {}): Promise<JobRow | undefined> {
  const now = options.now ?? (() => new Date());
  const size = options.chunk ?? BACKFILL_CHUNK;
  const job = await db.jobs.get(backfillJobId(watchId));
  if (!job || job.finishedAt || !job.startedAt) return job;
  if (job.version === REMOVAL_VERSION) return runChunks(job, (current) => removalChunk(db, current, watchId, size, now()), options);
  const watch = await db.watches.get(watchId);
  if (!watch || matchSignature(watch) !== job.version) return undefined;
  const matcher = compileWatches([watch]);
  return runChunks(job, (current) => matchChunk(db, current, watchId, matcher, size, now()), options);
}

const running = new WeakMap<EarshotDb, Map<string, Promise<JobRow | undefined>>>();

/**
 * runBackfill, one run per watch at a time: a save while a run is going queues another run after it
 * (the old run stops at its next chunk, seeing the newer job). Never rejects; failures go to `warn`.
 */
export function ensureBackfill(db: EarshotDb, watchId: string, options: BackfillOptions & { warn?: (text: string) => void } = {}): Promise<JobRow | undefined> {
  let runs = running.get(db);
  if (!runs) running.set(db, (runs = new Map()));
  const previous = runs.get(watchId) ?? Promise.resolve(undefined);
  const run = previous.then(() => runBackfill(db, watchId, options)).catch((error: unknown) => {
    options.warn?.(`Earshot could not finish matching watch ${watchId} against stored captures: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    return undefined;
  });
  runs.set(watchId, run);
  void run.finally(() => {
    if (runs!.get(watchId) === run) runs!.delete(watchId);
  });
  return run;
}

/**
 * On background start: resumes every unfinished backfill (or removal) a killed worker left, and queues
 * one for any watch whose matching was never completed for its current terms.
 */
export async function resumeBackfills(db: EarshotDb, options: BackfillOptions & { warn?: (text: string) => void } = {}): Promise<void> {
  const [jobs, watches] = await Promise.all([db.jobs.where('id').startsWith(backfillJobId('')).toArray(), db.watches.toArray()]);
  const byWatch = new Map(jobs.map((job) => [job.id.slice(backfillJobId('').length), job]));
  const pending = new Set<string>();
  for (const [watchId, job] of byWatch) if (!job.finishedAt) pending.add(watchId);
  for (const watch of watches) {
    const job = byWatch.get(watch.id);
    if (!job || job.version !== matchSignature(watch)) {
      await saveWatch(db, watch, options.now?.() ?? new Date());
      pending.add(watch.id);
    }
  }
  await Promise.all([...pending].map((watchId) => ensureBackfill(db, watchId, options)));
}
