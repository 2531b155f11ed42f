import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type EarshotDb } from '../db';
import { captureMessage, weiboPost } from '../test-records';
import { handleRuntimeMessage, warnOnce, type BackgroundDeps } from './handle-message';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const contentScript = { id: ID, url: 'https://weibo.com/1669879400/HyTZc60ew', tab: { url: 'https://weibo.com/1669879400/HyTZc60ew' } };

let db: EarshotDb;
let deps: BackgroundDeps;
beforeEach(() => {
  db = openDb(`background-${crypto.randomUUID()}`);
  deps = { db, extensionId: ID, extensionOrigin: ORIGIN, warn: vi.fn(), now: () => new Date('2024-06-14T12:31:00.000Z') };
});
afterEach(() => db.close());

describe('handleRuntimeMessage', () => {
  it('stores a capture from our content script and acks it', async () => {
    expect(await handleRuntimeMessage(captureMessage(), contentScript, deps)).toEqual({ ok: true, stored: 2, duplicate: false });
    expect(await db.posts.count()).toBe(1);
    expect(await db.comments.count()).toBe(1);
    expect(deps.warn).not.toHaveBeenCalled();
  });

  it('acks a re-sent batch as a duplicate without storing again', async () => {
    await handleRuntimeMessage(captureMessage(), contentScript, deps);
    expect(await handleRuntimeMessage(captureMessage(), contentScript, deps)).toEqual({ ok: true, stored: 0, duplicate: true });
    expect(await db.posts.count()).toBe(1);
    expect((await db.rollups.toArray()).map((row) => [row.posts, row.comments])).toEqual([[1, 1]]);
  });

  it('accepts our own extension pages', async () => {
    const reply = await handleRuntimeMessage(captureMessage({ records: [] }), { id: ID, url: `${ORIGIN}popup.html` }, deps);
    expect(reply).toEqual({ ok: true, stored: 0, duplicate: false });
  });

  it('refuses a forged sender (another extension) and stores nothing', async () => {
    const forged = { ...contentScript, id: 'someotherextensionidxxxxxxxxxxxx' };
    const reply = await handleRuntimeMessage(captureMessage(), forged, deps);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^untrusted sender \(id "someotherextensionid/) });
    expect(await db.posts.count()).toBe(0);
    expect(deps.warn).toHaveBeenCalledTimes(1);
  });

  it('refuses our content script when it runs on a page that is not a platform page', async () => {
    const reply = await handleRuntimeMessage(captureMessage(), { id: ID, url: 'https://evil.example/', tab: { url: 'https://evil.example/' } }, deps);
    expect(reply.ok).toBe(false);
    expect(await db.batches.count()).toBe(0);
  });

  it('refuses an invalid message with the validator\'s error and stores nothing', async () => {
    const bad = captureMessage({ records: [weiboPost(), weiboPost({ id: 'weibo:2', metrics: { likes: -1 } })] });
    const reply = await handleRuntimeMessage(bad, contentScript, deps);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('records[1] ("weibo:2") metrics.likes must be a non-negative integer') });
    expect(await db.posts.count()).toBe(0);
  });

  it('refuses unknown message types', async () => {
    expect(await handleRuntimeMessage({ type: 'popup:wipe' }, contentScript, deps)).toEqual({ ok: false, error: 'unknown message type "popup:wipe"' });
  });

  it('says "transient:" when storing failed for a passing reason, so the collector sends again', async () => {
    vi.spyOn(db.posts, 'bulkPut').mockRejectedValue(new Dexie.TransactionInactiveError('suspended'));
    const reply = await handleRuntimeMessage(captureMessage(), contentScript, { ...deps, now: undefined });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^transient: could not store the batch \(TransactionInactiveError/) });
  }, 10_000);

  it('says plainly when the disk is full', async () => {
    vi.spyOn(db.posts, 'bulkPut').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const reply = await handleRuntimeMessage(captureMessage(), contentScript, deps);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^storage is full \(QuotaExceededError\)/) });
  });
});

describe('warnOnce', () => {
  it('says each distinct thing once', () => {
    const write = vi.fn();
    const warn = warnOnce(write);
    warn('a');
    warn('a');
    warn('b');
    expect(write.mock.calls).toEqual([['a'], ['b']]);
  });

  it('forgets when its memory is full, rather than growing', () => {
    const write = vi.fn();
    const warn = warnOnce(write, 2);
    for (const text of ['a', 'b', 'c', 'a']) warn(text);
    expect(write).toHaveBeenCalledTimes(4);
  });
});

describe('handleRuntimeMessage: popup:correct-sentiment', () => {
  const popup = { id: ID, url: `${ORIGIN}popup.html` };
  const correct = (label: string | null) => ({ type: 'popup:correct-sentiment', recordId: 'weibo:5045261712492108', label });

  beforeEach(async () => {
    await handleRuntimeMessage(captureMessage(), contentScript, deps);
  });

  it('stores a correction from the popup, and removes it on null', async () => {
    expect(await handleRuntimeMessage(correct('negative'), popup, deps)).toEqual({ ok: true });
    expect((await db.comments.get('weibo:5045261712492108'))!.sentimentCorrection).toEqual({ label: 'negative', at: '2024-06-14T12:31:00.000Z' });
    expect(await db.corrections.count()).toBe(1);
    expect(await handleRuntimeMessage(correct(null), popup, deps)).toEqual({ ok: true });
    expect(await db.corrections.count()).toBe(0);
    expect(deps.warn).not.toHaveBeenCalled();
  });

  it('refuses it from our own content script on a platform page, and stores nothing', async () => {
    const reply = await handleRuntimeMessage(correct('negative'), contentScript, deps);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^popup:correct-sentiment is accepted from our own pages only/) });
    expect(await db.corrections.count()).toBe(0);
    expect((await db.comments.get('weibo:5045261712492108'))!.sentimentCorrection).toBeUndefined();
  });

  it('refuses it from another extension, a malformed one, and one for an unknown record', async () => {
    expect((await handleRuntimeMessage(correct('negative'), { ...popup, id: 'someotherextensionidxxxxxxxxxxxx' }, deps)).ok).toBe(false);
    expect(await handleRuntimeMessage(correct('furious'), popup, deps)).toEqual({ ok: false, error: expect.stringMatching(/label must be one of/) });
    expect(await handleRuntimeMessage({ ...correct('neutral'), recordId: 'weibo:404' }, popup, deps)).toEqual({ ok: false, error: 'no stored post or comment with id "weibo:404"' });
    expect(await db.corrections.count()).toBe(0);
  });
});

describe('handleRuntimeMessage: telling the crisis radar', () => {
  it('calls onStored after a batch stored records, not for a duplicate or an empty batch', async () => {
    const onStored = vi.fn();
    const withRadar = { ...deps, onStored };
    await handleRuntimeMessage(captureMessage(), contentScript, withRadar);
    expect(onStored).toHaveBeenCalledTimes(1);
    await handleRuntimeMessage(captureMessage(), contentScript, withRadar);
    await handleRuntimeMessage(captureMessage({ batchId: 'empty', records: [] }), contentScript, withRadar);
    expect(onStored).toHaveBeenCalledTimes(1);
  });
});
