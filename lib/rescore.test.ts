import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type EarshotDb, type StoredComment } from './db';
import { ingestBatch } from './ingest';
import { firstSeen } from './merge';
import { ensureRescored, rescoreAll, RESCORE_JOB_ID } from './rescore';
import { ALL_TIME, EVERYTHING } from './analytics/stats-types';
import { setCorrection } from './corrections';
import type { Analyzer } from './score-sentiment';
import { fakeAnalyzer } from './test-analyzer';
import { expectStatsMatchRecount } from './stats-store.test-helper';
import { captureMessage, CAPTURED_AT, weiboComment, weiboPost } from './test-records';

const PAGE = 'https://weibo.com/1669879400/HyTZc60ew';
const NOW = new Date('2024-06-15T08:00:00.000Z');
const now = () => NOW;
const noPause = async () => {};

let db: EarshotDb;
beforeEach(() => {
  db = openDb(`rescore-${crypto.randomUUID()}`);
});
afterEach(() => db.close());

/** `count` comments and 2 posts, stored as an older analyzer ('v1') scored them. */
async function storedByV1(count: number): Promise<void> {
  const v1 = fakeAnalyzer('v1', 0.1);
  const comments = Array.from({ length: count }, (_, i) => weiboComment({ id: `weibo:c${String(i).padStart(5, '0')}`, text: i % 2 ? 'good' : 'bad' }));
  const posts = [weiboPost(), weiboPost({ id: 'weibo:p2', text: 'so good' })];
  await ingestBatch(db, captureMessage({ records: [...posts, ...comments] }), NOW, { analyzer: v1 });
}

const versions = async () => [...(await db.posts.toArray()), ...(await db.comments.toArray())].map((row) => row.sentiment?.version);

describe('rescoreAll', () => {
  it('brings every post and comment to the new version in chunks, with progress, and touches no correction', async () => {
    await storedByV1(10);
    const correction = { label: 'positive' as const, at: CAPTURED_AT };
    await db.comments.update('weibo:c00000', { sentimentCorrection: correction });
    await db.corrections.put({ recordId: 'weibo:c00000', kind: 'comment', platform: 'weibo', label: 'positive', at: CAPTURED_AT, text: 'bad' });
    const progress: number[] = [];

    const job = await rescoreAll(db, fakeAnalyzer('v2', 0.9), { chunk: 3, pause: noPause, now, onProgress: (row) => progress.push(row.done) });

    expect(job).toEqual({ id: RESCORE_JOB_ID, version: 'v2', done: 12, total: 12, startedAt: NOW.toISOString(), finishedAt: NOW.toISOString() });
    expect(await db.jobs.get(RESCORE_JOB_ID)).toEqual(job);
    expect(progress).toEqual([2, 5, 8, 11, 12]);
    expect(new Set(await versions())).toEqual(new Set(['v2']));
    const corrected = await db.comments.get('weibo:c00000');
    expect(corrected!.sentiment).toMatchObject({ label: 'negative', score: -0.9, version: 'v2' });
    expect(corrected!.sentimentCorrection).toEqual(correction);
    expect(await db.corrections.get('weibo:c00000')).toMatchObject({ label: 'positive', text: 'bad' });
  });

  it('resumes after the worker was killed mid-run, scoring only the rows still on the old version', async () => {
    await storedByV1(10);
    let chunks = 0;
    const killed = new Error('worker stopped');
    const first = fakeAnalyzer('v2');
    await expect(rescoreAll(db, first, { chunk: 4, now, pause: async () => { if (++chunks === 2) throw killed; } })).rejects.toBe(killed);
    const halfway = await db.jobs.get(RESCORE_JOB_ID);
    expect(halfway).toMatchObject({ version: 'v2', done: 6, total: 12, cursor: { table: 'comments', after: 'weibo:c00003' } });
    expect(halfway!.finishedAt).toBeUndefined();
    expect((await versions()).filter((v) => v === 'v2')).toHaveLength(6);

    const second = fakeAnalyzer('v2');
    const job = await rescoreAll(db, second, { chunk: 4, pause: noPause, now });
    expect(second.texts).toHaveLength(6);
    expect(job).toMatchObject({ done: 12, total: 12, finishedAt: NOW.toISOString() });
    expect(new Set(await versions())).toEqual(new Set(['v2']));
  });

  it('does nothing when the current version already finished, and starts over on the next version', async () => {
    await storedByV1(3);
    await rescoreAll(db, fakeAnalyzer('v2'), { pause: noPause, now });
    const again = fakeAnalyzer('v2');
    await rescoreAll(db, again, { pause: noPause, now });
    expect(again.texts).toHaveLength(0);
    const next = fakeAnalyzer('v3');
    const job = await rescoreAll(db, next, { pause: noPause, now });
    expect(next.texts).toHaveLength(5);
    expect(job).toMatchObject({ version: 'v3', done: 5, total: 5 });
  });

  it('skips rows that ingest already scored with the new version while the run was going', async () => {
    await storedByV1(6);
    const v2 = fakeAnalyzer('v2');
    let batch = 0;
    const ingestBetweenChunks = async () => {
      batch++;
      await ingestBatch(db, captureMessage({ batchId: `live-${batch}`, records: [weiboComment({ id: `weibo:live${batch}`, text: 'good' })] }), NOW, { analyzer: v2 });
    };
    const job = await rescoreAll(db, v2, { chunk: 2, pause: ingestBetweenChunks, now });
    expect(new Set(await versions())).toEqual(new Set(['v2']));
    // Scored once each: the 8 old rows by the run, the live ones at ingest (the run skipped them).
    expect(v2.texts).toHaveLength(8 + batch);
    expect(job.done).toBeGreaterThanOrEqual(8);
    expect(job.total).toBe(job.done);
  });

  it('scores rows a v1 database held without any sentiment (the upgrade queued them)', async () => {
    await db.comments.bulkPut([firstSeen(weiboComment({ text: 'bad' }), PAGE, CAPTURED_AT) as StoredComment]);
    await db.jobs.put({ id: RESCORE_JOB_ID, version: '', done: 0, total: 1 });
    await rescoreAll(db, fakeAnalyzer('v2'), { pause: noPause, now });
    expect((await db.comments.get(weiboComment().id))!.sentiment).toMatchObject({ label: 'negative', version: 'v2' });
  });

  it('ensureRescored runs once even when asked twice at the same time', async () => {
    await storedByV1(4);
    const v2 = fakeAnalyzer('v2');
    const [a, b] = await Promise.all([ensureRescored(db, v2, { pause: noPause, now }), ensureRescored(db, v2, { pause: noPause, now })]);
    expect(a).toEqual(b);
    expect(v2.texts).toHaveLength(6);
  });

  it('speed under fake-indexeddb with the real analyzer (reported, not asserted)', async () => {
    const n = 5000;
    const comments = Array.from({ length: n }, (_, i) => firstSeen(weiboComment({ id: `weibo:s${i}`, text: `第${i}条：客服态度太差了，物流也慢，but the price is good` }), PAGE, CAPTURED_AT) as StoredComment);
    await db.comments.bulkPut(comments);
    const { CURRENT_ANALYZER } = await import('./score-sentiment');
    const started = performance.now();
    const job = await rescoreAll(db, CURRENT_ANALYZER, { pause: noPause });
    const seconds = (performance.now() - started) / 1000;
    console.info(`[rescore] ${job.done} rows in ${seconds.toFixed(2)} s = ${Math.round(job.done / seconds)} rows/s (fake-indexeddb, real analyzer, chunk 500)`);
    expect(job.done).toBe(n);
  }, 60_000);
});

describe('rescoring keeps the stats', () => {
  it('moves each relabelled row between sentiment counts; a corrected row stays as corrected', async () => {
    await storedByV1(8);
    await setCorrection(db, 'weibo:c00001', 'neutral', NOW);
    const before = await db.stats.get([EVERYTHING, ALL_TIME, 'weibo']);
    // Says the opposite of v1 ("bad" reads as positive), so every uncorrected label changes.
    const v1 = fakeAnalyzer('v2');
    const opposite: Analyzer = { version: 'v2', analyze: (text) => v1.analyze(/bad/.test(text) ? 'good' : /good|好/.test(text) ? 'bad' : text) };
    await rescoreAll(db, opposite, { chunk: 3, pause: noPause, now });
    const after = await db.stats.get([EVERYTHING, ALL_TIME, 'weibo']);
    expect(before).toMatchObject({ positive: 5, negative: 4, neutral: 1 });
    expect(after).toMatchObject({ positive: 4, negative: 5, neutral: 1 });
    await expectStatsMatchRecount(db);
  });
});
