import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type EarshotDb } from '../db';
import { firstSeen } from '../merge';
import { exportBundle } from '../swipe/bundle-export';
import { pngDataUrl, testPng } from '../swipe/test-png';
import { savedExample } from '../swipe/test-examples';
import { CAPTURED_AT, weiboPost } from '../test-records';
import { handleSwipeMessage, type SwipeMessageDeps } from './swipe-messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const PAGE = 'https://weibo.com/1669879400/HyTZc60ew';
const popup = { id: ID, url: `${ORIGIN}popup.html` };
const dashboard = { id: ID, url: `${ORIGIN}dashboard.html`, tab: { id: 2, url: `${ORIGIN}dashboard.html` } };
const contentScript = { id: ID, url: PAGE, tab: { id: 7, url: PAGE } };
const otherExtension = { id: 'someotherextensionidxxxxxxxxxxxx', url: `chrome-extension://someotherextensionidxxxxxxxxxxxx/x.html` };

let db: EarshotDb;
let deps: SwipeMessageDeps;
let photographed: number[];

beforeEach(async () => {
  db = openDb(`swipe-msg-${crypto.randomUUID()}`);
  await db.posts.put(firstSeen(weiboPost(), PAGE, CAPTURED_AT));
  photographed = [];
  deps = {
    db, extensionId: ID, extensionOrigin: ORIGIN, warn: vi.fn(), now: () => new Date('2024-06-15T00:00:00.000Z'),
    cropPng: async () => new ArrayBuffer(4),
    tabs: {
      get: async (tabId) => { photographed.push(tabId); return { windowId: 1, active: true }; },
      captureVisibleTab: async () => pngDataUrl(testPng(64, 64)),
      sendMessage: async () => undefined,
    },
  };
});
afterEach(() => db.close());

const save = { type: 'popup:save-example', tabId: 7, pageUrl: PAGE };

describe('handleSwipeMessage routing', () => {
  it('leaves other messages to other handlers', () => {
    expect(handleSwipeMessage({ type: 'collector:capture' }, popup, deps)).toBeUndefined();
    expect(handleSwipeMessage(null, popup, deps)).toBeUndefined();
    expect(handleSwipeMessage('popup:save-example', popup, deps)).toBeUndefined();
  });
});

describe('saving', () => {
  it('saves from the popup, photographing the tab it names', async () => {
    expect(await handleSwipeMessage({ ...save, labels: { tags: ['cny'] } }, popup, deps)).toEqual({ ok: true, id: 'ex:weibo:4383183661430868' });
    expect(photographed).toEqual([7]);
    expect((await db.examples.get('ex:weibo:4383183661430868'))!.tags).toEqual(['cny']);
  });

  it('saves from our content script on a platform page, always from the sender\'s own tab', async () => {
    const reply = await handleSwipeMessage({ type: 'content:save-example', tabId: 99, pageUrl: 'https://weibo.com/elsewhere', recordId: 'weibo:4383183661430868' }, contentScript, deps);
    expect(reply).toMatchObject({ ok: true });
    expect(photographed).toEqual([7]);
  });

  it('refuses a content save from our pages, a non-platform page or another extension, and a popup save from a page', async () => {
    const msg = { type: 'content:save-example', pageUrl: PAGE, recordId: 'weibo:4383183661430868' };
    expect(await handleSwipeMessage(msg, popup, deps)).toEqual({ ok: false, error: 'content:save-example is accepted from our content scripts on platform pages only' });
    expect((await handleSwipeMessage(msg, { id: ID, url: 'https://evil.example/', tab: { id: 3, url: 'https://evil.example/' } }, deps))!.ok).toBe(false);
    expect((await handleSwipeMessage(msg, { ...contentScript, id: otherExtension.id }, deps))!.ok).toBe(false);
    expect(await handleSwipeMessage(save, contentScript, deps)).toEqual({ ok: false, error: 'popup:save-example is accepted from our own pages only' });
    expect(await db.examples.count()).toBe(0);
  });

  it('refuses malformed saves naming the field', async () => {
    const cases: [object, string][] = [
      [{ ...save, pageUrl: 'javascript:alert(1)' }, 'pageUrl must be an http(s) URL'],
      [{ ...save, tabId: undefined }, 'tabId is required from the popup'],
      [{ ...save, rect: { x: 0, y: 0, width: 10, height: 10 } }, 'rect.devicePixelRatio must be a finite number'],
      [{ ...save, labels: { tags: 'cny' } }, 'labels.tags must be an array'],
      [{ ...save, labels: { stance: 'enemy' } }, 'labels.stance must be one of brand|competitor|other'],
      [{ ...save, recordId: 'nope' }, 'recordId must look like "<platform>:<native id>"'],
      [{ ...save, extra: true }, 'extra is not a known field'],
    ];
    for (const [message, error] of cases) {
      expect(await handleSwipeMessage(message, popup, deps), error).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^popup:save-example: ${error.replace(/[|()"<>.:]/g, '\\$&')}`)) });
    }
  });
});

describe('editing, deleting, importing', () => {
  beforeEach(async () => {
    await db.examples.bulkPut([savedExample({ id: 'ex:weibo:1', recordId: 'weibo:1' }), savedExample({ id: 'ex:weibo:2', recordId: 'weibo:2' })]);
  });

  it('updates and deletes from the dashboard, replying with the count', async () => {
    expect(await handleSwipeMessage({ type: 'dashboard:update-examples', ids: ['ex:weibo:1', 'ex:weibo:2'], addTags: ['q4'], set: { board: 'A' } }, dashboard, deps)).toEqual({ ok: true, count: 2 });
    expect((await db.examples.get('ex:weibo:2'))).toMatchObject({ tags: ['q4'], board: 'A' });
    expect(await handleSwipeMessage({ type: 'dashboard:delete-examples', ids: ['ex:weibo:1'] }, dashboard, deps)).toEqual({ ok: true, count: 1 });
  });

  it('accepts them from our own pages only: never a content script, even with a valid message', async () => {
    for (const message of [
      { type: 'dashboard:update-examples', ids: ['ex:weibo:1'], set: { note: 'pwned' } },
      { type: 'dashboard:delete-examples', ids: ['ex:weibo:1'] },
      { type: 'dashboard:import-examples', bundle: await exportBundle(db, new Date()) },
    ]) {
      expect(await handleSwipeMessage(message, contentScript, deps)).toEqual({ ok: false, error: `${message.type} is accepted from our own pages only` });
      expect((await handleSwipeMessage(message, otherExtension, deps))!.ok).toBe(false);
    }
    expect(await db.examples.count()).toBe(2);
    expect((await db.examples.get('ex:weibo:1'))!.note).toBeUndefined();
  });

  it('refuses an update that changes nothing, or ids that are not example ids', async () => {
    expect(await handleSwipeMessage({ type: 'dashboard:update-examples', ids: ['ex:weibo:1'] }, dashboard, deps)).toEqual({ ok: false, error: 'dashboard:update-examples: message changes nothing (no set, addTags or removeTags)' });
    expect(await handleSwipeMessage({ type: 'dashboard:delete-examples', ids: ['weibo:1'] }, dashboard, deps)).toEqual({ ok: false, error: 'dashboard:delete-examples: ids[0] must be an example id ("ex:…")' });
    expect(await handleSwipeMessage({ type: 'dashboard:delete-examples', ids: [] }, dashboard, deps)).toEqual({ ok: false, error: 'dashboard:delete-examples: ids must be a non-empty array' });
  });

  it('imports a valid bundle and refuses a broken one with the validator\'s clear error', async () => {
    await db.posts.put(firstSeen(weiboPost({ id: 'weibo:1' }), PAGE, CAPTURED_AT));
    const bundle = await exportBundle(db, new Date());
    expect(bundle.examples.map((example) => example.id)).toEqual(['ex:weibo:1', 'ex:weibo:2']);
    // ex:weibo:2 shows a record that was never captured here: a partial bundle.
    const reply = await handleSwipeMessage({ type: 'dashboard:import-examples', bundle: JSON.parse(JSON.stringify(bundle)) }, dashboard, deps);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^the file is not a valid Earshot swipe-file bundle: examples\[1\] shows weibo:2, whose record is missing/) });
    const whole = { ...bundle, examples: bundle.examples.slice(0, 1) };
    // Valid now; the library already holds this very example (not older), so nothing needed writing.
    expect(await handleSwipeMessage({ type: 'dashboard:import-examples', bundle: JSON.parse(JSON.stringify(whole)) }, dashboard, deps)).toEqual({ ok: true, count: 0 });
    await db.examples.clear();
    expect(await handleSwipeMessage({ type: 'dashboard:import-examples', bundle: JSON.parse(JSON.stringify(whole)) }, dashboard, deps)).toEqual({ ok: true, count: 1 });
    expect(await db.examples.toCollection().primaryKeys()).toEqual(['ex:weibo:1']);
  });
});
