import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { recordTime } from './analytics/record-time';
import { ALL_TIME, EVERYTHING } from './analytics/stats-types';
import { openDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, type EarshotDb, type JobRow, type StoredPost } from './db';
import { firstSeen } from './merge';
import { CAPTURED_AT, weiboComment, weiboPost, weiboTrend, xPost } from './test-records';
import { expectStatsMatchRecount } from './stats-store.test-helper';

let db: EarshotDb | undefined;
afterEach(() => db?.close());

/** A database left at an older version (its schemas in order) holding `rows`, closed so openDb upgrades it. */
async function olderDatabase(name: string, schemas: readonly Record<string, string>[], rows: Record<string, unknown[]>) {
  const old = new Dexie(name);
  schemas.forEach((schema, index) => old.version(index + 1).stores(schema));
  for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkPut(tableRows);
  old.close();
  return rows;
}

/**
 * Every row of every table of `before` is in the upgraded database, unchanged, and nothing was added.
 * The one change an upgrade makes to a row: v5 gives every post its `postedAt`.
 */
/** Opens the older database `name` at the current version and checks every row of `before` is still there. */
async function upgradeKeepingEveryRow(name: string, before: Record<string, unknown[]>, previousSchema?: Record<string, string>): Promise<EarshotDb> {
  // The fixture filled every table the older version had.
  if (previousSchema) expect(Object.keys(before).sort()).toEqual(Object.keys(previousSchema).sort());
  const upgraded = openDb(name);
  await upgraded.open();
  expect(upgraded.verno).toBe(5);
  await expectEveryRowKept(upgraded, before);
  return upgraded;
}

async function expectEveryRowKept(upgraded: EarshotDb, before: Record<string, unknown[]>) {
  for (const [table, original] of Object.entries(before)) {
    const rows = table === 'posts' ? original.map((row) => ({ ...(row as StoredPost), postedAt: recordTime(row as StoredPost) })) : original;
    expect(await upgraded.table(table).toArray(), table).toEqual(expect.arrayContaining(rows));
    expect(await upgraded.table(table).count(), table).toBe(original.length);
  }
}

describe('Dexie schema', () => {
  it('opens at v5 with every table, key and index', async () => {
    db = openDb(`schema-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(5);
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(SCHEMA_V5).sort());
    const schema = (name: string) => db!.table(name).schema;
    expect(schema('posts').primKey.keyPath).toBe('id');
    expect(Object.keys(schema('posts').idxByName).sort()).toEqual(['postedAt', 'seenOn', 'watchIds']);
    expect(schema('posts').idxByName['seenOn'].multi).toBe(true);
    expect(schema('posts').idxByName['watchIds'].multi).toBe(true);
    // v3 adds only the watch index to the tables every ingest writes.
    expect(Object.keys(schema('comments').idxByName).sort()).toEqual(['postId', 'seenOn', 'watchIds']);
    expect(Object.keys(schema('trends').idxByName)).toEqual(['watchIds']);
    expect(schema('watches').primKey.keyPath).toBe('id');
    expect(Object.keys(schema('flags').idxByName)).toEqual(['watchId']);
    expect(schema('watchRollups').primKey.keyPath).toEqual(['watchId', 'hour']);
    expect(schema('watchRollups').idxByName['hour']).toBeDefined();
    expect(schema('snapshots').primKey.keyPath).toEqual(['postId', 'at']);
    expect(schema('rollups').primKey.keyPath).toEqual(['platform', 'hour']);
    expect(schema('batches').idxByName['at']).toBeDefined();
    expect(schema('corrections').primKey.keyPath).toBe('recordId');
    expect(schema('jobs').primKey.keyPath).toBe('id');
    expect(schema('examples').primKey.keyPath).toBe('id');
    expect(Object.keys(schema('examples').idxByName).sort()).toEqual(['board', 'platform', 'recordId', 'savedAt', 'searchTerms', 'tags']);
    expect(schema('examples').idxByName['searchTerms'].multi).toBe(true);
    expect(schema('examples').idxByName['tags'].multi).toBe(true);
    expect(schema('exampleImages').primKey.keyPath).toBe('exampleId');
    expect(schema('stats').primKey.keyPath).toEqual(['scope', 'hour', 'platform']);
    expect(Object.keys(schema('stats').idxByName)).toEqual([]);
  });

  it('keeps data across a reopen', async () => {
    const name = `schema-${crypto.randomUUID()}`;
    db = openDb(name);
    await db.health.put({ adapter: 'weibo', items: 3, errors: 0, skipped: 1 });
    db.close();
    db = openDb(name);
    expect(await db.health.get('weibo')).toEqual({ adapter: 'weibo', items: 3, errors: 0, skipped: 1 });
  });
});

describe('migration v1 → v2 (upgradeToV2QueueSentimentScoring)', () => {
  async function v1DatabaseWithRows(name: string) {
    const page = 'https://weibo.com/1669879400/HyTZc60ew';
    const rows: Record<string, unknown[]> = {
      posts: [firstSeen(weiboPost(), page, CAPTURED_AT), firstSeen(xPost(), 'https://x.com/home', CAPTURED_AT)],
      comments: [firstSeen(weiboComment(), page, CAPTURED_AT), firstSeen(weiboComment({ id: 'weibo:2', text: '太差了' }), page, CAPTURED_AT)],
      trends: [firstSeen(weiboTrend(), page, CAPTURED_AT)],
      authors: [{ id: 'weibo:1669879400', platform: 'weibo', name: 'Dear-迪丽热巴', lastSeenAt: CAPTURED_AT }],
      snapshots: [{ postId: 'weibo:4383183661430868', at: CAPTURED_AT, metrics: { likes: 1 } }],
      rollups: [{ platform: 'weibo', hour: '2024-06-14T12:00:00.000Z', posts: 1, comments: 2, trends: 1 }],
      health: [{ adapter: 'weibo', items: 4, errors: 1, skipped: 0, lastError: 'boom' }],
      batches: [{ batchId: 'tab7-1', at: CAPTURED_AT }],
    };
    return olderDatabase(name, [SCHEMA_V1], rows);
  }

  it('keeps every row of every v1 table, unchanged', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const before = await v1DatabaseWithRows(name);
    db = await upgradeKeepingEveryRow(name, before);
    // Indexes still answer after the upgrade.
    expect(await db.comments.where('postId').equals('weibo:4383183661430868').count()).toBe(2);
    expect(await db.posts.where('seenOn').equals('https://x.com/home').count()).toBe(1);
  });

  it('queues the scoring of the v1 rows (posts + comments) for the rescoring job', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await v1DatabaseWithRows(name);
    db = openDb(name);
    expect(await db.jobs.get('rescore')).toEqual({ id: 'rescore', version: '', done: 0, total: 4 });
    expect(await db.corrections.count()).toBe(0);
  });

  it('a fresh install runs no upgrade (nothing to queue)', async () => {
    db = openDb(`fresh-${crypto.randomUUID()}`);
    expect(await db.jobs.count()).toBe(0);
  });
});

describe('migration v2 → v3 (upgradeToV3AddWatchIndexes)', () => {
  const page = 'https://weibo.com/1669879400/HyTZc60ew';
  async function v2DatabaseWithRows(name: string) {
    const sentiment = { score: -0.6, label: 'negative', confidence: 0.8, aspects: ['service'], version: 's1' };
    const job: JobRow = { id: 'rescore', version: 's1', done: 4, total: 4, startedAt: CAPTURED_AT, finishedAt: CAPTURED_AT };
    const rows: Record<string, unknown[]> = {
      posts: [{ ...firstSeen(weiboPost(), page, CAPTURED_AT), sentiment }, firstSeen(xPost(), 'https://x.com/home', CAPTURED_AT)],
      comments: [
        { ...firstSeen(weiboComment(), page, CAPTURED_AT), sentiment, sentimentCorrection: { label: 'positive', at: CAPTURED_AT } },
        firstSeen(weiboComment({ id: 'weibo:2', text: '太差了' }), page, CAPTURED_AT),
      ],
      trends: [firstSeen(weiboTrend(), page, CAPTURED_AT)],
      authors: [{ id: 'weibo:1669879400', platform: 'weibo', name: 'Dear-迪丽热巴', lastSeenAt: CAPTURED_AT }],
      snapshots: [{ postId: 'weibo:4383183661430868', at: CAPTURED_AT, metrics: { likes: 1 } }],
      rollups: [{ platform: 'weibo', hour: '2024-06-14T12:00:00.000Z', posts: 1, comments: 2, trends: 1 }],
      health: [{ adapter: 'weibo', items: 4, errors: 1, skipped: 0, lastError: 'boom' }],
      batches: [{ batchId: 'tab7-1', at: CAPTURED_AT }],
      corrections: [{ recordId: 'weibo:5045261712492108', kind: 'comment', platform: 'weibo', label: 'positive', at: CAPTURED_AT, text: '才本科吗' }],
      jobs: [job],
    };
    return olderDatabase(name, [SCHEMA_V1, SCHEMA_V2], rows);
  }

  it('keeps every row of every v2 table, unchanged, and starts the watch tables empty', async () => {
    const name = `migrate3-${crypto.randomUUID()}`;
    const before = await v2DatabaseWithRows(name);
    db = await upgradeKeepingEveryRow(name, before, SCHEMA_V2);
    expect(await db.watches.count()).toBe(0);
    expect(await db.flags.count()).toBe(0);
    expect(await db.watchRollups.count()).toBe(0);
  });

  it('leaves old and new indexes answering', async () => {
    const name = `migrate3-${crypto.randomUUID()}`;
    await v2DatabaseWithRows(name);
    db = openDb(name);
    expect(await db.comments.where('postId').equals('weibo:4383183661430868').count()).toBe(2);
    expect(await db.posts.where('seenOn').equals('https://x.com/home').count()).toBe(1);
    expect(await db.batches.where('at').equals(CAPTURED_AT).count()).toBe(1);
    expect(await db.rollups.where('hour').equals('2024-06-14T12:00:00.000Z').count()).toBe(1);
    // Migrated rows match no watch yet; a row given watchIds is found through the new index.
    expect(await db.posts.where('watchIds').equals('w1').count()).toBe(0);
    await db.posts.update('weibo:4383183661430868', { watchIds: ['w1', 'w2'] });
    await db.trends.update(weiboTrend().id, { watchIds: ['w2'] });
    expect(await db.posts.where('watchIds').equals('w2').primaryKeys()).toEqual(['weibo:4383183661430868']);
    expect(await db.trends.where('watchIds').equals('w2').count()).toBe(1);
    await db.flags.put({ id: 'f1', watchId: 'w1' } as never);
    expect(await db.flags.where('watchId').equals('w1').count()).toBe(1);
    await db.watchRollups.put({ watchId: 'w1', hour: '2024-06-14T12:00:00.000Z', mentions: 1, labelled: 1, negative: 1, positive: 0 });
    expect(await db.watchRollups.where('hour').equals('2024-06-14T12:00:00.000Z').count()).toBe(1);
  });
});

/** Rows of tables no upgrade since v3 reads or rewrites (every migration test below must keep them). */
const UNCOUNTED_ROWS: Record<string, unknown[]> = {
    authors: [{ id: 'weibo:1669879400', platform: 'weibo', name: 'Dear-迪丽热巴', lastSeenAt: CAPTURED_AT }],
    snapshots: [{ postId: 'weibo:4383183661430868', at: CAPTURED_AT, metrics: { likes: 1 } }],
    batches: [{ batchId: 'tab7-1', at: CAPTURED_AT }],
    watches: [{ id: 'w1', name: 'Brand' }],
    flags: [{ id: 'f1', watchId: 'w1' }],
};

describe('migration v3 → v4 (upgradeToV4AddSwipeFile)', () => {
  const page = 'https://weibo.com/1669879400/HyTZc60ew';
  async function v3DatabaseWithRows(name: string) {
    const rows: Record<string, unknown[]> = {
      posts: [{ ...firstSeen(weiboPost(), page, CAPTURED_AT), watchIds: ['w1'], historyStarted: true }, firstSeen(xPost(), 'https://x.com/home', CAPTURED_AT)],
      comments: [firstSeen(weiboComment(), page, CAPTURED_AT)],
      trends: [{ ...firstSeen(weiboTrend(), page, CAPTURED_AT), watchIds: ['w1'] }],
      ...UNCOUNTED_ROWS,
      rollups: [{ platform: 'weibo', hour: '2024-06-14T12:00:00.000Z', posts: 1, comments: 1, trends: 1 }],
      health: [{ adapter: 'weibo', items: 4, errors: 0, skipped: 0 }],
      corrections: [{ recordId: 'weibo:5045261712492108', kind: 'comment', platform: 'weibo', label: 'positive', at: CAPTURED_AT, text: '才本科吗' }],
      jobs: [{ id: 'rescore', version: 's1', done: 3, total: 3 }],
      watchRollups: [{ watchId: 'w1', hour: '2024-06-14T12:00:00.000Z', mentions: 2, labelled: 1, negative: 1, positive: 0 }],
    };
    return olderDatabase(name, [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3], rows);
  }

  it('keeps every row of every v3 table, unchanged, and starts the swipe file empty', async () => {
    const name = `migrate4-${crypto.randomUUID()}`;
    const before = await v3DatabaseWithRows(name);
    db = await upgradeKeepingEveryRow(name, before, SCHEMA_V3);
    expect(await db.examples.count()).toBe(0);
    expect(await db.exampleImages.count()).toBe(0);
    expect(await db.posts.where('watchIds').equals('w1').count()).toBe(1);
  });

  it('answers the new example indexes after the upgrade', async () => {
    const name = `migrate4-${crypto.randomUUID()}`;
    await v3DatabaseWithRows(name);
    db = openDb(name);
    await db.examples.put({ id: 'ex:weibo:1', recordId: 'weibo:1', platform: 'weibo', savedAt: CAPTURED_AT, board: 'A / Q4', tags: ['cny', 'video'], searchTerms: ['搬砖', 'brick'] } as never);
    expect(await db.examples.where('tags').equals('video').primaryKeys()).toEqual(['ex:weibo:1']);
    expect(await db.examples.where('searchTerms').equals('搬砖').count()).toBe(1);
    expect(await db.examples.where('board').startsWith('A /').count()).toBe(1);
  });
});

describe('migration v4 → v5 (upgradeToV5CountStatistics)', () => {
  const page = 'https://weibo.com/1669879400/HyTZc60ew';
  const sentiment = { score: -0.6, label: 'negative', confidence: 0.8, aspects: ['service'], version: 's1' };
  async function v4DatabaseWithRows(name: string) {
    const rows: Record<string, unknown[]> = {
      posts: [
        { ...firstSeen(weiboPost(), page, CAPTURED_AT), watchIds: ['w1'], sentiment, historyStarted: true },
        // No publish time: counted (and indexed) at its first capture.
        { ...firstSeen(weiboPost({ id: 'weibo:2', createdAt: undefined, metrics: {} }), page, CAPTURED_AT), sentimentCorrection: { label: 'positive', at: CAPTURED_AT } },
        firstSeen(xPost(), 'https://x.com/home', CAPTURED_AT),
      ],
      comments: [
        { ...firstSeen(weiboComment(), page, CAPTURED_AT), watchIds: ['w1'], sentiment, sentimentCorrection: { label: 'neutral', at: CAPTURED_AT } },
        { ...firstSeen(weiboComment({ id: 'weibo:c2', createdAt: undefined }), page, CAPTURED_AT), sentiment },
        firstSeen(weiboComment({ id: 'weibo:c3', author: { id: 'weibo:3', platform: 'weibo', name: 'c' } }), page, CAPTURED_AT),
      ],
      trends: [{ ...firstSeen(weiboTrend(), page, CAPTURED_AT), watchIds: ['w1'] }],
      ...UNCOUNTED_ROWS,
      rollups: [{ platform: 'weibo', hour: '2024-06-14T12:00:00.000Z', posts: 2, comments: 3, trends: 1 }],
      health: [{ adapter: 'weibo', items: 7, errors: 0, skipped: 0 }],
      corrections: [{ recordId: 'weibo:5045261712492108', kind: 'comment', platform: 'weibo', label: 'neutral', at: CAPTURED_AT, text: '才本科吗' }],
      jobs: [{ id: 'rescore', version: 's1', done: 6, total: 6 }],
      watchRollups: [{ watchId: 'w1', hour: '2024-06-14T12:00:00.000Z', mentions: 2, labelled: 2, negative: 1, positive: 0 }],
      examples: [{ id: 'ex:weibo:1', recordId: 'weibo:1', platform: 'weibo', savedAt: CAPTURED_AT, board: 'A', tags: ['cny'], searchTerms: ['砖'] }],
      exampleImages: [{ exampleId: 'ex:weibo:1', bytes: 'AAAA' }],
    };
    return olderDatabase(name, [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4], rows);
  }

  it('keeps every row of every v4 table and gives each post its postedAt (publish time, else first capture)', async () => {
    const name = `migrate5-${crypto.randomUUID()}`;
    const before = await v4DatabaseWithRows(name);
    db = await upgradeKeepingEveryRow(name, before, SCHEMA_V4);
    expect((await db.posts.get('weibo:4383183661430868'))!.postedAt).toBe('2019-06-14T04:02:11.000Z');
    expect((await db.posts.get('weibo:2'))!.postedAt).toBe(CAPTURED_AT);
    expect(await db.posts.where('postedAt').between('2019-01-01', '2020-01-01').primaryKeys()).toEqual(['weibo:4383183661430868']);
    expect(await db.posts.where('postedAt').aboveOrEqual('2023-01-01').primaryKeys()).toEqual(['x:1682059498417917952', 'weibo:2']);
  });

  it('counts every existing post and comment into stats, equal to a recount', async () => {
    const name = `migrate5-${crypto.randomUUID()}`;
    await v4DatabaseWithRows(name);
    db = openDb(name);
    const rows = await expectStatsMatchRecount(db);
    expect(rows.length).toBeGreaterThan(0);
    expect(await db.stats.get([EVERYTHING, ALL_TIME, 'weibo'])).toMatchObject({
      posts: 2, comments: 3, engagedPosts: 1, negative: 2, neutral: 1, positive: 1, places: { 河北: 2 },
    });
    expect(await db.stats.get(['w1', ALL_TIME, 'weibo'])).toMatchObject({ posts: 1, comments: 1, negative: 1, neutral: 1 });
    expect(await db.stats.get([EVERYTHING, ALL_TIME, 'x'])).toMatchObject({ posts: 1, rateByViewsPosts: 1 });
  });
});
