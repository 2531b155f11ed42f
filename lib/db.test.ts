import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, SCHEMA_V1, SCHEMA_V2, type EarshotDb } from './db';
import { firstSeen } from './merge';
import { CAPTURED_AT, weiboComment, weiboPost, weiboTrend, xPost } from './test-records';

let db: EarshotDb | undefined;
afterEach(() => db?.close());

describe('Dexie schema', () => {
  it('opens at v2 with every table, key and index', async () => {
    db = openDb(`schema-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(SCHEMA_V2).sort());
    const schema = (name: string) => db!.table(name).schema;
    expect(schema('posts').primKey.keyPath).toBe('id');
    expect(Object.keys(schema('posts').idxByName)).toEqual(['seenOn']);
    expect(schema('posts').idxByName['seenOn'].multi).toBe(true);
    // v2 adds no index on the tables every ingest writes.
    expect(Object.keys(schema('comments').idxByName)).toEqual(['postId', 'seenOn']);
    expect(schema('snapshots').primKey.keyPath).toEqual(['postId', 'at']);
    expect(schema('rollups').primKey.keyPath).toEqual(['platform', 'hour']);
    expect(schema('batches').idxByName['at']).toBeDefined();
    expect(schema('corrections').primKey.keyPath).toBe('recordId');
    expect(schema('jobs').primKey.keyPath).toBe('id');
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
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
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
    for (const [table, tableRows] of Object.entries(rows)) await v1.table(table).bulkPut(tableRows);
    v1.close();
    return rows;
  }

  it('keeps every row of every v1 table, unchanged', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const before = await v1DatabaseWithRows(name);
    db = openDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    for (const [table, rows] of Object.entries(before)) {
      expect(await db.table(table).toArray(), table).toEqual(expect.arrayContaining(rows));
      expect(await db.table(table).count(), table).toBe(rows.length);
    }
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
