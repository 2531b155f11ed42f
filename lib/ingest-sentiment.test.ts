import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type EarshotDb } from './db';
import { ingestBatch } from './ingest';
import { ANALYZER_VERSION } from './sentiment';
import { effectiveSentiment } from './sentiment-store';
import { fakeAnalyzer } from './test-analyzer';
import { captureMessage, weiboComment, weiboPost, weiboTrend, xPost } from './test-records';

const T0 = new Date('2024-06-14T12:31:00.000Z');
let db: EarshotDb;
beforeEach(() => {
  db = openDb(`ingest-sentiment-${crypto.randomUUID()}`);
});
afterEach(() => db.close());

describe('ingestBatch scores sentiment', () => {
  it('stores the real analyzer\'s verdict with its version on new posts and comments, without reasons', async () => {
    const angry = weiboComment({ id: 'weibo:9', text: '客服态度太差了，再也不买了' });
    await ingestBatch(db, captureMessage({ records: [weiboPost(), angry, weiboTrend()] }), T0);
    const comment = await db.comments.get('weibo:9');
    expect(comment!.sentiment).toEqual({
      score: expect.any(Number), label: 'negative', confidence: expect.any(Number), aspects: expect.arrayContaining(['service']), version: ANALYZER_VERSION,
    });
    expect(comment!.sentiment!.score).toBeLessThan(0);
    expect((await db.posts.get(weiboPost().id))!.sentiment!.version).toBe(ANALYZER_VERSION);
    expect((await db.trends.get(weiboTrend().id))!.sentiment).toBeUndefined();
  });

  it('reads a post\'s title with its text', async () => {
    const analyzer = fakeAnalyzer('t1');
    await ingestBatch(db, captureMessage({ records: [xPost({ title: 'A bad day', text: 'We shipped the update' })] }), T0, { analyzer });
    expect(analyzer.texts).toEqual(['A bad day\nWe shipped the update']);
    expect((await db.posts.get(xPost().id))!.sentiment!.label).toBe('negative');
  });

  it('does not call the analyzer again for a record seen again unchanged', async () => {
    const analyzer = fakeAnalyzer('t1');
    await ingestBatch(db, captureMessage({ batchId: 'a' }), T0, { analyzer });
    expect(analyzer.texts).toHaveLength(2);
    await ingestBatch(db, captureMessage({ batchId: 'b' }), T0, { analyzer });
    expect(analyzer.texts).toHaveLength(2);
  });

  it('rescores a record whose text changed (the long text arrived)', async () => {
    const analyzer = fakeAnalyzer('t1');
    await ingestBatch(db, captureMessage({ batchId: 'a', records: [weiboComment({ text: '才本科…全文' })] }), T0, { analyzer });
    expect((await db.comments.get(weiboComment().id))!.sentiment!.label).toBe('neutral');
    await ingestBatch(db, captureMessage({ batchId: 'b', records: [weiboComment({ text: '才本科，但是课讲得真好' })] }), T0, { analyzer });
    expect((await db.comments.get(weiboComment().id))!.sentiment!.label).toBe('positive');
  });

  it('rescores a record scored by another analyzer version, and keeps the user\'s correction', async () => {
    await ingestBatch(db, captureMessage({ batchId: 'a' }), T0, { analyzer: fakeAnalyzer('old', 0.1) });
    await db.comments.update(weiboComment().id, { sentimentCorrection: { label: 'negative', at: T0.toISOString() } });
    await ingestBatch(db, captureMessage({ batchId: 'b' }), T0, { analyzer: fakeAnalyzer('new', 0.9) });
    const row = await db.comments.get(weiboComment().id);
    expect(row!.sentiment!.version).toBe('new');
    expect(row!.sentimentCorrection).toEqual({ label: 'negative', at: T0.toISOString() });
    expect(effectiveSentiment(row!)).toMatchObject({ label: 'negative', corrected: true });
  });
});
