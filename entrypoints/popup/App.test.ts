// The popup against a real (fake-indexeddb) Dexie: it must follow the background's writes live.
// A .ts file (h() rather than JSX) because the unit-test glob takes entrypoints/**/*.test.ts.
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byTestId, mount } from '../../components/mount.test-helper';
import { OVERVIEW_RANGE_KEY } from '../../components/PopupOverviewRange';
import { statsRow } from '../../lib/analytics/test-stats';
import { openDb, type EarshotDb, type StoredPost } from '../../lib/db';
import { applyStatsChanges } from '../../lib/stats-store';
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
  localStorage.removeItem(OVERVIEW_RANGE_KEY);
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
    await db.transaction('rw', [db.posts, db.rollups, db.health, db.stats], async () => {
      await db.posts.add(post);
      await applyStatsChanges(db, [{ after: post }]);
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

  it('shows the overview of the remembered window from stats rows, remembers a new choice, and says when it is ready', async () => {
    localStorage.setItem(OVERVIEW_RANGE_KEY, '7d');
    const thisHour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
    const daysAgo = (days: number) => new Date(thisHour.getTime() - days * 24 * 3_600_000).toISOString();
    await db.stats.bulkPut([
      statsRow(thisHour.toISOString(), 'weibo', { posts: 2, comments: 3 }),
      statsRow(daysAgo(3), 'x', { posts: 5, comments: 1, engagedPosts: 5, engagement: 70 }),
    ]);
    const root = mount(h(App, { db }));
    const main = root.querySelector('main')!;
    await vi.waitFor(() => expect(main.dataset.ready?.split(' ').sort()).toEqual(['kpis', 'overview']));
    expect(byTestId(root, 'overview-7d')[0]!.getAttribute('aria-pressed')).toBe('true');
    expect(byTestId(root, 'overview-posts')[0]!.dataset.value).toBe('7');
    expect(byTestId(root, 'overview-engagement')[0]!.dataset.value).toBe('70');

    byTestId(root, 'overview-24h')[0]!.click();
    await vi.waitFor(() => expect(byTestId(root, 'overview-posts')[0]?.dataset.value).toBe('2'));
    expect(byTestId(root, 'overview-24h')[0]!.getAttribute('aria-pressed')).toBe('true');
    expect(byTestId(root, 'overview-comments')[0]!.dataset.value).toBe('3');
    expect(byTestId(root, 'overview-engagement')[0]!.dataset.value).toBe('');
    expect(localStorage.getItem(OVERVIEW_RANGE_KEY)).toBe('24h');
    expect(byTestId(root, 'overview-bucket')).toHaveLength(24);
    expect(byTestId(root, 'overview-bucket').at(-1)!.dataset.value).toBe('5');
  });

  it('opens the dashboard\'s analytics at the overview\'s range', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const root = mount(h(App, { db }));
    byTestId(root, 'overview-open-dashboard')[0]!.click();
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/dashboard\.html#analytics\?range=24h$/) }));
  });
});
