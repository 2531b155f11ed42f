import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Comment, Metrics, Platform, Post, Trend } from './model';
import type { CrisisFlag } from './crisis/types';
import type { ExampleImage, SavedExample } from './swipe/types';
import type { SentimentCorrection, SentimentLabel, StoredSentiment } from './sentiment-store';
import type { Watch, WatchRollup } from './watch/types';
import { recordTime } from './analytics/record-time';
import type { StatsKey, StatsRow } from './analytics/stats-types';
import { tallyRow, writeTally, type StatsTally } from './stats-store';

/** Fields the background adds to every stored record. */
export interface StoredFields {
  firstSeenAt: string;
  lastSeenAt: string;
  /** Page (tab) URLs this record was seen on, newest last, capped. */
  seenOn: string[];
  /** Posts and comments: the analyzer's verdict (see lib/sentiment-store.ts); read it via effectiveSentiment(). */
  sentiment?: StoredSentiment;
  /** Set by the user; wins over `sentiment` everywhere (effectiveSentiment) and survives rescoring. */
  sentimentCorrection?: SentimentCorrection;
  /** Ids of the watches this record mentions (lib/watch/match.ts); absent when none, so unmatched rows cost no index entry. */
  watchIds?: string[];
  /** Posts: set once the metric history has rows (see lib/metric-history.ts). */
  historyStarted?: boolean;
  /**
   * Posts only (comments have no time index: it would cost every capture): recordTime() of the row, i.e.
   * its publish time, else first capture, as ISO. Indexed (v5) so the dashboard reads the posts of a
   * range; every writer of a post row sets it.
   */
  postedAt?: string;
}
export type StoredPost = Post & StoredFields;
export type StoredComment = Comment & StoredFields;
export type StoredTrend = Trend & StoredFields;

export interface StoredAuthor {
  id: string;
  platform: Platform;
  name: string;
  handle?: string;
  url?: string;
  followers?: number;
  verified?: boolean;
  location?: string;
  lastSeenAt: string;
}

/** A post's counts at one moment; one row each time they changed. */
export interface MetricSnapshot {
  postId: string;
  at: string;
  metrics: Metrics;
}

/** Per platform per UTC hour: what was newly captured (first seen) in that hour. */
export interface HourlyRollup {
  platform: Platform;
  /** ISO hour, e.g. 2026-11-26T05:00:00.000Z */
  hour: string;
  posts: number;
  comments: number;
  trends: number;
}

/** Capture health per adapter. */
export interface AdapterHealth {
  adapter: string;
  items: number;
  errors: number;
  skipped: number;
  lastCaptureAt?: string;
  lastError?: string;
}

export interface IngestedBatch {
  batchId: string;
  at: string;
}

/** One user correction, kept apart from the row as the labelled-data log (exportCorrections reads only this). */
export interface CorrectionRow {
  recordId: string;
  kind: 'post' | 'comment';
  platform: Platform;
  label: SentimentLabel;
  /** ISO time of the correction. */
  at: string;
  /** The text the user judged (title and body, as scored). */
  text: string;
}

/** The tables a resumable job walks by primary key (lib/chunked-scan.ts). */
export type ScannedTable = 'posts' | 'comments' | 'trends';

/**
 * Progress of a background job, for the popup and dashboard. The rescoring job's id is 'rescore';
 * a watch's backfill is `backfill:<watchId>` (lib/watch/backfill.ts).
 */
export interface JobRow {
  id: string;
  /** What the job applies: the analyzer version ('' while no run has started, set by the v2 upgrade), or a watch's match signature. */
  version: string;
  done: number;
  total: number;
  startedAt?: string;
  finishedAt?: string;
  /** Where a killed worker resumes: the table being scanned and the last primary key finished. */
  cursor?: { table: ScannedTable; after?: string };
}

export const DB_NAME = 'earshot';

/** Version 1: the spine. Every later version is a new named constant + a named upgrade with a test. */
export const SCHEMA_V1 = {
  // Only indexes a query uses today: each one costs every write (see npm run bench). Later
  // features add theirs in a new version with a named upgrade.
  posts: 'id, *seenOn',
  comments: 'id, postId, *seenOn',
  trends: 'id',
  authors: 'id, platform',
  // A post's history is the key range [postId, minKey]..[postId, maxKey]; no separate index needed.
  snapshots: '[postId+at]',
  rollups: '[platform+hour], hour',
  health: 'adapter',
  batches: 'batchId, at',
} as const;

/**
 * Version 2: sentiment. No new index on posts or comments (each would cost every ingest write): the
 * rescoring job finds stale rows by a resumable primary-key scan. `corrections` is written only when
 * the user corrects a label; `jobs` holds rescoring progress.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  corrections: 'recordId',
  jobs: 'id',
} as const;

/**
 * v1 → v2 keeps every row as it is. Scoring happens after the upgrade, in the rescoring job's small
 * chunks, not here: an upgrade is one transaction that blocks every reader until it ends. This only
 * queues that job, so the popup shows "0 of N scored" from the first moment.
 */
export async function upgradeToV2QueueSentimentScoring(tx: Transaction): Promise<void> {
  const [posts, comments] = await Promise.all([tx.table('posts').count(), tx.table('comments').count()]);
  const job: JobRow = { id: 'rescore', version: '', done: 0, total: posts + comments };
  await tx.table('jobs').put(job);
}

/**
 * Version 3: crisis radar. Posts, comments and trends get a multi-entry `watchIds` index (what a watch
 * reads); a row that matches no watch has no `watchIds` field and so no index entry, which keeps ingest
 * of unmatched rows as fast as before. New tables: watches, flags, per-watch hourly rollups.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  posts: 'id, *seenOn, *watchIds',
  comments: 'id, postId, *seenOn, *watchIds',
  trends: 'id, *watchIds',
  watches: 'id',
  flags: 'id, watchId',
  watchRollups: '[watchId+hour], hour',
} as const;

/**
 * v2 → v3 rewrites no row: the new indexes start empty (no watch exists before this version, so no row
 * can match one), and a full rewrite would block every reader for the length of one huge transaction.
 * The never-written `watchTerms` field needs no clean-up. Rows get `watchIds` from ingest and from the
 * backfill each new watch starts.
 */
export async function upgradeToV3AddWatchIndexes(tx: Transaction): Promise<void> {
  // Deliberately empty beyond the schema change; kept named so the upgrade path is explicit and tested.
  void tx;
}

/**
 * Version 4: the swipe file. Examples are small rows (searched by the multi-entry `searchTerms` index);
 * their pictures live in `exampleImages` so listing the library never loads image bytes.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  examples: 'id, recordId, platform, savedAt, board, *tags, *searchTerms',
  exampleImages: 'exampleId',
} as const;

/** v3 → v4 only adds two empty tables; no existing row is read or rewritten. */
export async function upgradeToV4AddSwipeFile(tx: Transaction): Promise<void> {
  // Deliberately empty beyond the schema change; kept named so the upgrade path is explicit and tested.
  void tx;
}

/**
 * Version 5: analytics. Posts gain a `postedAt` index (the dashboard's range reads of posts for medians,
 * top lists, the heatmap and keywords); the new `stats` table is the rollup kept at ingest
 * (lib/analytics/stats-types.ts), so KPIs and charts never scan every record. Comments get no time
 * index: their counts come from `stats`, and an index would cost every capture.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  posts: 'id, *seenOn, *watchIds, postedAt',
  stats: '[scope+hour+platform]',
} as const;

/**
 * v4 → v5 keeps every row and rewrites every post once, to give it `postedAt` (an index only lists
 * rows that have the field, and the dashboard's range reads must see old posts too), and counts every
 * post and comment into `stats` so the dashboard is right from its first open. Both walks are cursors
 * (modify / each): only the rollup, a few rows per platform per hour, is held in memory.
 */
export async function upgradeToV5CountStatistics(tx: Transaction): Promise<void> {
  const tally: StatsTally = new Map();
  await tx.table('posts').toCollection().modify((post: StoredPost) => {
    post.postedAt = recordTime(post);
    tallyRow(tally, post);
  });
  await tx.table('comments').each((comment: StoredComment) => tallyRow(tally, comment));
  await writeTally(tx, tally);
}

export type EarshotDb = Dexie & {
  posts: EntityTable<StoredPost, 'id'>;
  comments: EntityTable<StoredComment, 'id'>;
  trends: EntityTable<StoredTrend, 'id'>;
  authors: EntityTable<StoredAuthor, 'id'>;
  snapshots: Dexie.Table<MetricSnapshot, [string, string]>;
  rollups: Dexie.Table<HourlyRollup, [Platform, string]>;
  health: EntityTable<AdapterHealth, 'adapter'>;
  batches: EntityTable<IngestedBatch, 'batchId'>;
  corrections: EntityTable<CorrectionRow, 'recordId'>;
  jobs: EntityTable<JobRow, 'id'>;
  watches: EntityTable<Watch, 'id'>;
  flags: EntityTable<CrisisFlag, 'id'>;
  watchRollups: Dexie.Table<WatchRollup, [string, string]>;
  examples: EntityTable<SavedExample, 'id'>;
  exampleImages: EntityTable<ExampleImage, 'exampleId'>;
  stats: Dexie.Table<StatsRow, StatsKey>;
};

export function openDb(name = DB_NAME): EarshotDb {
  const db = new Dexie(name) as EarshotDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2QueueSentimentScoring);
  db.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3AddWatchIndexes);
  db.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4AddSwipeFile);
  db.version(5).stores(SCHEMA_V5).upgrade(upgradeToV5CountStatistics);
  return db;
}
