import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type EarshotDb, type StoredComment, type StoredPost } from '../../lib/db';
import { rebuildStats } from '../../lib/stats-store';
import { readHealth, readHourly, readOverview, readTabItems } from './queries';

const PAGE = 'https://weibo.com/1234/AbCd';
const seen = (at: string, ...pages: string[]) => ({ firstSeenAt: at, lastSeenAt: at, seenOn: pages });
const author = { id: 'weibo:1', platform: 'weibo' as const, name: '官微' };

function post(id: string, platform: StoredPost['platform'], likes: number, ...pages: string[]): StoredPost {
  return { id, platform, kind: 'post', url: `https://example.com/${id}`, author, text: id, media: 'text',
    metrics: { likes, shares: 1 }, capturedAt: '2026-11-26T05:00:00.000Z', source: 'api', ...seen('2026-11-26T05:00:00.000Z', ...pages) };
}
function comment(id: string, platform: StoredComment['platform'], ...pages: string[]): StoredComment {
  return { id, platform, kind: 'comment', postId: 'weibo:p1', author, text: id, metrics: {},
    capturedAt: '2026-11-26T05:10:00.000Z', source: 'api', ...seen('2026-11-26T05:10:00.000Z', ...pages) };
}

let db: EarshotDb;
beforeEach(async () => {
  db = openDb(`popup-test-${Math.random()}`);
  await db.posts.bulkAdd([
    post('weibo:p1', 'weibo', 100, PAGE),
    post('weibo:p2', 'weibo', 20, 'https://weibo.com/hot'),
    post('x:p3', 'x', 5, 'https://x.com/home', PAGE + '#comment'),
  ]);
  await db.comments.bulkAdd([comment('weibo:c1', 'weibo', PAGE), comment('weibo:c2', 'weibo'), comment('x:c3', 'x')]);
  // As ingest counts them: each record once, in the hour it was first seen.
  await db.rollups.bulkAdd([
    { platform: 'weibo', hour: '2026-11-26T05:00:00.000Z', posts: 2, comments: 2, trends: 0 },
    { platform: 'x', hour: '2026-11-26T05:00:00.000Z', posts: 1, comments: 1, trends: 0 },
  ]);
  // Written here without ingest, so the stats are counted as the v5 upgrade does.
  await rebuildStats(db);
});
afterEach(async () => {
  await db.delete();
});

describe('popup queries', () => {
  it('reads totals with engagement and per-platform counts', async () => {
    const overview = await readOverview(db);
    expect(overview.totals).toEqual({ posts: 3, comments: 3, engagement: 128 });
    expect(overview.platforms).toEqual([
      { platform: 'weibo', posts: 2, comments: 2, total: 4 },
      { platform: 'x', posts: 1, comments: 1, total: 2 },
    ]);
  });

  it('counts engagement by each platform\'s definition from the running totals, reading no post', async () => {
    const xhs = { ...post('xiaohongshu:n1', 'xiaohongshu', 10), metrics: { likes: 10, shares: 7, saves: 5 } };
    const reddit = { ...post('reddit:t3_1', 'reddit', 3), metrics: { likes: 3, comments: 2, shares: 9 } };
    await db.posts.bulkAdd([xhs, reddit]);
    await rebuildStats(db);
    const reads = [vi.spyOn(db.posts, 'toArray'), vi.spyOn(db.posts, 'toCollection'), vi.spyOn(db.posts, 'each')];
    const overview = await readOverview(db);
    // Xiaohongshu counts saves, not shares; Reddit shows no shares.
    expect(overview.totals.engagement).toBe(128 + 15 + 5);
    expect(overview.totals.posts).toBe(5);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
  });

  it('finds the items seen on a tab through the seenOn index, also under a #fragment', async () => {
    const view = await readTabItems(db, PAGE);
    expect(view.items.map((item) => item.id).sort()).toEqual(['weibo:c1', 'weibo:p1']);
    const withFragment = await readTabItems(db, PAGE + '#comment');
    expect(withFragment.items.map((item) => item.id).sort()).toEqual(['weibo:c1', 'weibo:p1', 'x:p3']);
    expect((await readTabItems(db, 'https://weibo.com/other')).total).toBe(0);
  });

  it('reads only the last 24 hours of rollups', async () => {
    const now = Date.parse('2026-11-26T05:30:00Z');
    await db.rollups.bulkPut([
      { platform: 'weibo', hour: '2026-11-26T05:00:00.000Z', posts: 2, comments: 1, trends: 0 },
      { platform: 'x', hour: '2026-11-26T05:00:00.000Z', posts: 1, comments: 0, trends: 0 },
      { platform: 'weibo', hour: '2026-11-24T05:00:00.000Z', posts: 9, comments: 9, trends: 9 },
    ]);
    const buckets = await readHourly(db, now);
    expect(buckets.at(-1)!.total).toBe(4);
    expect(buckets.reduce((sum, bucket) => sum + bucket.total, 0)).toBe(4);
  });

  it('lists adapters most recently active first', async () => {
    await db.health.bulkAdd([
      { adapter: 'x', items: 1, errors: 0, skipped: 0, lastCaptureAt: '2026-11-26T01:00:00.000Z' },
      { adapter: 'generic', items: 0, errors: 1, skipped: 0 },
      { adapter: 'weibo', items: 5, errors: 0, skipped: 2, lastCaptureAt: '2026-11-26T05:00:00.000Z' },
    ]);
    expect((await readHealth(db)).map((row) => row.adapter)).toEqual(['weibo', 'x', 'generic']);
  });
});
