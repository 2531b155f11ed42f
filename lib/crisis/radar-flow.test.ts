// The radar through the real pipeline: ingest (matching, sentiment, rollups) → gather → the level rules
// → the stored flag. Only the clock is played.
import { afterEach, describe, expect, it } from 'vitest';
import { ingestBatch } from '../ingest';
import type { Comment, Post } from '../model';
import { captureMessage, weiboComment, weiboPost } from '../test-records';
import { saveWatch } from '../watch/save-watch';
import { gatherWindow } from './gather';
import { evaluateWindow, nextFlag } from './levels';
import type { RadarDb } from './radar-db';
import { runRadar } from './run-radar';
import { openRadarTestDb } from './test-radar-db';
import { testWatch } from './test-flags';

const NOW = new Date('2026-11-26T12:40:00.000Z');
const HOUR = 3600_000;
let db: RadarDb;
afterEach(() => db?.close());

const rules = { evaluateWindow, nextFlag };
let batch = 0;

function posts(prefix: string, count: number, text: (i: number) => string): Post[] {
  return Array.from({ length: count }, (_, i) => weiboPost({
    id: `weibo:${prefix}-${i}`, text: text(i), url: `https://weibo.com/1/${prefix}-${i}`,
    author: { id: `weibo:${prefix}-a${i}`, platform: 'weibo', name: `user ${prefix} ${i}`, followers: 300 },
  }));
}

async function ingestAt(at: Date, records: (Post | Comment)[]) {
  await ingestBatch(db, captureMessage({ batchId: `b${++batch}`, records, health: [] }), at);
}

/** A week in which Acme is mentioned twice an hour among 20 other posts, mildly. */
async function ordinaryWeek(): Promise<void> {
  for (let hour = 7 * 24; hour >= 1; hour--) {
    const at = new Date(NOW.getTime() - hour * HOUR);
    await ingestAt(at, [
      ...posts(`base${hour}`, 2, (i) => `今天去了 Acme 门店 第${i}次，买了咖啡`),
      ...posts(`other${hour}`, 20, (i) => `周末爬山 ${hour}-${i}`),
    ]);
  }
}

describe('radar over ingested captures', () => {
  it('raises a flag when talk about the watch turns sharply negative, with the negative share as a reason', async () => {
    db = openRadarTestDb();
    await saveWatch(db, testWatch({ terms: ['Acme'] }), new Date(NOW.getTime() - 8 * 24 * HOUR));
    await ordinaryWeek();
    const complaints = [
      '质量太差了，退款半个月没人理，必须投诉', '垃圾产品，客服态度恶劣，再也不买了', '吃出异物，恶心，已经打12315投诉',
      '虚假宣传，骗子商家，要求退款', '太失望了，产品坏了还不给换，维权', '服务差到极点，愤怒，差评', '黑猫投诉走起，退款无门',
    ];
    await ingestAt(new Date(NOW.getTime() - 20 * 60_000), [
      ...posts('angry', 28, (i) => `Acme ${complaints[i % complaints.length]}（第${i}位顾客）`),
      ...posts('otherNow', 20, (i) => `今天天气不错 ${i}`),
    ]);

    const window = await gatherWindow(db, testWatch(), NOW);
    expect(window.buckets.at(-1)).toMatchObject({ mentions: 28, captured: 48 });
    expect(window.items).toHaveLength(28);
    expect(window.items.filter((item) => item.label === 'negative').length).toBeGreaterThanOrEqual(20);

    const changes = await runRadar(db, NOW, rules);
    expect(changes).toHaveLength(1);
    const { flag } = changes[0];
    expect(['yellow', 'orange', 'red']).toContain(flag.level);
    expect(flag.reasons.map((reason) => reason.signal)).toContain('negative_share');
    expect(flag.evidence.length).toBeGreaterThan(0);
    expect(await db.flags.get(flag.id)).toMatchObject({ stage: 'identified', watchId: 'w1' });
  });

  it('raises nothing when the user simply browses twice as much with the same share of mentions', async () => {
    db = openRadarTestDb();
    await saveWatch(db, testWatch({ terms: ['Acme'] }), new Date(NOW.getTime() - 8 * 24 * HOUR));
    await ordinaryWeek();
    await ingestAt(new Date(NOW.getTime() - 20 * 60_000), [
      ...posts('now', 4, (i) => `今天去了 Acme 门店 第${i}次，买了咖啡`),
      ...posts('otherNow', 40, (i) => `周末爬山 now-${i}`),
    ]);
    expect(await runRadar(db, NOW, rules)).toEqual([]);
    expect(await db.flags.count()).toBe(0);
  });
});
