import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type EarshotDb } from '../db';
import { ingestBatch } from '../ingest';
import type { CapturedRecord } from '../model';
import { ALL_TIME } from '../analytics/stats-types';
import { fakeAnalyzer } from '../test-analyzer';
import { expectStatsMatchRecount } from '../stats-store.test-helper';
import { captureMessage, weiboComment, weiboPost, weiboTrend, xPost } from '../test-records';
import { ensureBackfill, resumeBackfills, runBackfill } from './backfill';
import { invalidateMatcher } from './matcher-cache';
import { deleteWatch, saveWatch } from './save-watch';
import { lumina, rival } from './test-watches';
import { backfillJobId } from './types';

const T0 = new Date('2024-06-14T12:31:00.000Z');
const T1 = new Date('2024-06-14T14:10:00.000Z');
const SAVED = new Date('2024-06-15T09:00:00.000Z');
const DONE = new Date('2024-06-15T09:00:05.000Z');
const analyzer = fakeAnalyzer('t1');
const noPause = async () => {};
const run = (watchId: string, chunk = 2) => runBackfill(db, watchId, { chunk, pause: noPause, now: () => DONE });
let db: EarshotDb;
let batch = 0;
const ingest = (records: CapturedRecord[], now: Date) => ingestBatch(db, captureMessage({ batchId: `b${++batch}`, records }), now, { analyzer });
const tags = async () => Object.fromEntries(
  [...(await db.posts.toArray()), ...(await db.comments.toArray()), ...(await db.trends.toArray())].map((row) => [row.id, row.watchIds]),
);
const rollups = () => db.watchRollups.toArray();

/** What was captured before any watch existed: 2 posts, 4 comments, 1 trend over two hours. */
async function storedBeforeWatches(): Promise<void> {
  await ingest([
    weiboPost({ text: '光合咖啡 新品 bad' }),
    weiboComment({ id: 'weibo:c1', text: 'Lumina good' }),
    weiboComment({ id: 'weibo:c2', text: '豆星 和 光合咖啡' }),
    weiboTrend({ title: '光合咖啡回应' }),
  ], T0);
  await ingest([
    xPost({ text: 'the Lumina lamp is bright' }),
    weiboComment({ id: 'weibo:c3', text: '光合咖啡 bad bad' }),
    weiboComment({ id: 'weibo:c4', text: 'nothing to see' }),
  ], T1);
}

beforeEach(async () => {
  db = openDb(`backfill-${crypto.randomUUID()}`);
  invalidateMatcher(db);
  await storedBeforeWatches();
});
afterEach(() => db.close());

describe('backfill of a saved watch', () => {
  it('a new watch back-fills over what is already stored: tags, hourly rollups with sentiment, progress', async () => {
    expect(await saveWatch(db, lumina(), SAVED)).toBe(true);
    expect(await db.jobs.get(backfillJobId('w-lumina'))).toEqual({ id: 'backfill:w-lumina', version: expect.any(String), done: 0, total: 7, startedAt: SAVED.toISOString() });
    const progress: number[] = [];
    const job = await runBackfill(db, 'w-lumina', { chunk: 2, pause: noPause, now: () => DONE, onProgress: (row) => progress.push(row.done) });

    expect(job).toMatchObject({ done: 7, total: 7, startedAt: SAVED.toISOString(), finishedAt: DONE.toISOString() });
    expect(await db.jobs.get(backfillJobId('w-lumina'))).toEqual(job);
    // posts (2 rows), comments (4), trends (1), two rows a chunk; an empty read moves to the next table.
    expect(progress).toEqual([2, 2, 4, 6, 6, 7]);
    expect(await tags()).toEqual({
      [weiboPost().id]: ['w-lumina'], 'weibo:c1': ['w-lumina'], 'weibo:c2': ['w-lumina'], 'weibo:c3': ['w-lumina'],
      'weibo:c4': undefined, [xPost().id]: undefined, [weiboTrend().id]: ['w-lumina'],
    });
    // Posts and comments by the hour they were first seen; the hot-list entry is tagged but not a mention.
    expect(await rollups()).toEqual([
      { watchId: 'w-lumina', hour: '2024-06-14T12:00:00.000Z', mentions: 3, labelled: 3, negative: 1, positive: 1 },
      { watchId: 'w-lumina', hour: '2024-06-14T14:00:00.000Z', mentions: 1, labelled: 1, negative: 1, positive: 0 },
    ]);
  });

  it('counts a user correction, not the analyzer, as the sentiment', async () => {
    await db.comments.update('weibo:c1', { sentimentCorrection: { label: 'negative', at: T1.toISOString() } });
    await saveWatch(db, lumina(), SAVED);
    await run('w-lumina');
    expect((await rollups())[0]).toMatchObject({ hour: '2024-06-14T12:00:00.000Z', mentions: 3, negative: 2, positive: 0 });
  });

  it('an edited watch re-tags: rows that no longer match lose only its id, and its rollups are rebuilt', async () => {
    await saveWatch(db, lumina(), SAVED);
    await saveWatch(db, rival({ platforms: [] }), SAVED);
    await run('w-lumina');
    await run('w-rival');
    expect((await tags())['weibo:c2']).toEqual(['w-lumina', 'w-rival']);

    await saveWatch(db, lumina({ terms: ['Lumina'], updatedAt: DONE.toISOString() }), DONE);
    await run('w-lumina');
    const after = await tags();
    expect(after['weibo:c2']).toEqual(['w-rival']);
    expect(after['weibo:c1']).toEqual(['w-lumina']);
    expect(after[weiboPost().id]).toBeUndefined();
    expect(await db.watchRollups.where('[watchId+hour]').between(['w-lumina', ''], ['w-lumina', '\uffff']).toArray()).toEqual([
      { watchId: 'w-lumina', hour: '2024-06-14T12:00:00.000Z', mentions: 1, labelled: 1, negative: 0, positive: 1 },
    ]);
    expect(await db.watchRollups.get(['w-rival', '2024-06-14T12:00:00.000Z'])).toMatchObject({ mentions: 1 });
  });

  it('a rename or a new webhook queues no backfill', async () => {
    await saveWatch(db, lumina(), SAVED);
    const finished = await run('w-lumina');
    expect(await saveWatch(db, lumina({ name: 'Lumina Coffee', webhook: { url: 'https://hooks.example.com/a', format: 'slack' } }), DONE)).toBe(false);
    expect(await db.jobs.get(backfillJobId('w-lumina'))).toEqual(finished);
    expect((await db.watches.get('w-lumina'))!.name).toBe('Lumina Coffee');
  });

  it('resumes after the worker was killed mid-way, counting nothing twice', async () => {
    await saveWatch(db, lumina(), SAVED);
    let chunks = 0;
    const killed = new Error('worker stopped');
    await expect(runBackfill(db, 'w-lumina', { chunk: 2, now: () => DONE, pause: async () => { if (++chunks === 3) throw killed; } })).rejects.toBe(killed);
    const halfway = await db.jobs.get(backfillJobId('w-lumina'));
    expect(halfway).toMatchObject({ done: 4, cursor: { table: 'comments', after: 'weibo:c2' } });
    expect(halfway!.finishedAt).toBeUndefined();

    await resumeBackfills(db, { chunk: 2, pause: noPause, now: () => DONE });
    expect(await db.jobs.get(backfillJobId('w-lumina'))).toMatchObject({ done: 7, total: 7, finishedAt: DONE.toISOString() });
    expect((await rollups()).map((row) => row.mentions)).toEqual([3, 1]);
  });

  it('counts a mention captured while the backfill runs once (ingest counted it)', async () => {
    await saveWatch(db, lumina(), SAVED);
    await ingest([weiboComment({ id: 'weibo:c9', text: 'Lumina bad' })], new Date('2024-06-15T09:00:01.000Z'));
    await run('w-lumina');
    expect(await db.watchRollups.get(['w-lumina', '2024-06-15T09:00:00.000Z'])).toEqual(
      { watchId: 'w-lumina', hour: '2024-06-15T09:00:00.000Z', mentions: 1, labelled: 1, negative: 1, positive: 0 },
    );
  });

  it('a newer save supersedes a running backfill: the old run stops, the new one finishes', async () => {
    await saveWatch(db, lumina(), SAVED);
    const first = ensureBackfill(db, 'w-lumina', { chunk: 2, now: () => DONE, pause: noPause });
    await saveWatch(db, lumina({ terms: ['豆星'] }), DONE);
    const second = ensureBackfill(db, 'w-lumina', { chunk: 2, now: () => DONE, pause: noPause });
    await first;
    expect(await second).toMatchObject({ done: 7, finishedAt: DONE.toISOString(), startedAt: DONE.toISOString() });
    const after = await tags();
    expect(after['weibo:c2']).toEqual(['w-lumina']);
    expect(after['weibo:c1']).toBeUndefined();
    expect((await rollups()).map((row) => row.mentions)).toEqual([1]);
  });

  it('on start, queues a watch whose matching never ran (no job) and leaves finished ones alone', async () => {
    await db.watches.put(rival({ platforms: [] }));
    await resumeBackfills(db, { pause: noPause, now: () => DONE });
    expect(await db.jobs.get(backfillJobId('w-rival'))).toMatchObject({ done: 7, finishedAt: DONE.toISOString() });
    expect((await tags())['weibo:c2']).toEqual(['w-rival']);
    const job = await db.jobs.get(backfillJobId('w-rival'));
    await resumeBackfills(db, { pause: noPause, now: () => new Date() });
    expect(await db.jobs.get(backfillJobId('w-rival'))).toEqual(job);
  });
});

describe('deleting a watch', () => {
  it('drops the watch, its flags and rollups at once, then removes its id from every tagged row', async () => {
    await saveWatch(db, lumina(), SAVED);
    await saveWatch(db, rival({ platforms: [] }), SAVED);
    await run('w-lumina');
    await run('w-rival');
    await db.flags.bulkPut([{ id: 'f1', watchId: 'w-lumina' } as never, { id: 'f2', watchId: 'w-rival' } as never]);

    await deleteWatch(db, 'w-lumina', DONE);
    expect(await db.watches.get('w-lumina')).toBeUndefined();
    expect(await db.flags.toCollection().primaryKeys()).toEqual(['f2']);
    expect((await rollups()).every((row) => row.watchId === 'w-rival')).toBe(true);
    expect(await db.jobs.get(backfillJobId('w-lumina'))).toMatchObject({ version: 'deleted', done: 0, total: 5 });

    let chunks = 0;
    await expect(runBackfill(db, 'w-lumina', { chunk: 1, now: () => DONE, pause: async () => { if (++chunks === 2) throw new Error('killed'); } })).rejects.toThrow('killed');
    await resumeBackfills(db, { chunk: 1, pause: noPause, now: () => DONE });
    const after = await tags();
    expect(after['weibo:c2']).toEqual(['w-rival']);
    expect(Object.values(after).flat().filter((id) => id === 'w-lumina')).toEqual([]);
    expect(await db.posts.where('watchIds').equals('w-lumina').count()).toBe(0);
    // A finished removal leaves no job behind.
    expect(await db.jobs.get(backfillJobId('w-lumina'))).toBeUndefined();
  });
});

describe('backfill and removal keep the stats', () => {
  const watchTotals = async (watchId: string) => {
    const rows = await db.stats.where('[scope+hour+platform]').between([watchId, ALL_TIME, ''], [watchId, ALL_TIME, '\uffff']).toArray();
    return rows.map(({ platform, posts, comments }) => ({ platform, posts, comments }));
  };

  it('a back-filled watch gets its scope counted; an edit moves rows out of it; a resumed run counts once', async () => {
    await saveWatch(db, lumina(), SAVED);
    let chunks = 0;
    await expect(runBackfill(db, 'w-lumina', { chunk: 2, now: () => DONE, pause: async () => { if (++chunks === 3) throw new Error('killed'); } })).rejects.toThrow('killed');
    await ingest([weiboComment({ id: 'weibo:c9', text: 'Lumina bad' })], new Date('2024-06-15T09:00:01.000Z'));
    await resumeBackfills(db, { chunk: 2, pause: noPause, now: () => DONE });
    expect(await watchTotals('w-lumina')).toEqual([{ platform: 'weibo', posts: 1, comments: 4 }]);
    await expectStatsMatchRecount(db);

    await saveWatch(db, lumina({ terms: ['Lumina'], updatedAt: DONE.toISOString() }), DONE);
    await run('w-lumina');
    expect(await watchTotals('w-lumina')).toEqual([{ platform: 'weibo', posts: 0, comments: 2 }]);
    await expectStatsMatchRecount(db);
  });

  it('removing a deleted watch takes its scope away row by row until none is left', async () => {
    await saveWatch(db, lumina(), SAVED);
    await saveWatch(db, rival({ platforms: [] }), SAVED);
    await run('w-lumina');
    await run('w-rival');
    expect(await watchTotals('w-rival')).toEqual([{ platform: 'weibo', posts: 0, comments: 1 }]);
    await deleteWatch(db, 'w-lumina', DONE);
    await runBackfill(db, 'w-lumina', { chunk: 1, pause: noPause, now: () => DONE });
    expect(await watchTotals('w-lumina')).toEqual([]);
    expect(await db.stats.where('[scope+hour+platform]').between(['w-lumina', ''], ['w-lumina', '\uffff']).count()).toBe(0);
    expect(await watchTotals('w-rival')).toEqual([{ platform: 'weibo', posts: 0, comments: 1 }]);
    await expectStatsMatchRecount(db);
  });
});
