import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type EarshotDb } from './db';
import type { CapturedRecord } from './model';
import { ingestBatch } from './ingest';
import { fakeAnalyzer } from './test-analyzer';
import { captureMessage, weiboComment, weiboPost, weiboTrend, xPost } from './test-records';
import { invalidateMatcher } from './watch/matcher-cache';
import { lumina, rival } from './watch/test-watches';

const T0 = new Date('2024-06-14T12:31:00.000Z');
const T1 = new Date('2024-06-14T13:05:00.000Z');
const analyzer = fakeAnalyzer('t1');
let db: EarshotDb;
let batch = 0;
const ingest = (records: CapturedRecord[], now = T0) =>
  ingestBatch(db, captureMessage({ batchId: `b${++batch}`, records }), now, { analyzer });

beforeEach(async () => {
  db = openDb(`ingest-watches-${crypto.randomUUID()}`);
  await db.watches.bulkPut([lumina(), rival()]);
  invalidateMatcher(db);
});
afterEach(() => db.close());

describe('ingestBatch tags watch mentions', () => {
  it('stores the ids of the watches a new post, comment or hot-list entry mentions, and no field when none', async () => {
    await ingest([
      weiboPost({ text: '光合咖啡的新品太难喝了' }),
      weiboComment({ text: '豆星和Lumina都不行' }),
      weiboComment({ id: 'weibo:plain', text: '今天天气不错' }),
      weiboTrend({ title: '豆星咖啡致歉' }),
      xPost({ title: 'Lumina lamp review', text: 'bright' }),
    ]);
    expect((await db.posts.get(weiboPost().id))!.watchIds).toEqual(['w-lumina']);
    expect((await db.comments.get(weiboComment().id))!.watchIds).toEqual(['w-lumina', 'w-rival']);
    expect(await db.comments.get('weibo:plain')).not.toHaveProperty('watchIds');
    expect((await db.trends.get(weiboTrend().id))!.watchIds).toEqual(['w-rival']);
    // Excluded ("Lumina lamp"), so no field at all.
    expect(await db.posts.get(xPost().id)).not.toHaveProperty('watchIds');
    expect(await db.comments.where('watchIds').equals('w-rival').primaryKeys()).toEqual([weiboComment().id]);
  });

  it('re-matches a row whose text changed: adds and removes the field', async () => {
    await ingest([weiboComment({ text: '光合咖啡' , source: 'dom' })]);
    expect((await db.comments.get(weiboComment().id))!.watchIds).toEqual(['w-lumina']);
    await ingest([weiboComment({ text: '一杯美式', source: 'api' })]);
    expect(await db.comments.get(weiboComment().id)).not.toHaveProperty('watchIds');
    await ingest([weiboComment({ text: '一杯美式，豆星的', source: 'api', capturedAt: T1.toISOString() })]);
    expect((await db.comments.get(weiboComment().id))!.watchIds).toEqual(['w-rival']);
  });

  it('counts newly captured mentions per watch per hour with their sentiment; a record seen again counts once', async () => {
    await ingest([
      weiboPost({ text: '光合咖啡 bad' }),
      weiboComment({ id: 'weibo:c1', text: '光合咖啡 good' }),
      weiboComment({ id: 'weibo:c2', text: '光合咖啡 豆星' }),
      weiboTrend({ title: '光合咖啡' }),
    ]);
    await ingest([weiboComment({ id: 'weibo:c1', text: '光合咖啡 good' }), weiboComment({ id: 'weibo:c3', text: 'Lumina bad' })]);
    await ingest([weiboComment({ id: 'weibo:c4', text: 'lumina good' })], T1);
    expect(await db.watchRollups.toArray()).toEqual([
      { watchId: 'w-lumina', hour: '2024-06-14T12:00:00.000Z', mentions: 4, labelled: 4, negative: 2, positive: 1 },
      { watchId: 'w-lumina', hour: '2024-06-14T13:00:00.000Z', mentions: 1, labelled: 1, negative: 0, positive: 1 },
      { watchId: 'w-rival', hour: '2024-06-14T12:00:00.000Z', mentions: 1, labelled: 1, negative: 0, positive: 0 },
    ]);
  });

  it('keeps the tags of a row seen again unchanged, without matching it again', async () => {
    await ingest([weiboComment({ text: '光合咖啡' })]);
    await db.watches.clear();
    await db.watches.put(rival({ terms: ['咖啡'] }));
    invalidateMatcher(db);
    await ingest([weiboComment({ text: '光合咖啡' })]);
    // The backfill of the changed watches re-tags stored rows; ingest leaves unchanged ones alone.
    expect((await db.comments.get(weiboComment().id))!.watchIds).toEqual(['w-lumina']);
  });

  it('reads the watches once per worker, and with no watch writes no watch rollup and no tag', async () => {
    await db.watches.clear();
    invalidateMatcher(db);
    const read = vi.spyOn(db.watches, 'toArray');
    await ingest([weiboPost({ text: '光合咖啡' })]);
    await ingest([weiboComment({ text: 'Lumina' })]);
    expect(read).toHaveBeenCalledTimes(1);
    expect(await db.posts.get(weiboPost().id)).not.toHaveProperty('watchIds');
    expect(await db.watchRollups.count()).toBe(0);
  });

  it('picks up a saved watch on the next batch after invalidation', async () => {
    await db.watches.clear();
    invalidateMatcher(db);
    await ingest([weiboComment({ id: 'weibo:before', text: 'Lumina' })]);
    await db.watches.put(lumina());
    invalidateMatcher(db);
    await ingest([weiboComment({ id: 'weibo:after', text: 'Lumina' })]);
    expect(await db.comments.get('weibo:before')).not.toHaveProperty('watchIds');
    expect((await db.comments.get('weibo:after'))!.watchIds).toEqual(['w-lumina']);
  });
});
