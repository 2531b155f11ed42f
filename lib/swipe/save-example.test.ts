import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type EarshotDb } from '../db';
import { firstSeen } from '../merge';
import { CAPTURED_AT, weiboComment, weiboPost, xPost } from '../test-records';
import type { CropBox } from './crop';
import { NO_RECORD_ERROR, saveExample, type SaveDeps } from './save-example';
import { pngDataUrl, testPng } from './test-png';

const PAGE = 'https://weibo.com/1669879400/HyTZc60ew';
const NOW = new Date('2024-06-15T09:00:00.000Z');
// A 1280×720 viewport photographed at devicePixelRatio 2.
const SCREEN = testPng(2560, 1440);
const CROPPED = new Uint8Array([0x89, 1, 2, 3]).buffer;

let db: EarshotDb;
let deps: SaveDeps;
let crops: CropBox[];
let located: unknown;
let sent: unknown[];

beforeEach(async () => {
  db = openDb(`save-${crypto.randomUUID()}`);
  await db.posts.bulkPut([firstSeen(weiboPost(), PAGE, CAPTURED_AT), firstSeen(xPost(), 'https://x.com/home', CAPTURED_AT)]);
  crops = [];
  sent = [];
  located = undefined;
  deps = {
    db,
    now: () => NOW,
    warn: vi.fn(),
    cropPng: async (_png, box) => { crops.push(box); return CROPPED; },
    tabs: {
      get: async () => ({ windowId: 3, active: true }),
      captureVisibleTab: vi.fn(async () => pngDataUrl(SCREEN)),
      sendMessage: async (_tabId, message) => { sent.push(message); return located; },
    },
  };
});
afterEach(() => db.close());

describe('saveExample', () => {
  it('saves the post open in the tab with its counts now and a picture cropped to the given rect', async () => {
    const reply = await saveExample({ tabId: 7, pageUrl: PAGE, rect: { x: 100, y: 50, width: 600, height: 400, devicePixelRatio: 2 }, labels: { tags: ['cny'] } }, deps);
    expect(reply).toEqual({ ok: true, id: 'ex:weibo:4383183661430868' });
    expect(deps.tabs.captureVisibleTab).toHaveBeenCalledWith(3, { format: 'png' });
    expect(crops).toEqual([{ x: 200, y: 100, width: 1200, height: 800 }]);
    expect(sent).toEqual([]); // a rect was given: the page is not asked
    const example = (await db.examples.get('ex:weibo:4383183661430868'))!;
    expect(example).toMatchObject({
      recordId: 'weibo:4383183661430868', metricsAtSave: weiboPost().metrics, savedAt: NOW.toISOString(), tags: ['cny'],
      image: { width: 1200, height: 800, mime: 'image/png', cropped: true, bytes: 4 },
    });
    const image = (await db.exampleImages.get(example.id))!;
    expect([...new Uint8Array(image.bytes)]).toEqual([...new Uint8Array(CROPPED)]);
  });

  it('asks the tab\'s content script for the post\'s rect when none is given', async () => {
    located = { x: 0, y: 0, width: 320, height: 100, devicePixelRatio: 1.5 };
    await saveExample({ tabId: 7, pageUrl: PAGE }, deps);
    expect(sent).toEqual([{ type: 'background:locate-post', recordId: 'weibo:4383183661430868', url: weiboPost().url }]);
    expect(crops).toEqual([{ x: 0, y: 0, width: 480, height: 150 }]);
  });

  it('keeps the full view, byte for byte, when the post cannot be located or is out of view', async () => {
    located = { x: 0, y: 5000, width: 320, height: 100, devicePixelRatio: 2 };
    await saveExample({ tabId: 7, pageUrl: PAGE }, deps);
    expect(crops).toEqual([]);
    const example = (await db.examples.get('ex:weibo:4383183661430868'))!;
    expect(example.image).toEqual({ width: 2560, height: 1440, mime: 'image/png', cropped: false, bytes: SCREEN.byteLength });
    expect(Buffer.from((await db.exampleImages.get(example.id))!.bytes).equals(Buffer.from(SCREEN))).toBe(true);
  });

  it('treats a broken answer from the page (or no content script) as "no rect"', async () => {
    located = { x: 'evil', y: 0, width: 1, height: 1, devicePixelRatio: 1 };
    expect((await saveExample({ tabId: 7, pageUrl: PAGE }, deps)).ok).toBe(true);
    deps.tabs.sendMessage = async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); };
    expect((await saveExample({ tabId: 7, pageUrl: PAGE }, deps)).ok).toBe(true);
    expect(crops).toEqual([]);
  });

  it('saves a named record (hover button) even when the page shows many posts', async () => {
    const reply = await saveExample({ tabId: 7, pageUrl: 'https://x.com/home', recordId: 'x:1682059498417917952' }, deps);
    expect(reply).toMatchObject({ ok: true, id: 'ex:x:1682059498417917952' });
  });

  it('finds the post through its comments on the page, as the popup does', async () => {
    const commentsPage = 'https://m.weibo.cn/detail/4383183661430868';
    await db.comments.bulkPut([firstSeen(weiboComment(), commentsPage, CAPTURED_AT), firstSeen(weiboComment({ id: 'weibo:2' }), commentsPage, CAPTURED_AT)]);
    expect(await saveExample({ tabId: 7, pageUrl: commentsPage }, deps)).toMatchObject({ ok: true, id: 'ex:weibo:4383183661430868' });
  });

  it('prefers the right-clicked link\'s post on a page with several', async () => {
    await db.posts.put(firstSeen(xPost({ id: 'x:2', url: 'https://x.com/a/status/2' }), 'https://x.com/home', CAPTURED_AT));
    const reply = await saveExample({ tabId: 7, pageUrl: 'https://x.com/home', linkUrl: 'https://x.com/a/status/2' }, deps);
    expect(reply).toMatchObject({ ok: true, id: 'ex:x:2' });
  });

  it('refuses clearly, storing nothing, when no post of the page was captured', async () => {
    expect(await saveExample({ tabId: 7, pageUrl: 'https://weibo.com/u/123' }, deps)).toEqual({ ok: false, error: NO_RECORD_ERROR });
    expect(await saveExample({ tabId: 7, pageUrl: PAGE, recordId: 'weibo:404' }, deps)).toEqual({ ok: false, error: 'no captured post or comment "weibo:404"' });
    expect(await db.examples.count()).toBe(0);
  });

  it('still saves, without a picture and saying why, when the tab cannot be photographed', async () => {
    deps.tabs.captureVisibleTab = async () => { throw new Error('Either the \'<all_urls>\' or \'activeTab\' permission is required.'); };
    const reply = await saveExample({ tabId: 7, pageUrl: PAGE }, deps);
    expect(reply).toMatchObject({ ok: true, id: 'ex:weibo:4383183661430868', imageError: expect.stringContaining('activeTab') });
    expect((await db.examples.get('ex:weibo:4383183661430868'))!.image).toBeUndefined();
    expect(await db.exampleImages.count()).toBe(0);
    deps.tabs.get = async () => ({ windowId: 3, active: false });
    expect(await saveExample({ tabId: 7, pageUrl: PAGE }, deps)).toMatchObject({ imageError: expect.stringContaining('not in front') });
  });

  it('saving again keeps the first picture and counts, and adds the new labels', async () => {
    await saveExample({ tabId: 7, pageUrl: PAGE, labels: { tags: ['a'] } }, deps);
    await db.posts.update('weibo:4383183661430868', { metrics: { likes: 999999 } });
    deps.now = () => new Date('2024-06-20T00:00:00.000Z');
    await saveExample({ tabId: 7, pageUrl: PAGE, labels: { tags: ['b'], board: 'Q4' } }, deps);
    const example = (await db.examples.get('ex:weibo:4383183661430868'))!;
    expect(example).toMatchObject({ tags: ['a', 'b'], board: 'Q4', savedAt: NOW.toISOString(), metricsAtSave: weiboPost().metrics, updatedAt: '2024-06-20T00:00:00.000Z' });
    expect(Buffer.from((await db.exampleImages.get(example.id))!.bytes).equals(Buffer.from(SCREEN))).toBe(true);
    expect(await db.examples.count()).toBe(1);
  });
});
