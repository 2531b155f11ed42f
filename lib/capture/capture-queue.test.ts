import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Post } from '../model';
import type { BackgroundReply, CollectorCaptureMessage } from '../messages';
import { CaptureQueue, type CaptureQueueOptions } from './capture-queue';
import { healthDelta } from './health';

const PAGE = 'https://weibo.com/u/1';

function post(n: number): Post {
  return {
    id: `weibo:${n}`, platform: 'weibo', kind: 'post', url: `https://weibo.com/1/${n}`,
    author: { id: 'weibo:1', platform: 'weibo', name: 'a' }, text: `t${n}`, media: 'text',
    metrics: {}, capturedAt: '2024-05-01T00:00:00.000Z', source: 'api',
  };
}
const posts = (from: number, count: number) => Array.from({ length: count }, (_, i) => post(from + i));
const items = (count: number) => healthDelta('weibo', { items: count });

/** A background stand-in: answers each send with the next scripted reply (or leaves it hanging). */
function background(...script: Array<BackgroundReply | Error | 'hang'>) {
  const sent: CollectorCaptureMessage[] = [];
  const send = vi.fn((message: CollectorCaptureMessage): Promise<unknown> => {
    sent.push(structuredClone(message));
    const next = script.shift() ?? { ok: true, stored: message.records.length, duplicate: false };
    if (next === 'hang') return new Promise(() => {});
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  });
  return { send, sent };
}

let ids = 0;
function queue(send: CaptureQueueOptions['send'], extra: Partial<CaptureQueueOptions> = {}) {
  return new CaptureQueue({ send, newBatchId: () => `b${++ids}`, ...extra });
}

/** Lets promise callbacks run, then moves fake time on. */
async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  ids = 0;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('CaptureQueue batching', () => {
  it('sends after 500 ms, one message with the page, records and summed health', async () => {
    const { send, sent } = background();
    const q = queue(send);
    q.push(PAGE, 'weibo', posts(1, 2), items(2));
    q.push(PAGE, 'weibo', posts(3, 1), healthDelta('weibo', { items: 1, skipped: 2, lastError: 'bad JSON' }));
    await advance(499);
    expect(send).not.toHaveBeenCalled();
    await advance(1);
    expect(sent).toEqual([{
      type: 'collector:capture', batchId: 'b1', pageUrl: PAGE, records: posts(1, 3),
      health: [{ adapter: 'weibo', items: 3, errors: 0, skipped: 2, lastError: 'bad JSON' }],
    }]);
    await advance(0);
    expect(q.pendingRecords).toBe(0);
    expect(q.stats.ackedBatches).toBe(1);
  });

  it('cuts batches at 200 records without waiting, and never mixes pages', async () => {
    const { send, sent } = background();
    const q = queue(send);
    q.push(PAGE, 'weibo', posts(1, 450), items(450));
    await advance(0);
    q.push('https://weibo.com/u/2', 'weibo', posts(1000, 1), items(1));
    await advance(500);
    expect(sent.map((m) => [m.pageUrl, m.records.length])).toEqual([
      [PAGE, 200], [PAGE, 200], [PAGE, 50], ['https://weibo.com/u/2', 1],
    ]);
    expect(sent.flatMap((m) => m.records.map((r) => r.id))).toEqual([...posts(1, 450), post(1000)].map((r) => r.id));
  });

  it('sends nothing for an empty push', async () => {
    const { send } = background();
    queue(send).push(PAGE, 'weibo', [], items(0));
    await advance(5000);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('CaptureQueue delivery', () => {
  it('retries the same batch (same batchId) with doubling backoff until acked, then drops it', async () => {
    const noReceiver = new Error('Could not establish connection. Receiving end does not exist.');
    const { send, sent } = background(noReceiver, noReceiver, { ok: false, error: 'transient: database busy' });
    const q = queue(send);
    q.push(PAGE, 'weibo', posts(1, 1), items(1));
    await advance(500); // attempt 1 fails
    await advance(249);
    expect(send).toHaveBeenCalledTimes(1);
    await advance(1); // attempt 2 after 250 ms, fails
    await advance(499);
    expect(send).toHaveBeenCalledTimes(2);
    await advance(1); // attempt 3 after 500 ms, refused as transient
    await advance(1000); // attempt 4 after 1000 ms, acked
    expect(sent.map((m) => m.batchId)).toEqual(['b1', 'b1', 'b1', 'b1']);
    expect(q.stats).toMatchObject({ ackedBatches: 1, retries: 3, rejectedBatches: 0 });
    await advance(60_000);
    expect(send).toHaveBeenCalledTimes(4);
  });

  it('caps the backoff at 5 s and keeps trying while the page lives', async () => {
    const { send } = background(...Array.from({ length: 12 }, () => new Error('Receiving end does not exist.')));
    const q = queue(send);
    q.push(PAGE, 'weibo', posts(1, 1), items(1));
    await advance(500 + 250 + 500 + 1000 + 2000 + 4000);
    expect(send).toHaveBeenCalledTimes(6);
    await advance(5000);
    expect(send).toHaveBeenCalledTimes(7);
    await advance(5000 * 6);
    expect(send).toHaveBeenCalledTimes(13); // the 13th is answered and acked
    expect(q.stats.ackedBatches).toBe(1);
  });

  it('keeps one batch in flight; later batches wait behind it in order', async () => {
    const noReceiver = new Error('Receiving end does not exist.');
    const { send, sent } = background(noReceiver, noReceiver);
    const q = queue(send);
    q.push(PAGE, 'weibo', posts(1, 1), items(1));
    await advance(500); // b1 fails
    q.push(PAGE, 'weibo', posts(2, 1), items(1));
    await advance(500); // b1 failed again at 750; b2 sealed at 1000 but waits
    expect(sent.map((m) => m.batchId)).toEqual(['b1', 'b1']);
    await advance(250); // b1 acked at 1250, then b2 goes
    expect(sent.map((m) => [m.batchId, m.records[0]!.id])).toEqual([
      ['b1', 'weibo:1'], ['b1', 'weibo:1'], ['b1', 'weibo:1'], ['b2', 'weibo:2'],
    ]);
  });

  it('acks exactly once: a late answer to a timed-out attempt does not skip the next batch', async () => {
    let answerLate!: (reply: BackgroundReply) => void;
    const sent: string[] = [];
    const send = vi.fn((message: CollectorCaptureMessage) => {
      sent.push(message.batchId);
      if (sent.length === 1) return new Promise((resolve) => { answerLate = resolve; });
      return Promise.resolve({ ok: true, stored: 1, duplicate: sent.length === 2 });
    });
    const q = queue(send, { replyTimeoutMs: 1000 });
    q.push(PAGE, 'weibo', posts(1, 1), items(1));
    await advance(500);
    q.push(PAGE, 'weibo', posts(2, 1), items(1));
    await advance(1000); // b1 times out; b2 is sealed behind it
    await advance(250); // b1 resent and acked (the background says duplicate)
    answerLate({ ok: true, stored: 1, duplicate: false });
    await advance(0);
    expect(sent).toEqual(['b1', 'b1', 'b2']);
    expect(q.stats.ackedBatches).toBe(2);
    expect(q.pendingRecords).toBe(0);
  });

  it('drops a batch refused as invalid, counts it, and moves on without looping', async () => {
    const { send, sent } = background({ ok: false, error: 'invalid collector:capture: pageUrl must be an http(s) URL' });
    const q = queue(send);
    q.push(PAGE, 'weibo', posts(1, 3), items(3));
    await advance(500);
    q.push(PAGE, 'weibo', posts(4, 1), items(1));
    await advance(60_000);
    expect(sent.map((m) => m.batchId)).toEqual(['b1', 'b2']);
    expect(q.stats).toMatchObject({ ackedBatches: 1, rejectedBatches: 1, droppedRecords: 3, retries: 0 });
  });

  it('leaves out a record the background names, charges it to its adapter and resends the rest', async () => {
    const { send, sent } = background({ ok: false, error: 'invalid collector:capture: records[1] ("weibo:2") text must be a string' });
    const q = queue(send);
    q.push(PAGE, 'weibo', posts(1, 3), items(3));
    await advance(500);
    await advance(0);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.batchId).not.toBe(sent[0]!.batchId);
    expect(sent[1]!.records.map((r) => r.id)).toEqual(['weibo:1', 'weibo:3']);
    expect(sent[1]!.health).toEqual([{
      adapter: 'weibo', items: 2, errors: 0, skipped: 1,
      lastError: 'refused by the background: invalid collector:capture: records[1] ("weibo:2") text must be a string',
    }]);
    expect(q.stats).toMatchObject({ ackedBatches: 1, droppedRecords: 1, rejectedBatches: 0 });
  });

  it('stops for good when the extension context is gone', async () => {
    const onFatal = vi.fn();
    const { send } = background(new Error('Extension context invalidated.'));
    const q = queue(send, { onFatal });
    q.push(PAGE, 'weibo', posts(1, 1), items(1));
    await advance(500);
    await advance(60_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(onFatal).toHaveBeenCalledWith('Extension context invalidated.');
  });

  it('treats a send that throws synchronously like a failed one', async () => {
    let calls = 0;
    const q = queue(() => {
      if (++calls === 1) throw new Error('Receiving end does not exist.');
      return Promise.resolve({ ok: true, stored: 1, duplicate: false });
    });
    q.push(PAGE, 'weibo', posts(1, 1), items(1));
    await advance(500 + 250);
    expect(calls).toBe(2);
    expect(q.stats.ackedBatches).toBe(1);
  });

  it('flush() sends the open batch at once (page hidden)', async () => {
    const { send } = background();
    const q = queue(send);
    q.push(PAGE, 'weibo', posts(1, 1), items(1));
    q.flush();
    await advance(0);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
