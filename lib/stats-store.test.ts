import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALL_TIME, EVERYTHING } from './analytics/stats-types';
import { openDb, type EarshotDb, type StoredComment, type StoredPost } from './db';
import { firstSeen } from './merge';
import { applyStatsChanges, rebuildStats } from './stats-store';
import { weiboComment, weiboPost, xPost } from './test-records';
import { expectStatsMatchRecount } from './stats-store.test-helper';

const AT = '2026-11-26T05:10:00.000Z';
const post = (overrides: Partial<StoredPost> = {}): StoredPost => ({ ...firstSeen(weiboPost(), 'https://weibo.com/p', AT), ...overrides });
const comment = (overrides: Partial<StoredComment> = {}): StoredComment => ({ ...firstSeen(weiboComment(), 'https://weibo.com/p', AT), ...overrides });
const allTime = (db: EarshotDb, platform: 'weibo' | 'x' = 'weibo', scope = EVERYTHING) => db.stats.get([scope, ALL_TIME, platform]);

let db: EarshotDb;
beforeEach(() => {
  db = openDb(`stats-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

/** Writes rows the way every writer does: the records and their stats change in one transaction. */
async function write(changes: { before?: StoredPost | StoredComment; after?: StoredPost | StoredComment }[]) {
  await db.transaction('rw', [db.posts, db.comments, db.stats], async () => {
    for (const { before, after } of changes) {
      const table = (after ?? before)!.kind === 'post' ? db.posts : db.comments;
      if (after) await (table as typeof db.posts).put(after as StoredPost);
      else await table.delete(before!.id);
    }
    await applyStatsChanges(db, changes);
  });
}

describe('applyStatsChanges', () => {
  it('adds new rows to the stored counts and keeps them equal to a recount', async () => {
    await write([{ after: post() }, { after: comment() }]);
    await write([{ after: comment({ id: 'weibo:2', watchIds: ['w1'] }) }]);
    expect(await allTime(db)).toMatchObject({ posts: 1, comments: 2, places: { 河北: 2 } });
    expect(await allTime(db, 'weibo', 'w1')).toMatchObject({ posts: 0, comments: 1 });
    await expectStatsMatchRecount(db);
  });

  it('deletes a row whose posts and comments fall to 0, and leaves no float dust on the rate sums', async () => {
    const x = firstSeen(xPost(), 'https://x.com/home', AT) as StoredPost;
    await write([{ after: x }, { after: post() }]);
    expect((await allTime(db, 'x'))!.rateByViewsSum).toBeGreaterThan(0);
    const rescaled = { ...x, metrics: { ...x.metrics, views: 3 } };
    await write([{ before: x, after: rescaled }]);
    await write([{ before: rescaled, after: { ...rescaled, metrics: { ...rescaled.metrics, views: undefined } } }]);
    expect(await allTime(db, 'x')).toMatchObject({ posts: 1, rateByViewsPosts: 0, rateByViewsSum: 0 });
    await write([{ before: { ...rescaled, metrics: { ...rescaled.metrics, views: undefined } } }]);
    expect(await allTime(db, 'x')).toBeUndefined();
    expect((await db.stats.toArray()).filter((row) => row.platform === 'x')).toEqual([]);
    expect(await allTime(db)).toMatchObject({ posts: 1 });
    await expectStatsMatchRecount(db);
  });

  it('writes nothing when no counted field changed', async () => {
    await write([{ after: post() }]);
    const before = await db.stats.toArray();
    await write([{ before: post(), after: post({ lastSeenAt: '2026-12-01T00:00:00.000Z' }) }]);
    expect(await db.stats.toArray()).toEqual(before);
  });
});

describe('rebuildStats', () => {
  it('recounts from every post and comment, replacing whatever was there', async () => {
    await db.posts.bulkPut([post(), post({ id: 'weibo:p2', createdAt: undefined, watchIds: ['w1'] })]);
    await db.comments.bulkPut([comment({ sentiment: { score: -0.5, label: 'negative', confidence: 1, aspects: [], version: 's1' } })]);
    await db.stats.put({ scope: 'stale', hour: ALL_TIME, platform: 'x', posts: 9, comments: 9 } as never);
    await rebuildStats(db);
    expect(await db.stats.get(['stale', ALL_TIME, 'x'])).toBeUndefined();
    expect(await allTime(db)).toMatchObject({ posts: 2, comments: 1, engagedPosts: 2, negative: 1, places: { 河北: 1 } });
    expect(await allTime(db, 'weibo', 'w1')).toMatchObject({ posts: 1, comments: 0 });
    expect(await db.stats.get([EVERYTHING, '2026-11-26T05:00:00.000Z', 'weibo'])).toMatchObject({ posts: 1 });
    expect(await db.stats.count()).toBe(2 + 2 + 1 + 2 - 1);
  });
});

describe('rebuildStats inside a caller\'s transaction', () => {
  it('recounts with the transaction it is given', async () => {
    await db.posts.put(post());
    await db.transaction('rw', [db.posts, db.comments, db.stats], (tx) => rebuildStats(tx));
    expect(await allTime(db)).toMatchObject({ posts: 1 });
  });
});
