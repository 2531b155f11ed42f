// Ingest keeps the analytics rollup (table `stats`) equal to a recount, and gives every post row postedAt.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALL_TIME, EVERYTHING } from './analytics/stats-types';
import { openDb, type EarshotDb } from './db';
import { ingestBatch } from './ingest';
import type { CapturedRecord } from './model';
import { fakeAnalyzer } from './test-analyzer';
import { captureMessage, weiboComment, weiboPost, weiboTrend, xPost } from './test-records';
import { expectStatsMatchRecount } from './stats-store.test-helper';
import { invalidateMatcher } from './watch/matcher-cache';
import { lumina, rival } from './watch/test-watches';

const T0 = new Date('2024-06-14T12:31:00.000Z');
const T1 = new Date('2024-06-15T08:05:00.000Z');
const analyzer = fakeAnalyzer('t1');
let db: EarshotDb;
let batch = 0;
const ingest = (records: CapturedRecord[], now = T0) => ingestBatch(db, captureMessage({ batchId: `s${++batch}`, records }), now, { analyzer });
const allTime = (scope = EVERYTHING, platform: 'weibo' | 'x' = 'weibo') => db.stats.get([scope, ALL_TIME, platform]);

beforeEach(() => {
  db = openDb(`ingest-stats-${crypto.randomUUID()}`);
});
afterEach(() => db.close());

describe('ingestBatch keeps the stats', () => {
  it('counts new posts and comments in their publish hour, with engagement, sentiment and places', async () => {
    await ingest([weiboPost({ text: 'good' }), weiboComment({ text: 'bad' }), weiboComment({ id: 'weibo:c2', createdAt: undefined }), weiboTrend(), xPost()]);
    expect(await allTime()).toMatchObject({ posts: 1, comments: 2, engagedPosts: 1, engagement: 348872 + 95535 + 240492, positive: 1, negative: 1, neutral: 1, places: { 河北: 2 } });
    expect(await db.stats.get([EVERYTHING, '2019-06-14T04:00:00.000Z', 'weibo'])).toMatchObject({ posts: 1, comments: 0 });
    // The comment without a publish time counts in the hour it was captured.
    expect(await db.stats.get([EVERYTHING, '2024-06-14T12:00:00.000Z', 'weibo'])).toMatchObject({ posts: 0, comments: 2 });
    expect(await allTime(EVERYTHING, 'x')).toMatchObject({ posts: 1, rateByViewsPosts: 1 });
    await expectStatsMatchRecount(db);
  });

  it('merged rows move the counts: new metrics, a publish time that appears later, changed text rescored', async () => {
    await ingest([weiboPost({ text: 'plain', createdAt: undefined, metrics: {} }), weiboComment({ text: 'fine', source: 'dom' })]);
    expect(await allTime()).toMatchObject({ posts: 1, engagedPosts: 0, neutral: 2 });
    await ingest([weiboPost({ text: 'plain' }), weiboComment({ text: 'fine, bad after all', source: 'api', capturedAt: T1.toISOString() })], T1);
    expect(await allTime()).toMatchObject({ posts: 1, comments: 1, engagedPosts: 1, neutral: 1, negative: 1 });
    expect(await db.stats.get([EVERYTHING, '2024-06-14T12:00:00.000Z', 'weibo'])).toMatchObject({ posts: 0, comments: 1 });
    expect(await db.stats.get([EVERYTHING, '2019-06-14T04:00:00.000Z', 'weibo'])).toMatchObject({ posts: 1 });
    // Seen again unchanged: counted once.
    await ingest([weiboPost({ text: 'plain' }), weiboPost({ text: 'plain' }), weiboComment({ text: 'fine, bad after all', source: 'api', capturedAt: T1.toISOString() })], T1);
    expect(await allTime()).toMatchObject({ posts: 1, comments: 1 });
    await expectStatsMatchRecount(db);
  });

  it('counts watch mentions under each watch, also when a text edit adds or removes one', async () => {
    await db.watches.bulkPut([lumina(), rival()]);
    invalidateMatcher(db);
    await ingest([weiboPost({ text: '光合咖啡 good' }), weiboComment({ text: '豆星和Lumina都不行', source: 'dom' })]);
    expect(await allTime('w-lumina')).toMatchObject({ posts: 1, comments: 1 });
    expect(await allTime('w-rival')).toMatchObject({ posts: 0, comments: 1 });
    await ingest([weiboComment({ text: '一杯美式', source: 'api' })]);
    expect(await allTime('w-rival')).toBeUndefined();
    expect(await allTime('w-lumina')).toMatchObject({ posts: 1, comments: 0 });
    await expectStatsMatchRecount(db);
  });

  it('sets postedAt on every post row written, new or merged', async () => {
    await ingest([weiboPost({ createdAt: undefined })]);
    expect((await db.posts.get(weiboPost().id))!.postedAt).toBe(T0.toISOString());
    await ingest([weiboPost()], T1);
    expect((await db.posts.get(weiboPost().id))!.postedAt).toBe('2019-06-14T04:02:11.000Z');
    expect(await db.posts.where('postedAt').below('2020-01-01').primaryKeys()).toEqual([weiboPost().id]);
  });
});
