// Resumable walks over stored records by primary key, for background jobs (rescoring, watch backfill).
// The job row holds the cursor; the caller writes its changes and the advanced job row in one
// transaction per chunk, so a worker killed mid-way resumes exactly where it stopped and capture
// ingests interleave between chunks.
import type { Table } from 'dexie';
import type { EarshotDb, JobRow, ScannedTable } from './db';

/** The table the job's cursor is in (the first one before the job started walking). */
export function tableAt(job: JobRow, tables: readonly ScannedTable[]): ScannedTable {
  return job.cursor?.table ?? tables[0];
}

/** The next `size` rows after the cursor. Call inside a transaction that includes that table. */
export function readChunk<Row extends { id: string }>(db: EarshotDb, job: JobRow, tables: readonly ScannedTable[], size: number): Promise<Row[]> {
  const table: Table<Row, string> = db.table(tableAt(job, tables));
  const after = job.cursor?.after;
  const collection = after === undefined ? table.orderBy(':id') : table.where(':id').above(after);
  return collection.limit(size).toArray();
}

/** The job after a chunk of `rows` (read with `size`): the cursor moves on, to the next table, or the job finishes. */
export function advanceJob(job: JobRow, tables: readonly ScannedTable[], rows: readonly { id: string }[], size: number, nowIso: string): JobRow {
  const table = tableAt(job, tables);
  const next: JobRow = { ...job, done: job.done + rows.length };
  if (rows.length === size) next.cursor = { table, after: rows[rows.length - 1].id };
  else {
    const following = tables[tables.indexOf(table) + 1];
    if (following) next.cursor = { table: following };
    else {
      delete next.cursor;
      next.finishedAt = nowIso;
      // Rows captured during the run were counted as they were scanned.
      next.total = Math.max(next.total, next.done);
    }
  }
  return next;
}

export interface ChunkLoopOptions {
  /** Runs between chunks; the default gives the event loop a turn (messages, ingests). */
  pause?: () => Promise<void>;
  /** Called after each chunk with the progress written. */
  onProgress?: (job: JobRow) => void;
}

export const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs `step` (one chunk, one transaction) until the job is finished, or until `step` returns undefined (job abandoned). */
export async function runChunks(job: JobRow, step: (job: JobRow) => Promise<JobRow | undefined>, options: ChunkLoopOptions = {}): Promise<JobRow | undefined> {
  const pause = options.pause ?? nextTurn;
  let current: JobRow | undefined = job;
  while (current && !current.finishedAt) {
    current = await step(current);
    if (!current) return undefined;
    options.onProgress?.(current);
    if (!current.finishedAt) await pause();
  }
  return current;
}
