// The Library tab against a real (fake-indexeddb) Dexie: live list, index search, filters, selection, bulk actions.
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byTestId, mount } from '../../components/mount.test-helper';
import { openDb, type EarshotDb, type StoredPost } from '../../lib/db';
import { savedExample } from '../../lib/swipe/test-examples';
import type { LibraryActions } from './library-actions';
import { LibraryView } from './LibraryView';

let db: EarshotDb;
let actions: LibraryActions;
beforeEach(() => {
  db = openDb(`library-view-${Math.random()}`);
  actions = {
    update: vi.fn(async () => {}), remove: vi.fn(async () => {}),
    exportExamples: vi.fn(async () => ({ written: 0, skipped: 0 })), importFile: vi.fn(async () => 0),
    readHoverPlatforms: vi.fn(async () => ['weibo' as const]), setHoverPlatforms: vi.fn(async () => {}),
  };
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

const now = Date.parse('2026-11-26T12:00:00Z');
const peach = savedExample({ id: 'ex:weibo:1', recordId: 'weibo:1', text: '双十一限定白桃味上线', tags: ['抽奖'], board: '竞品A / 双十一',
  metricsAtSave: { likes: 100, comments: 10, shares: 5 }, savedAt: '2026-11-20T08:00:00.000Z' });
const oat = savedExample({ id: 'ex:x:2', recordId: 'x:2', platform: 'x', media: 'video', text: 'Limited Q4 barista edition', tags: ['launch'],
  author: { id: 'x:9', platform: 'x', name: 'Oatly' }, metricsAtSave: { likes: 900, comments: 40, shares: 30 }, savedAt: '2026-11-24T08:00:00.000Z' });
const ids = (root: HTMLElement) => byTestId(root, 'example-item').map((item) => item.dataset.id);
const type = (input: HTMLElement, value: string) => {
  (input as HTMLInputElement).value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const choose = (select: HTMLElement, value: string) => {
  (select as HTMLSelectElement).value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('LibraryView', () => {
  it('says how to save when empty and still offers import', async () => {
    const root = mount(h(LibraryView, { db, actions, now }));
    await vi.waitFor(() => expect(byTestId(root, 'library-empty')).toHaveLength(1));
    expect(byTestId(root, 'library-import')).toHaveLength(1);
    expect(byTestId(root, 'library-search')).toHaveLength(0);
  });

  it('lists examples live, shows growth from the stored post, searches and filters', async () => {
    const root = mount(h(LibraryView, { db, actions, now }));
    await db.examples.bulkPut([peach, oat]);
    await vi.waitFor(() => expect(ids(root)).toEqual(['ex:x:2', 'ex:weibo:1']));
    await db.posts.put({ id: 'weibo:1', metrics: { likes: 400, comments: 10, shares: 5 } } as unknown as StoredPost);
    await vi.waitFor(() => expect(byTestId(root, 'example-growth')[1]!.dataset.delta).toBe('300'));

    choose(byTestId(root, 'library-sort')[0]!, 'engagement');
    await vi.waitFor(() => expect(ids(root)).toEqual(['ex:x:2', 'ex:weibo:1']));
    type(byTestId(root, 'library-search')[0]!, '白桃');
    await vi.waitFor(() => expect(ids(root)).toEqual(['ex:weibo:1']));
    expect(byTestId(root, 'library-shown')[0]!.dataset.count).toBe('1');
    type(byTestId(root, 'library-search')[0]!, 'BARISTA');
    await vi.waitFor(() => expect(ids(root)).toEqual(['ex:x:2']));
    type(byTestId(root, 'library-search')[0]!, '');
    await vi.waitFor(() => expect(ids(root)).toHaveLength(2));

    choose(byTestId(root, 'library-filter-board')[0]!, '竞品A');
    await vi.waitFor(() => expect(ids(root)).toEqual(['ex:weibo:1']));
    byTestId(root, 'library-filter-clear')[0]!.click();
    await vi.waitFor(() => expect(ids(root)).toHaveLength(2));
    [...root.querySelectorAll<HTMLButtonElement>('.chip')].find((chip) => chip.textContent === '#launch')!.click();
    await vi.waitFor(() => expect(ids(root)).toEqual(['ex:x:2']));
    expect((byTestId(root, 'library-filter-tag')[0] as HTMLSelectElement).value).toBe('launch');
  });

  it('acts on the selection, and exports the selection or else everything shown', async () => {
    await db.examples.bulkPut([peach, oat]);
    const root = mount(h(LibraryView, { db, actions, now }));
    await vi.waitFor(() => expect(ids(root)).toHaveLength(2));
    byTestId(root, 'library-export-csv')[0]!.click();
    expect(actions.exportExamples).toHaveBeenLastCalledWith('csv', ['ex:x:2', 'ex:weibo:1']);

    byTestId(root, 'library-select')[1]!.click();
    await vi.waitFor(() => expect(byTestId(root, 'library-bulk')[0]?.dataset.count).toBe('1'));
    byTestId(root, 'library-export-bundle')[0]!.click();
    expect(actions.exportExamples).toHaveBeenLastCalledWith('bundle', ['ex:weibo:1']);
    byTestId(root, 'library-bulk-select-all')[0]!.click();
    await vi.waitFor(() => expect(byTestId(root, 'library-bulk')[0]?.dataset.count).toBe('2'));
    type(byTestId(root, 'library-bulk-tags')[0]!, 'q4, 竞品');
    await vi.waitFor(() => expect((byTestId(root, 'library-bulk-tag')[0] as HTMLButtonElement).disabled).toBe(false));
    byTestId(root, 'library-bulk-tag')[0]!.click();
    expect(actions.update).toHaveBeenCalledWith(['ex:x:2', 'ex:weibo:1'], { addTags: ['q4', '竞品'] });

    // A filter that hides a selected example takes it out of what the bulk bar acts on.
    type(byTestId(root, 'library-search')[0]!, 'barista');
    await vi.waitFor(() => expect(byTestId(root, 'library-bulk')[0]?.dataset.count).toBe('1'));
    type(byTestId(root, 'library-search')[0]!, '');
    await vi.waitFor(() => expect(byTestId(root, 'library-bulk')[0]?.dataset.count).toBe('2'));

    // The background deletes one: it leaves the selection without a trace.
    await db.examples.delete('ex:x:2');
    await vi.waitFor(() => expect(byTestId(root, 'library-bulk')[0]?.dataset.count).toBe('1'));
    vi.stubGlobal('confirm', vi.fn(() => true));
    byTestId(root, 'library-bulk-delete')[0]!.click();
    expect(actions.remove).toHaveBeenCalledWith(['ex:weibo:1']);
    await vi.waitFor(() => expect(byTestId(root, 'library-bulk')).toHaveLength(0));
  });

  it('reads and writes the hover opt-in', async () => {
    const root = mount(h(LibraryView, { db, actions, now }));
    await vi.waitFor(() => expect((byTestId(root, 'library-hover-weibo')[0] as HTMLInputElement | undefined)?.checked).toBe(true));
    byTestId(root, 'library-hover-x')[0]!.click();
    expect(actions.setHoverPlatforms).toHaveBeenCalledWith(['weibo', 'x']);
  });
});

describe('the #library route', () => {
  it('is its own bookmarkable view', async () => {
    const { parseRoute, routeHash } = await import('./route');
    expect(parseRoute('#library')).toEqual({ view: 'library' });
    expect(routeHash({ view: 'library' })).toBe('#library');
  });
});
