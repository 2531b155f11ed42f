// Stores one collector batch: one Dexie transaction that upserts records and authors (posts and comments
// scored for sentiment and tagged with the watches they mention on the way), writes metric snapshots,
// hourly rollups (and per-watch ones), the analytics stats, adapter health and the batch id. Reads are
// bulkGets by key, merging happens in memory, writes are bulkPuts: that is what keeps 10k records
// close to raw IndexedDB speed.
import { recordTime } from './analytics/record-time';
import type { EarshotDb, MetricSnapshot, StoredAuthor, StoredFields } from './db';
import { getExisting } from './get-existing';
import { addHealth, addToRollups, hourOf } from './ingest-counters';
import type { CollectorCaptureMessage } from './messages';
import { firstSeen, mergeAuthor, mergeComment, mergePost, mergeTrend, sameMetrics, withoutUndefined } from './merge';
import type { Author, CapturedRecord, Comment, Platform, Post, Trend } from './model';
import { exponentialBackoff, withRetry, type RetryOptions } from './retry';
import { CURRENT_ANALYZER, scoreIfNeeded, type Analyzer } from './score-sentiment';
import { applyStatsChanges } from './stats-store';
import type { WatchMatcher } from './watch/match';
import { currentMatcher } from './watch/matcher-cache';
import { addToWatchRollups, needsMatching, rollupKeysOf, tagWatchIds } from './watch/tag-records';
import type { WatchRollup } from './watch/types';

export interface IngestResult {
  /** Distinct records written (duplicates within the batch count once). */
  stored: number;
  /** Records seen for the first time. */
  created: number;
  /** The batch id was already ingested: nothing was written. */
  duplicate: boolean;
}

export interface IngestOptions {
  retry?: Partial<RetryOptions>;
  /** Tests play an analyzer version change with their own; the background uses the current one. */
  analyzer?: Analyzer;
}

/** Batch ids are remembered this long; the collector retries for minutes, not days. */
export const BATCH_MEMORY_MS = 7 * 24 * 3600_000;
const PRUNE_EVERY_MS = 3600_000;
const lastPrunedAt = new WeakMap<EarshotDb, number>();

type Stored<R extends CapturedRecord> = R & StoredFields;
type Merge<R extends CapturedRecord> = (stored: Stored<R>, incoming: R, pageUrl: string, nowIso: string) => Stored<R>;
interface Upserted<R extends CapturedRecord> { row: Stored<R>; previous?: Stored<R> }

/** Records by id, in first-seen order; the same id twice in one batch is merged, not stored twice. */
function groupById<R extends CapturedRecord>(records: R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const record of records) {
    const group = groups.get(record.id);
    if (group) group.push(record);
    else groups.set(record.id, [record]);
  }
  return groups;
}

function upsert<R extends CapturedRecord>(groups: Map<string, R[]>, stored: (Stored<R> | undefined)[], merge: Merge<R>, pageUrl: string, nowIso: string): Upserted<R>[] {
  let index = 0;
  return [...groups.values()].map((records) => {
    const previous = stored[index++];
    let row = previous ? merge(previous, records[0], pageUrl, nowIso) : firstSeen(records[0], pageUrl, nowIso);
    for (let next = 1; next < records.length; next++) row = merge(row, records[next], pageUrl, nowIso);
    return { row, previous };
  });
}

/**
 * A post's metric history. A new post writes none (its row holds its counts); the first change writes
 * the counts it had before and the new ones, every later change the new ones: half the writes of an
 * ingest are new posts, and most are never seen with other counts.
 */
function snapshotsOf(posts: Upserted<Post>[]): MetricSnapshot[] {
  const snapshots: MetricSnapshot[] = [];
  for (const { row, previous } of posts) {
    if (!previous || sameMetrics(previous.metrics, row.metrics)) continue;
    if (!previous.historyStarted && Object.keys(previous.metrics).length > 0) {
      snapshots.push({ postId: row.id, at: previous.capturedAt, metrics: previous.metrics });
    }
    snapshots.push({ postId: row.id, at: row.capturedAt, metrics: row.metrics });
    row.historyStarted = true;
  }
  return snapshots;
}

/** Authors' lastSeenAt is refreshed at most this often when nothing else about them changed. */
export const AUTHOR_SEEN_RESOLUTION_MS = 3600_000;

function sameAuthor(a: Author, b: Author): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('lastSeenAt');
  return [...keys].every((key) => (a as any)[key] === (b as any)[key]);
}

/**
 * The authors to write: new ones, changed ones, and ones last marked seen over an hour ago. Most
 * authors in a batch were seen minutes before; rewriting them would double the writes of an ingest.
 */
function upsertAuthors(records: (Post | Comment)[], stored: (StoredAuthor | undefined)[], ids: string[], now: Date): StoredAuthor[] {
  const nowIso = now.toISOString();
  const storedById = new Map<string, StoredAuthor>();
  ids.forEach((id, index) => {
    const row = stored[index];
    if (row) storedById.set(id, row);
  });
  const authors = new Map<string, Author>();
  // Records arrive in capture order, so a later record's author fields are the fresher ones.
  for (const { author } of records) {
    const known = authors.get(author.id) ?? storedById.get(author.id);
    authors.set(author.id, known ? mergeAuthor(known, author, true) : withoutUndefined(author));
  }
  const writes: StoredAuthor[] = [];
  for (const [id, author] of authors) {
    const previous = storedById.get(id);
    const fresh = previous && now.getTime() - Date.parse(previous.lastSeenAt) < AUTHOR_SEEN_RESOLUTION_MS;
    if (previous && fresh && sameAuthor(previous, author)) continue;
    writes.push({ ...author, lastSeenAt: nowIso });
  }
  return writes;
}

/** Scores new rows and rows whose text changed; a row seen again unchanged keeps its score (no analyzer call). */
function scoreWritings<R extends Post | Comment>(rows: Upserted<R>[], analyzer: Analyzer): Upserted<R>[] {
  for (const { row, previous } of rows) scoreIfNeeded(row, previous, analyzer);
  return rows;
}

interface Mention { row: Post | Comment; watchIds: string[]; hour: string }

/**
 * Tags new and edited rows with the watches they mention; returns the newly captured posts and comments
 * that mention one (the watch rollups count those). With no watch, nothing is read or matched.
 */
function tagWithWatches(matcher: WatchMatcher, rows: Upserted<CapturedRecord>[], hour: string): Mention[] {
  if (matcher.empty) return [];
  const mentions: Mention[] = [];
  for (const { row, previous } of rows) {
    if (!needsMatching(row, previous)) continue;
    const watchIds = tagWatchIds(matcher, row);
    if (!previous && watchIds.length && row.kind !== 'trend') mentions.push({ row, watchIds, hour });
  }
  return mentions;
}

async function ingestOnce(db: EarshotDb, message: CollectorCaptureMessage, now: Date, analyzer: Analyzer): Promise<IngestResult> {
  // Compiled once per worker and kept in memory: no read per batch.
  const matcher = await currentMatcher(db);
  const nowIso = now.toISOString();
  const hour = hourOf(now);
  const posts = groupById(message.records.filter((record): record is Post => record.kind === 'post'));
  const comments = groupById(message.records.filter((record): record is Comment => record.kind === 'comment'));
  const trends = groupById(message.records.filter((record): record is Trend => record.kind === 'trend'));
  const writings = message.records.filter((record): record is Post | Comment => record.kind !== 'trend');
  const authorIds = [...new Set(writings.map((record) => record.author.id))];
  const platforms = [...new Set(message.records.map((record) => record.platform))];
  const adapters = [...new Set(message.health.map((delta) => delta.adapter))];
  // Watch rollups join the transaction only when a watch exists: no watch, no extra table.
  const watchTables = matcher.empty ? [] : [db.watchRollups];
  const tables = [db.posts, db.comments, db.trends, db.authors, db.snapshots, db.rollups, db.health, db.batches, db.stats, ...watchTables];

  return db.transaction('rw', tables, async () => {
    const [seenBatch, storedPosts, storedComments, storedTrends, storedAuthors, storedRollups, storedHealth] = await Promise.all([
      db.batches.get(message.batchId),
      getExisting(db.posts, [...posts.keys()]),
      getExisting(db.comments, [...comments.keys()]),
      getExisting(db.trends, [...trends.keys()]),
      getExisting(db.authors, authorIds),
      db.rollups.bulkGet(platforms.map((platform): [Platform, string] => [platform, hour])),
      db.health.bulkGet(adapters),
    ]);
    if (seenBatch) return { stored: 0, created: 0, duplicate: true };

    const postRows = scoreWritings(upsert(posts, storedPosts, mergePost, message.pageUrl, nowIso), analyzer);
    // A later capture may bring the publish time a first one lacked: recomputed on every write.
    for (const { row } of postRows) row.postedAt = recordTime(row);
    const commentRows = scoreWritings(upsert(comments, storedComments, mergeComment, message.pageUrl, nowIso), analyzer);
    const trendRows = upsert(trends, storedTrends, mergeTrend, message.pageUrl, nowIso);
    const all: Upserted<CapturedRecord>[] = [...postRows, ...commentRows, ...trendRows];
    const created = all.filter(({ previous }) => !previous).map(({ row }) => row);
    const snapshots = snapshotsOf(postRows);
    const rollups = addToRollups(storedRollups, created, hour);
    const mentions = tagWithWatches(matcher, all, hour);
    let watchRollups: WatchRollup[] = [];
    if (mentions.length) watchRollups = addToWatchRollups(await db.watchRollups.bulkGet(rollupKeysOf(mentions)), mentions);

    // After scoring and tagging: the stats count each row's final sentiment and watches. The rows
    // replaced are in memory already, so this reads only the touched stats rows.
    const counted = [...postRows, ...commentRows].map(({ row, previous }) => ({ before: previous, after: row }));

    const writes: Promise<unknown>[] = [
      db.batches.put({ batchId: message.batchId, at: nowIso }),
      db.health.bulkPut(addHealth(storedHealth, message.health, nowIso)),
      applyStatsChanges(db, counted),
    ];
    if (postRows.length) writes.push(db.posts.bulkPut(postRows.map(({ row }) => row)));
    if (commentRows.length) writes.push(db.comments.bulkPut(commentRows.map(({ row }) => row)));
    if (trendRows.length) writes.push(db.trends.bulkPut(trendRows.map(({ row }) => row)));
    if (authorIds.length) writes.push(db.authors.bulkPut(upsertAuthors(writings, storedAuthors, authorIds, now)));
    if (snapshots.length) writes.push(db.snapshots.bulkPut(snapshots));
    if (rollups.length) writes.push(db.rollups.bulkPut(rollups));
    if (watchRollups.length) writes.push(db.watchRollups.bulkPut(watchRollups));
    if (now.getTime() - (lastPrunedAt.get(db) ?? -Infinity) >= PRUNE_EVERY_MS) {
      lastPrunedAt.set(db, now.getTime());
      writes.push(db.batches.where('at').below(new Date(now.getTime() - BATCH_MEMORY_MS).toISOString()).delete());
    }
    await Promise.all(writes);
    return { stored: all.length, created: created.length, duplicate: false };
  });
}

/** Ingests one validated batch. Re-sending a batch id is a no-op; passing IndexedDB failures are retried. */
export function ingestBatch(db: EarshotDb, message: CollectorCaptureMessage, now = new Date(), options: IngestOptions = {}): Promise<IngestResult> {
  const analyzer = options.analyzer ?? CURRENT_ANALYZER;
  return withRetry(() => ingestOnce(db, message, now, analyzer), { attempts: 3, backoff: exponentialBackoff(50), ...options.retry });
}
