import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type EarshotDb } from '../db';
import { firstSeen } from '../merge';
import type { SwipeReply } from '../messages';
import { NO_RECORD_ERROR } from '../swipe/save-example';
import { pngDataUrl, testPng } from '../swipe/test-png';
import { CAPTURED_AT, weiboPost, xPost } from '../test-records';
import { onSaveExampleCommand, onSaveExampleMenuClicked, registerSaveExampleMenu, SAVE_EXAMPLE_MENU_ID, type EntryDeps } from './swipe-entry';

const PAGE = 'https://weibo.com/1669879400/HyTZc60ew';
let db: EarshotDb;
let deps: EntryDeps;
let reports: SwipeReply[];

beforeEach(async () => {
  db = openDb(`swipe-entry-${crypto.randomUUID()}`);
  await db.posts.bulkPut([firstSeen(weiboPost(), PAGE, CAPTURED_AT), firstSeen(xPost(), 'https://x.com/home', CAPTURED_AT), firstSeen(xPost({ id: 'x:2', url: 'https://x.com/a/status/2' }), 'https://x.com/home', CAPTURED_AT)]);
  reports = [];
  deps = {
    db, now: () => new Date('2024-06-15T00:00:00.000Z'), cropPng: async () => new ArrayBuffer(1),
    tabs: { get: async () => ({ windowId: 1, active: true }), captureVisibleTab: async () => pngDataUrl(testPng(32, 32)), sendMessage: async () => undefined },
    activeTab: vi.fn(async () => ({ id: 5, url: PAGE })),
    report: (reply) => reports.push(reply),
  };
});
afterEach(() => db.close());

describe('registerSaveExampleMenu', () => {
  it('creates the item for pages, links, images and selections, replacing one from an earlier start', async () => {
    const items = new Map<string, unknown>([[SAVE_EXAMPLE_MENU_ID, 'old']]);
    const menus = {
      create: vi.fn((item: { id: string }) => { if (items.has(item.id)) throw new Error('duplicate id'); items.set(item.id, item); }),
      remove: vi.fn(async (id: string) => { if (!items.delete(id)) throw new Error('Cannot find menu item'); }),
    };
    await registerSaveExampleMenu(menus, 'Save as example');
    await registerSaveExampleMenu(menus, 'Save as example');
    expect(items.get(SAVE_EXAMPLE_MENU_ID)).toEqual({ id: 'save-example', title: 'Save as example', contexts: ['page', 'link', 'image', 'selection'] });
  });
});

describe('onSaveExampleMenuClicked', () => {
  it('saves the post open in the clicked tab and reports it', async () => {
    const reply = await onSaveExampleMenuClicked({ menuItemId: SAVE_EXAMPLE_MENU_ID, pageUrl: PAGE }, { id: 5, url: PAGE }, deps);
    expect(reply).toEqual({ ok: true, id: 'ex:weibo:4383183661430868' });
    expect(reports).toEqual([reply]);
    expect((await db.examples.get('ex:weibo:4383183661430868'))!.image).toMatchObject({ width: 32, height: 32, cropped: false });
  });

  it('saves the right-clicked post of a timeline', async () => {
    expect(await onSaveExampleMenuClicked({ menuItemId: SAVE_EXAMPLE_MENU_ID, pageUrl: 'https://x.com/home', linkUrl: 'https://x.com/a/status/2' }, { id: 5 }, deps)).toMatchObject({ id: 'ex:x:2' });
  });

  it('ignores other items and reports a clear error where nothing was captured', async () => {
    expect(onSaveExampleMenuClicked({ menuItemId: 'check-sentiment' }, { id: 5, url: PAGE }, deps)).toBeUndefined();
    expect(await onSaveExampleMenuClicked({ menuItemId: SAVE_EXAMPLE_MENU_ID, pageUrl: 'https://example.com/' }, { id: 5 }, deps)).toEqual({ ok: false, error: NO_RECORD_ERROR });
    expect(await onSaveExampleMenuClicked({ menuItemId: SAVE_EXAMPLE_MENU_ID }, undefined, deps)).toEqual({ ok: false, error: 'there is no page tab to save from' });
    expect(reports).toHaveLength(2);
  });
});

describe('onSaveExampleCommand', () => {
  it('saves from the tab the shortcut was pressed in, or the front tab when none is given', async () => {
    expect(await onSaveExampleCommand('save-example', { id: 5, url: PAGE }, deps)).toMatchObject({ ok: true });
    expect(deps.activeTab).not.toHaveBeenCalled();
    await db.examples.clear();
    expect(await onSaveExampleCommand('save-example', undefined, deps)).toMatchObject({ ok: true, id: 'ex:weibo:4383183661430868' });
    expect(deps.activeTab).toHaveBeenCalled();
  });

  it('ignores other commands and reports a failure instead of throwing', async () => {
    expect(onSaveExampleCommand('_execute_action', { id: 5, url: PAGE }, deps)).toBeUndefined();
    deps.db = { ...db, posts: { where: () => { throw new Error('DatabaseClosedError'); } } } as unknown as EarshotDb;
    expect(await onSaveExampleCommand('save-example', { id: 5, url: PAGE }, deps)).toEqual({ ok: false, error: 'could not save (DatabaseClosedError)' });
  });
});
