// The popup against a real (fake-indexeddb) Dexie: it must follow the background's writes live.
// A .ts file (h() rather than JSX) because the unit-test glob takes entrypoints/**/*.test.ts.
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byTestId, mount } from '../../components/mount.test-helper';
import { openDb, type EarshotDb, type StoredPost } from '../../lib/db';
import { App } from './App';

const PAGE = 'https://weibo.com/1234/AbCd';
const now = new Date().toISOString();
const post: StoredPost = {
  id: 'weibo:1', platform: 'weibo', kind: 'post', url: 'https://weibo.com/1234/AbCd', text: '<b>新品</b>发布',
  author: { id: 'weibo:9', platform: 'weibo', name: '品牌官微' }, media: 'text',
  metrics: { likes: 12_000, comments: 40, shares: 5 }, capturedAt: now, source: 'api',
  firstSeenAt: now, lastSeenAt: now, seenOn: [PAGE],
};

let db: EarshotDb;
beforeEach(() => {
  db = openDb(`popup-app-${Math.random()}`);
  history.replaceState(null, '', `?tab=${encodeURIComponent(PAGE)}`);
});
afterEach(async () => {
  await db.delete();
});

describe('popup App', () => {
  it('starts with the empty state and follows new captures live', async () => {
    const root = mount(h(App, { db }));
    await vi.waitFor(() => expect(byTestId(root, 'empty-state')).toHaveLength(1));
    expect(byTestId(root, 'kpi-posts')[0]!.textContent).toBe('0');

    // As the background does: one transaction per batch.
    await db.transaction('rw', [db.posts, db.rollups, db.health], async () => {
      await db.posts.add(post);
      await db.rollups.add({ platform: 'weibo', hour: new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString(), posts: 1, comments: 0, trends: 0 });
      await db.health.add({ adapter: 'weibo', items: 1, errors: 0, skipped: 0, lastCaptureAt: now });
    });

    await vi.waitFor(() => expect(byTestId(root, 'tab-item')).toHaveLength(1));
    expect(byTestId(root, 'empty-state')).toHaveLength(0);
    expect(byTestId(root, 'kpi-posts')[0]!.textContent).toBe('1');
    expect(byTestId(root, 'kpi-engagement')[0]!.dataset.value).toBe('12045');
    expect(byTestId(root, 'tab-count')[0]!.dataset.value).toBe('1');
    expect(byTestId(root, 'tab-item')[0]!.querySelector('.item-text')!.textContent).toBe('<b>新品</b>发布');
    await vi.waitFor(() => expect(byTestId(root, 'hourly-total')[0]?.dataset.value).toBe('1'));
    expect(byTestId(root, 'platform-count')[0]!.dataset.platform).toBe('weibo');
    await vi.waitFor(() => expect(byTestId(root, 'health-row')[0]?.dataset.adapter).toBe('weibo'));
  });

  it('opens the desk in a tab from its header link', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const root = mount(h(App, { db }));
    byTestId(root, 'open-desk')[0]!.click();
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/dashboard\.html$/) }));
  });
});
