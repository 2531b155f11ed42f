import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type EarshotDb } from './db';
import { ingestBatch } from './ingest';
import { readMetricHistory } from './metric-history';
import { captureMessage, weiboComment, weiboPost, weiboTrend, xPost } from './test-records';

const T0 = new Date('2024-06-14T12:31:00.000Z');
const T1 = new Date('2024-06-14T14:05:00.000Z');
const PAGE = 'https://weibo.com/1669879400/HyTZc60ew';
const noWait = { retry: { backoff: () => 0 } };

let db: EarshotDb;
beforeEach(() => {
  db = openDb(`ingest-${crypto.randomUUID()}`);
});
afterEach(() => db.close());

async function dump(): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(entries);
}

describe('ingestBatch: a new batch', () => {
  it('stores records, authors, rollups, health and the batch id; a new post\'s counts live in its row', async () => {
    const result = await ingestBatch(db, captureMessage({ records: [weiboPost(), weiboComment(), weiboTrend()] }), T0);
    expect(result).toEqual({ stored: 3, created: 3, duplicate: false });

    const post = await db.posts.get('weibo:4383183661430868');
    expect(post).toMatchObject({ firstSeenAt: T0.toISOString(), lastSeenAt: T0.toISOString(), seenOn: [PAGE], text: weiboPost().text });
    expect(await db.comments.where('postId').equals('weibo:4383183661430868').count()).toBe(1);
    expect(await db.trends.get('weibo:hot:高考作文题')).toMatchObject({ rank: 1, seenOn: [PAGE] });
    expect((await db.authors.toArray()).map((author) => author.id).sort()).toEqual(['weibo:1669879400', 'weibo:7699018096']);
    expect(await db.authors.get('weibo:7699018096')).toMatchObject({ name: '笙兮97906', location: '河北', lastSeenAt: T0.toISOString() });
    expect(await db.snapshots.count()).toBe(0);
    expect(await readMetricHistory(db, post!)).toEqual([
      { postId: 'weibo:4383183661430868', at: weiboPost().capturedAt, metrics: weiboPost().metrics },
    ]);
    expect(await db.rollups.toArray()).toEqual([{ platform: 'weibo', hour: '2024-06-14T12:00:00.000Z', posts: 1, comments: 1, trends: 1 }]);
    expect(await db.health.get('weibo')).toEqual({ adapter: 'weibo', items: 2, errors: 0, skipped: 0, lastCaptureAt: T0.toISOString() });
    expect(await db.batches.get('tab7-1718368200000-1')).toEqual({ batchId: 'tab7-1718368200000-1', at: T0.toISOString() });
  });

  it('is findable by the page it was seen on', async () => {
    await ingestBatch(db, captureMessage(), T0);
    expect(await db.posts.where('seenOn').equals(PAGE).count()).toBe(1);
  });

  it('takes no snapshot of a post that shows no counts yet', async () => {
    await ingestBatch(db, captureMessage({ records: [weiboPost({ metrics: {}, source: 'dom' })] }), T0);
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('ingestBatch: idempotency', () => {
  it('treats the same batch id twice as a no-op', async () => {
    const message = captureMessage();
    await ingestBatch(db, message, T0);
    const before = await dump();
    expect(await ingestBatch(db, message, T1)).toEqual({ stored: 0, created: 0, duplicate: true });
    expect(await dump()).toEqual(before);
  });

  it('changes nothing but lastSeenAt when the same records come in a new batch', async () => {
    await ingestBatch(db, captureMessage({ health: [] }), T0);
    const before = await dump();
    const result = await ingestBatch(db, captureMessage({ batchId: 'tab7-1718368200000-2', health: [] }), T1);
    expect(result).toEqual({ stored: 2, created: 0, duplicate: false });
    const after = await dump();
    const seenLater = (rows: unknown[]) => rows.map((row) => ({ ...(row as object), lastSeenAt: T1.toISOString() }));
    expect(after.posts).toEqual(seenLater(before.posts));
    expect(after.comments).toEqual(seenLater(before.comments));
    expect(after.authors).toEqual(seenLater(before.authors));
    expect(after.snapshots).toEqual(before.snapshots);
    expect(after.rollups).toEqual(before.rollups);
    expect(after.health).toEqual(before.health);
    expect(after.batches).toHaveLength(2);
  });

  it('merges the same id twice within one batch into one row, one rollup count', async () => {
    const first = weiboPost({ metrics: { likes: 348872 } });
    const again = weiboPost({ capturedAt: '2024-06-14T12:30:05.000Z', metrics: { likes: 348900, comments: 95540 } });
    const result = await ingestBatch(db, captureMessage({ records: [first, again] }), T0);
    expect(result).toEqual({ stored: 1, created: 1, duplicate: false });
    expect((await db.posts.toArray()).map((post) => post.metrics)).toEqual([{ likes: 348900, comments: 95540 }]);
    expect(await db.snapshots.count()).toBe(0);
    expect((await db.rollups.toArray())[0].posts).toBe(1);
  });
});

describe('ingestBatch: merging with stored rows', () => {
  it('keeps the long-text expansion and the newest counts, and never erases a metric', async () => {
    const cut = weiboPost({ text: '今天发布会上的新品真的太惊艳了，尤其是续航和影像…全文', metrics: { likes: 10, comments: 2, shares: 1 } });
    await ingestBatch(db, captureMessage({ records: [cut] }), T0);
    const expanded = weiboPost({
      text: '今天发布会上的新品真的太惊艳了，尤其是续航和影像，我已经下单了。',
      source: 'dom',
      capturedAt: T1.toISOString(),
      metrics: { likes: 25, comments: undefined },
    });
    await ingestBatch(db, captureMessage({ batchId: 'b2', pageUrl: 'https://weibo.com/u/1669879400', records: [expanded] }), T1);
    const post = await db.posts.get(cut.id);
    expect(post).toMatchObject({
      text: expanded.text,
      metrics: { likes: 25, comments: 2, shares: 1 },
      source: 'api',
      firstSeenAt: T0.toISOString(),
      lastSeenAt: T1.toISOString(),
      seenOn: [PAGE, 'https://weibo.com/u/1669879400'],
    });
  });

  it('ignores older counts that arrive late', async () => {
    await ingestBatch(db, captureMessage({ records: [xPost({ capturedAt: T1.toISOString(), metrics: { likes: 200 } })] }), T1);
    await ingestBatch(db, captureMessage({ batchId: 'late', records: [xPost({ metrics: { likes: 150, views: 9000 } })] }), T1);
    expect((await db.posts.get(xPost().id))!.metrics).toEqual({ likes: 200, views: 9000 });
  });

  it('starts the history with the counts before and after the first change, then adds each change', async () => {
    await ingestBatch(db, captureMessage({ records: [xPost()] }), T0);
    await ingestBatch(db, captureMessage({ batchId: 'same-counts', records: [xPost({ capturedAt: '2024-06-14T13:00:00.000Z' })] }), T1);
    expect(await db.snapshots.count()).toBe(0);
    const moved = xPost({ capturedAt: '2024-06-14T14:00:00.000Z', metrics: { ...xPost().metrics, likes: 182500 } });
    await ingestBatch(db, captureMessage({ batchId: 'moved', records: [moved] }), T1);
    const history = async () => (await readMetricHistory(db, (await db.posts.get(xPost().id))!)).map((snapshot) => [snapshot.at, snapshot.metrics.likes]);
    // The counts before the change are dated by their last sighting (13:00), when they were still true.
    expect(await history()).toEqual([
      ['2024-06-14T13:00:00.000Z', 182000],
      ['2024-06-14T14:00:00.000Z', 182500],
    ]);
    const again = xPost({ capturedAt: '2024-06-14T15:00:00.000Z', metrics: { ...xPost().metrics, likes: 183000 } });
    await ingestBatch(db, captureMessage({ batchId: 'moved-again', records: [again] }), T1);
    expect(await history()).toEqual([
      ['2024-06-14T13:00:00.000Z', 182000],
      ['2024-06-14T14:00:00.000Z', 182500],
      ['2024-06-14T15:00:00.000Z', 183000],
    ]);
  });

  it('updates the authors table field-wise', async () => {
    await ingestBatch(db, captureMessage({ records: [weiboComment()] }), T0);
    const seenAgain = weiboComment({ id: 'weibo:5045261712492999', author: { id: 'weibo:7699018096', platform: 'weibo', name: '笙兮97906', followers: 3 } });
    await ingestBatch(db, captureMessage({ batchId: 'b2', records: [seenAgain] }), T1);
    expect(await db.authors.get('weibo:7699018096')).toEqual({
      id: 'weibo:7699018096', platform: 'weibo', name: '笙兮97906', followers: 3, verified: false, location: '河北', lastSeenAt: T1.toISOString(),
    });
  });
});

describe('ingestBatch: rollups and health', () => {
  it('counts only first-seen records, in the hour of ingest', async () => {
    await ingestBatch(db, captureMessage({ records: [weiboPost(), weiboComment()] }), T0);
    await ingestBatch(db, captureMessage({ batchId: 'b2', records: [weiboPost(), weiboComment({ id: 'weibo:5045261712492200' }), xPost()] }), T1);
    const rollups = await db.rollups.orderBy('hour').toArray();
    expect(rollups.map(({ platform, hour, posts, comments }) => [platform, hour, posts, comments])).toEqual([
      ['weibo', '2024-06-14T12:00:00.000Z', 1, 1],
      ['weibo', '2024-06-14T14:00:00.000Z', 0, 1],
      ['x', '2024-06-14T14:00:00.000Z', 1, 0],
    ]);
  });

  it('adds health deltas across batches', async () => {
    await ingestBatch(db, captureMessage(), T0);
    await ingestBatch(db, captureMessage({ batchId: 'b2', records: [], health: [{ adapter: 'weibo', items: 0, errors: 1, skipped: 3, lastError: 'SyntaxError: Unexpected token <' }] }), T1);
    expect(await db.health.get('weibo')).toEqual({
      adapter: 'weibo', items: 2, errors: 1, skipped: 3, lastCaptureAt: T0.toISOString(), lastError: 'SyntaxError: Unexpected token <',
    });
  });
});

describe('ingestBatch: batch memory', () => {
  it('forgets batch ids after 7 days', async () => {
    await ingestBatch(db, captureMessage({ batchId: 'old' }), T0);
    const eightDaysLater = new Date(T0.getTime() + 8 * 24 * 3600_000);
    await ingestBatch(db, captureMessage({ batchId: 'new', records: [] }), eightDaysLater);
    expect((await db.batches.toArray()).map((batch) => batch.batchId)).toEqual(['new']);
  });
});

describe('ingestBatch: failed writes', () => {
  it('retries a transient failure; the aborted attempt leaves no trace', async () => {
    const bulkPut = vi.spyOn(db.posts, 'bulkPut').mockRejectedValueOnce(new Dexie.TransactionInactiveError('suspended'));
    const result = await ingestBatch(db, captureMessage(), T0, noWait);
    expect(result).toEqual({ stored: 2, created: 2, duplicate: false });
    expect(bulkPut).toHaveBeenCalledTimes(2);
    expect(await db.posts.count()).toBe(1);
    expect((await db.rollups.toArray())[0]).toMatchObject({ posts: 1, comments: 1 });
    expect((await db.health.get('weibo'))!.items).toBe(2);
  });

  it('fails with the quota error at once and writes nothing', async () => {
    const bulkPut = vi.spyOn(db.posts, 'bulkPut').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    await expect(ingestBatch(db, captureMessage(), T0, noWait)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(bulkPut).toHaveBeenCalledTimes(1);
    expect(await db.batches.count()).toBe(0);
    expect(await db.comments.count()).toBe(0);
  });
});

describe('ingestBatch: authors seen again', () => {
  it('does not rewrite an unchanged author seen again within the hour, but does after it or on a change', async () => {
    const at = (iso: string) => new Date(iso);
    await ingestBatch(db, captureMessage({ batchId: 'a', records: [weiboComment()] }), at('2024-06-14T12:30:00.000Z'));
    const bulkPut = vi.spyOn(db.authors, 'bulkPut');
    await ingestBatch(db, captureMessage({ batchId: 'b', records: [weiboComment()] }), at('2024-06-14T12:50:00.000Z'));
    expect(bulkPut).toHaveBeenLastCalledWith([]);
    expect((await db.authors.get('weibo:7699018096'))!.lastSeenAt).toBe('2024-06-14T12:30:00.000Z');

    await ingestBatch(db, captureMessage({ batchId: 'c', records: [weiboComment()] }), at('2024-06-14T13:31:00.000Z'));
    expect((await db.authors.get('weibo:7699018096'))!.lastSeenAt).toBe('2024-06-14T13:31:00.000Z');

    const renamed = weiboComment({ author: { ...weiboComment().author, name: '笙兮' } });
    await ingestBatch(db, captureMessage({ batchId: 'd', records: [renamed] }), at('2024-06-14T13:35:00.000Z'));
    expect(await db.authors.get('weibo:7699018096')).toMatchObject({ name: '笙兮', lastSeenAt: '2024-06-14T13:35:00.000Z' });
  });
});
