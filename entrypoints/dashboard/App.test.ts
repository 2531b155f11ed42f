// The desk against a real (fake-indexeddb) Dexie: it follows the background's writes live and routes by hash.
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byTestId, mount } from '../../components/mount.test-helper';
import { openDb, type EarshotDb } from '../../lib/db';
import { testFlag, testWatch } from '../../lib/crisis/test-flags';
import { statsRow } from '../../lib/analytics/test-stats';
import type { DashboardActions } from './actions';
import { App } from './App';

let db: EarshotDb;
const actions: DashboardActions = {
  saveWatch: vi.fn(async () => {}), deleteWatch: vi.fn(async () => {}),
  testWebhook: vi.fn(async () => ({ ok: true as const })), updateFlag: vi.fn(async () => {}),
};
beforeEach(() => {
  db = openDb(`dashboard-app-${Math.random()}`);
  history.replaceState(null, '', '#crisis');
});
afterEach(async () => {
  await db.delete();
});

describe('dashboard App', () => {
  it('lists flags live, opens one by hash and sends its stage change', async () => {
    const root = mount(h(App, { db, actions }));
    await vi.waitFor(() => expect(root.textContent).toContain('Add a brand or competitor'));
    await db.transaction('rw', [db.watches, db.flags], async () => {
      await db.watches.put(testWatch());
      await db.flags.put(testFlag({ raisedAt: new Date().toISOString() }));
    });
    await vi.waitFor(() => expect(byTestId(root, 'flag-card')).toHaveLength(1));
    expect(byTestId(root, 'flag-card')[0]!.textContent).toContain('Acme');

    location.hash = '#flag=f1';
    await vi.waitFor(() => expect(byTestId(root, 'flag-detail')).toHaveLength(1));
    byTestId(root, 'stage-next')[0]!.click();
    expect(actions.updateFlag).toHaveBeenCalledWith('f1', { stage: 'assessed' });

    location.hash = '#watchlist';
    await vi.waitFor(() => expect(byTestId(root, 'watch-row')).toHaveLength(1));
    await db.jobs.put({ id: 'backfill:w1', version: 'v', done: 5, total: 10 });
    await vi.waitFor(() => expect(byTestId(root, 'backfill-progress')[0]?.dataset.done).toBe('5'));
  });
});

describe('dashboard App: analytics', () => {
  it('puts analytics first, keeps crisis the default, and keeps its filters in the hash', async () => {
    const hour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString();
    await db.stats.bulkPut([statsRow(hour, 'weibo', { posts: 2, comments: 3 }), statsRow(hour, 'x', { posts: 1 }), statsRow('all', 'weibo', { posts: 2 }), statsRow('all', 'x', { posts: 1 })]);
    const root = mount(h(App, { db, actions }));
    await vi.waitFor(() => expect(root.textContent).toContain('Add a brand or competitor'));
    expect(byTestId(root, 'tab-crisis')[0]!.getAttribute('aria-current')).toBe('page');
    expect(root.querySelector('.tabs a')!.getAttribute('data-testid')).toBe('tab-analytics');
    expect(byTestId(root, 'analytics')).toHaveLength(0);

    location.hash = '#analytics';
    await vi.waitFor(() => expect(byTestId(root, 'kpi-posts')[0]?.dataset.value).toBe('3'));
    const platform = byTestId(root, 'filter-platform')[0] as HTMLSelectElement;
    await vi.waitFor(() => expect(platform.options).toHaveLength(3));
    platform.value = 'x';
    platform.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(byTestId(root, 'kpi-posts')[0]?.dataset.value).toBe('1'));
    expect(location.hash).toBe('#analytics?platform=x');
    expect(byTestId(root, 'tab-analytics')[0]!.getAttribute('aria-current')).toBe('page');
  });
});
