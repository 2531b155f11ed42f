import Dexie, { type EntityTable } from 'dexie';
import type { Comment, Metrics, Platform, Post, Trend } from './model';

/** Fields the background adds to every stored record. */
export interface StoredFields {
  firstSeenAt: string;
  lastSeenAt: string;
  /** Page (tab) URLs this record was seen on, newest last, capped. */
  seenOn: string[];
  sentiment?: { score: number; label: 'positive' | 'neutral' | 'negative'; version?: string };
  watchTerms?: string[];
  /** Posts: set once the metric history has rows (see lib/metric-history.ts). */
  historyStarted?: boolean;
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

export type EarshotDb = Dexie & {
  posts: EntityTable<StoredPost, 'id'>;
  comments: EntityTable<StoredComment, 'id'>;
  trends: EntityTable<StoredTrend, 'id'>;
  authors: EntityTable<StoredAuthor, 'id'>;
  snapshots: Dexie.Table<MetricSnapshot, [string, string]>;
  rollups: Dexie.Table<HourlyRollup, [Platform, string]>;
  health: EntityTable<AdapterHealth, 'adapter'>;
  batches: EntityTable<IngestedBatch, 'batchId'>;
};

export function openDb(name = DB_NAME): EarshotDb {
  const db = new Dexie(name) as EarshotDb;
  db.version(1).stores(SCHEMA_V1);
  return db;
}
