import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CorrectionRow } from './db';
import { openDb, type EarshotDb } from './db';
import { correctionsToLabelled, exportCorrections, setCorrection } from './corrections';
import { ingestBatch } from './ingest';
import { rescoreAll } from './rescore';
import { effectiveSentiment } from './sentiment-store';
import { ALL_TIME, EVERYTHING } from './analytics/stats-types';
import { fakeAnalyzer } from './test-analyzer';
import { expectStatsMatchRecount } from './stats-store.test-helper';
import { captureMessage, weiboComment, weiboPost, xPost } from './test-records';

const T0 = new Date('2024-06-14T12:31:00.000Z');
const T1 = new Date('2024-06-14T13:00:00.000Z');
let db: EarshotDb;
beforeEach(async () => {
  db = openDb(`corrections-${crypto.randomUUID()}`);
  await ingestBatch(db, captureMessage({ records: [weiboPost(), weiboComment({ text: 'so good' }), xPost({ title: 'Launch', text: 'bad' })] }), T0, { analyzer: fakeAnalyzer('v1') });
});
afterEach(() => db.close());

describe('setCorrection', () => {
  it('puts the correction on the comment and in the log; effectiveSentiment then reads the correction', async () => {
    expect(await setCorrection(db, weiboComment().id, 'negative', T1)).toEqual({ ok: true });
    const row = await db.comments.get(weiboComment().id);
    expect(row!.sentiment!.label).toBe('positive');
    expect(row!.sentimentCorrection).toEqual({ label: 'negative', at: T1.toISOString() });
    expect(effectiveSentiment(row!)).toEqual({ label: 'negative', score: -1, confidence: 1, aspects: [], corrected: true });
    expect(await db.corrections.get(weiboComment().id)).toEqual({
      recordId: weiboComment().id, kind: 'comment', platform: 'weibo', label: 'negative', at: T1.toISOString(), text: 'so good',
    });
  });

  it('finds posts too and logs the title with the text', async () => {
    await setCorrection(db, xPost().id, 'positive', T1);
    expect((await db.posts.get(xPost().id))!.sentimentCorrection!.label).toBe('positive');
    expect((await db.corrections.get(xPost().id))!.text).toBe('Launch\nbad');
  });

  it('null removes the correction from the row and the log', async () => {
    await setCorrection(db, weiboComment().id, 'negative', T1);
    expect(await setCorrection(db, weiboComment().id, null, T1)).toEqual({ ok: true });
    const row = await db.comments.get(weiboComment().id);
    expect(row).not.toHaveProperty('sentimentCorrection');
    expect(effectiveSentiment(row!)!.label).toBe('positive');
    expect(await db.corrections.count()).toBe(0);
  });

  it('refuses an unknown id and writes nothing', async () => {
    expect(await setCorrection(db, 'weibo:nope', 'neutral', T1)).toEqual({ ok: false, error: 'no stored post or comment with id "weibo:nope"' });
    expect(await db.corrections.count()).toBe(0);
  });

  it('survives rescoring and a re-capture of the same comment', async () => {
    await setCorrection(db, weiboComment().id, 'neutral', T1);
    await rescoreAll(db, fakeAnalyzer('v2'), { pause: async () => {} });
    await ingestBatch(db, captureMessage({ batchId: 'again', records: [weiboComment({ text: 'so good', metrics: { likes: 99 } })] }), T1, { analyzer: fakeAnalyzer('v3') });
    const row = await db.comments.get(weiboComment().id);
    expect(row!.sentiment!.version).toBe('v3');
    expect(effectiveSentiment(row!)).toMatchObject({ label: 'neutral', corrected: true });
  });
});

describe('correctionsToLabelled', () => {
  const rows: CorrectionRow[] = [
    { recordId: 'x:2', kind: 'post', platform: 'x', label: 'negative', at: '2024-06-14T13:00:00.000Z', text: '=HYPERLINK("evil"), "quoted"\nsecond line' },
    { recordId: 'weibo:1', kind: 'comment', platform: 'weibo', label: 'positive', at: '2024-06-14T12:00:00.000Z', text: '好评，物流很快' },
  ];

  it('writes NDJSON, oldest correction first, with exactly the labelled-data fields', () => {
    const lines = correctionsToLabelled(rows).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { text: '好评，物流很快', label: 'positive', platform: 'weibo', id: 'weibo:1', correctedAt: '2024-06-14T12:00:00.000Z' },
      { text: rows[0].text, label: 'negative', platform: 'x', id: 'x:2', correctedAt: '2024-06-14T13:00:00.000Z' },
    ]);
  });

  it('writes CSV for a spreadsheet: BOM, quoting, embedded newlines, formula-looking cells kept as text', () => {
    expect(correctionsToLabelled(rows, 'csv')).toBe(
      '\uFEFFtext,label,platform,id,correctedAt\r\n'
      + '好评，物流很快,positive,weibo,weibo:1,2024-06-14T12:00:00.000Z\r\n'
      + '"\'=HYPERLINK(""evil""), ""quoted""\nsecond line",negative,x,x:2,2024-06-14T13:00:00.000Z\r\n',
    );
  });

  it('is empty (CSV: header only) without corrections', () => {
    expect(correctionsToLabelled([])).toBe('');
    expect(correctionsToLabelled([], 'csv')).toBe('\uFEFFtext,label,platform,id,correctedAt\r\n');
  });

  it('exportCorrections reads the log from the database', async () => {
    await setCorrection(db, weiboComment().id, 'negative', T1);
    expect(JSON.parse(await exportCorrections(db))).toMatchObject({ id: weiboComment().id, label: 'negative', text: 'so good' });
  });
});

describe('setCorrection keeps the stats', () => {
  it('moves the row from its analyzer label to the corrected one, and back when the correction is removed', async () => {
    const counts = async () => {
      const row = await db.stats.get([EVERYTHING, ALL_TIME, 'weibo']);
      return { positive: row!.positive, neutral: row!.neutral, negative: row!.negative };
    };
    const before = await counts();
    await setCorrection(db, weiboComment().id, 'negative', T1);
    expect(await counts()).toEqual({ ...before, positive: before.positive - 1, negative: before.negative + 1 });
    await expectStatsMatchRecount(db);
    await setCorrection(db, weiboComment().id, 'neutral', T1);
    expect(await counts()).toEqual({ ...before, positive: before.positive - 1, neutral: before.neutral + 1 });
    await setCorrection(db, weiboComment().id, null, T1);
    expect(await counts()).toEqual(before);
    await setCorrection(db, xPost().id, 'positive', T1);
    expect(await db.stats.get([EVERYTHING, ALL_TIME, 'x'])).toMatchObject({ positive: 1, negative: 0 });
    await expectStatsMatchRecount(db);
  });
});
