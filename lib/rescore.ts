// Re-scores stored posts and comments after the analyzer changed (or after the v2 upgrade, whose rows
// were never scored). Walks each table by primary key in small chunks: one transaction per chunk
// writes the rescored rows AND the progress, so a worker killed mid-way resumes exactly where it
// stopped, and capture ingests interleave between chunks. Corrections are never touched.
import type { Table } from 'dexie';
import type { EarshotDb, JobRow, StoredComment, StoredPost } from './db';
import { scoreText, type Analyzer } from './score-sentiment';

export const RESCORE_JOB_ID = 'rescore';
export const RESCORE_CHUNK = 500;
const TABLES = ['posts', 'comments'] as const;

export interface RescoreOptions {
  chunk?: number;
  /** Runs between chunks; the default gives the event loop a turn (messages, ingests). */
  pause?: () => Promise<void>;
  now?: () => Date;
  /** Called after each chunk with the progress written. */
  onProgress?: (job: JobRow) => void;
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function isRescoreFinished(job: JobRow | undefined, version: string): boolean {
  return Boolean(job && job.version === version && job.finishedAt);
}

async function startJob(db: EarshotDb, version: string, now: Date): Promise<JobRow> {
  const [posts, comments] = await Promise.all([db.posts.count(), db.comments.count()]);
  const job: JobRow = { id: RESCORE_JOB_ID, version, done: 0, total: posts + comments, startedAt: now.toISOString(), cursor: { table: 'posts' } };
  await db.jobs.put(job);
  return job;
}

/** One chunk in one transaction; returns the job as written. */
async function rescoreChunk(db: EarshotDb, job: JobRow, analyzer: Analyzer, size: number, now: Date): Promise<JobRow> {
  const cursor = job.cursor ?? { table: 'posts' };
  const table: Table<StoredPost | StoredComment, string> = db.table(cursor.table);
  return db.transaction('rw', [table, db.jobs], async () => {
    const collection = cursor.after === undefined ? table.orderBy(':id') : table.where(':id').above(cursor.after);
    const rows: (StoredPost | StoredComment)[] = await collection.limit(size).toArray();
    const stale = rows.filter((row) => row.sentiment?.version !== analyzer.version);
    for (const row of stale) row.sentiment = scoreText(row, analyzer);
    if (stale.length) await table.bulkPut(stale);

    const next: JobRow = { ...job, done: job.done + rows.length };
    if (rows.length === size) next.cursor = { table: cursor.table, after: rows[rows.length - 1].id };
    else {
      const following = TABLES[TABLES.indexOf(cursor.table) + 1];
      if (following) next.cursor = { table: following };
      else {
        delete next.cursor;
        next.finishedAt = now.toISOString();
        // Rows captured during the run were counted as they were scanned.
        next.total = Math.max(next.total, next.done);
      }
    }
    await db.jobs.put(next);
    return next;
  });
}

/**
 * Brings every post and comment to `analyzer.version`. Resumes a run of the same version that a killed
 * worker left unfinished; starts over when the version changed. Returns the finished job.
 */
export async function rescoreAll(db: EarshotDb, analyzer: Analyzer, options: RescoreOptions = {}): Promise<JobRow> {
  const now = options.now ?? (() => new Date());
  const pause = options.pause ?? nextTurn;
  let job = await db.jobs.get(RESCORE_JOB_ID);
  if (job && isRescoreFinished(job, analyzer.version)) return job;
  if (!job || job.version !== analyzer.version || !job.startedAt) job = await startJob(db, analyzer.version, now());
  while (!job.finishedAt) {
    job = await rescoreChunk(db, job, analyzer, options.chunk ?? RESCORE_CHUNK, now());
    options.onProgress?.(job);
    if (!job.finishedAt) await pause();
  }
  return job;
}

const running = new WeakMap<EarshotDb, Promise<JobRow>>();

/** rescoreAll, at most one run per database at a time (start-up and install may both ask). */
export function ensureRescored(db: EarshotDb, analyzer: Analyzer, options: RescoreOptions = {}): Promise<JobRow> {
  let run = running.get(db);
  if (!run) {
    run = rescoreAll(db, analyzer, options).finally(() => running.delete(db));
    running.set(db, run);
  }
  return run;
}
