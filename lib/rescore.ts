// Re-scores stored posts and comments after the analyzer changed (or after the v2 upgrade, whose rows
// were never scored). Walks each table by primary key in small chunks: one transaction per chunk
// writes the rescored rows AND the progress, so a worker killed mid-way resumes exactly where it
// stopped, and capture ingests interleave between chunks. Corrections are never touched. A new label
// moves the row's sentiment count in `stats` in the same transaction.
import { advanceJob, readChunk, runChunks, tableAt, type ChunkLoopOptions } from './chunked-scan';
import type { EarshotDb, JobRow, StoredComment, StoredPost } from './db';
import { scoreText, type Analyzer } from './score-sentiment';
import { applyStatsChanges } from './stats-store';

export const RESCORE_JOB_ID = 'rescore';
export const RESCORE_CHUNK = 500;
const TABLES = ['posts', 'comments'] as const;

export interface RescoreOptions extends ChunkLoopOptions {
  chunk?: number;
  now?: () => Date;
}

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
  const table = db.table(tableAt(job, TABLES));
  return db.transaction('rw', [table, db.jobs, db.stats], async () => {
    const rows = await readChunk<StoredPost | StoredComment>(db, job, TABLES, size);
    const rescored = rows
      .filter((row) => row.sentiment?.version !== analyzer.version)
      .map((row) => ({ before: row, after: { ...row, sentiment: scoreText(row, analyzer) } }));
    if (rescored.length) await Promise.all([table.bulkPut(rescored.map(({ after }) => after)), applyStatsChanges(db, rescored)]);
    const next = advanceJob(job, TABLES, rows, size, now.toISOString());
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
  let job = await db.jobs.get(RESCORE_JOB_ID);
  if (job && isRescoreFinished(job, analyzer.version)) return job;
  if (!job || job.version !== analyzer.version || !job.startedAt) job = await startJob(db, analyzer.version, now());
  const finished = await runChunks(job, (current) => rescoreChunk(db, current, analyzer, options.chunk ?? RESCORE_CHUNK, now()), options);
  return finished!;
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
