// Runs inside an extension page of the bench browser (bundled by tests/bench/dashboard.ts and evaluated
// over DevTools): fills the extension's own `earshot` database through the real code — watches saved
// and backfilled as the watchlist does, then every record through ingestBatch, as the background does
// with a collector batch (sentiment scoring, watch tagging, rollups and the stats table included).
import { openDb, type EarshotDb } from '../../lib/db';
import { ingestBatch } from '../../lib/ingest';
import { runBackfill } from '../../lib/watch/backfill';
import { saveWatch } from '../../lib/watch/save-watch';
import { batchCount, BENCH_WATCHES, benchBatch, type FillPlan } from './dashboard-records';

let db: EarshotDb | undefined;
const database = () => (db ??= openDb());

/** The bench watches, saved before any record so ingest tags what mentions them. */
async function createWatches(): Promise<number> {
  const now = new Date();
  for (const watch of BENCH_WATCHES) {
    await saveWatch(database(), { ...watch, createdAt: now.toISOString(), updatedAt: now.toISOString() }, now);
    // Nothing is stored yet, so this finishes at once; a worker that wakes later finds no job to resume.
    await runBackfill(database(), watch.id);
  }
  return database().watches.count();
}

/** Ingests batches [from, to) of the plan; returns the time spent in ingestBatch. */
async function fill(plan: FillPlan, from: number, to: number): Promise<{ ms: number; records: number }> {
  let ms = 0;
  let records = 0;
  const batches = Math.min(to, batchCount(plan));
  for (let b = from; b < batches; b++) {
    const capturedAt = new Date().toISOString();
    const batch = benchBatch(b, plan, capturedAt);
    const platform = batch[0]?.platform ?? 'weibo';
    const start = performance.now();
    await ingestBatch(database(), {
      type: 'collector:capture', batchId: `bench-fill-${plan.now}-${b}`, pageUrl: `https://bench.invalid/${platform}/${b % 50}`,
      records: batch, health: [],
    });
    ms += performance.now() - start;
    records += batch.length;
  }
  return { ms, records };
}

async function counts(): Promise<Record<string, number>> {
  const d = database();
  const [posts, comments, authors, stats, ...mentions] = await Promise.all([
    d.posts.count(), d.comments.count(), d.authors.count(), d.stats.count(),
    ...BENCH_WATCHES.map((watch) => d.posts.where('watchIds').equals(watch.id).count()),
  ]);
  return { posts, comments, authors, stats, ...Object.fromEntries(BENCH_WATCHES.map((watch, i) => [`posts mentioning ${watch.id}`, mentions[i]])) };
}

function close(): void {
  db?.close();
  db = undefined;
}

Object.assign(globalThis, { earshotFill: { createWatches, fill, counts, close, batchCount } });
