// The analytics view against a real (fake-indexeddb) Dexie with a seeded stats table: KPIs, their
// changes, filters through the hash query, unknowns, and the raw export.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byTestId, mount } from '../../../components/mount.test-helper';
import { statsRow } from '../../../lib/analytics/test-stats';
import { ALL_TIME, type StatsRow } from '../../../lib/analytics/stats-types';
import { testFlag } from '../../../lib/crisis/test-flags';
import { openDb, type EarshotDb, type StoredComment } from '../../../lib/db';
import { lumina, rival } from '../../../lib/watch/test-watches';
import { storedPost } from '../../../tests/analytics-posts';
import { analyticsQueryString } from '../analytics-route';
import { AnalyticsView } from './AnalyticsView';

let db: EarshotDb;
beforeEach(() => {
  db = openDb(`analytics-view-${Math.random()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

// Last 7 days from here: [2026-11-19T13:00Z, 2026-11-26T13:00Z); the previous week before that.
const now = Date.parse('2026-11-26T12:30:00Z');
const thisWeek = '2026-11-25T05:00:00.000Z';
const lastWeek = '2026-11-15T05:00:00.000Z';
const watches = [lumina(), rival()];
const scoped = (scope: string, row: StatsRow): StatsRow => ({ ...row, scope });
const rows: StatsRow[] = [
  statsRow(thisWeek, 'weibo', { posts: 3, comments: 10, engagedPosts: 2, engagement: 500, rateByViewsSum: 0.2, rateByViewsPosts: 2, positive: 5, neutral: 3, negative: 2 }),
  statsRow(thisWeek, 'x', { posts: 1, comments: 4 }),
  statsRow(lastWeek, 'weibo', { posts: 2, comments: 5, engagedPosts: 1, engagement: 100, rateByViewsSum: 0.05, rateByViewsPosts: 1, positive: 1, negative: 1 }),
  statsRow(ALL_TIME, 'weibo', { posts: 5, comments: 15 }),
  statsRow(ALL_TIME, 'x', { posts: 1, comments: 4 }),
  scoped('w-lumina', statsRow(thisWeek, 'weibo', { posts: 1, comments: 2, positive: 3 })),
  scoped('w-rival', statsRow(thisWeek, 'weibo', { posts: 2, comments: 7 })),
  scoped('w-lumina', statsRow(lastWeek, 'weibo', { posts: 1, comments: 0 })),
  scoped('w-rival', statsRow(lastWeek, 'weibo', { posts: 1, comments: 2 })),
];

function Harness({ initial = '' }: { initial?: string }) {
  const [query, setQuery] = useState(initial);
  return h(AnalyticsView, {
    db, query, watches, now, timeZone: 'UTC', onQuery: (next) => setQuery(analyticsQueryString(next)),
    flags: [testFlag({ id: 'f1', watchId: 'w-lumina', level: 'orange', raisedAt: '2026-11-26T08:00:00.000Z' })],
  });
}

const card = (root: HTMLElement, id: string) => byTestId(root, id)[0]!;
const value = (root: HTMLElement, id: string) => card(root, id).dataset.value;
const change = (root: HTMLElement, id: string) => byTestId(card(root, id), 'kpi-change')[0]!.dataset.value;
const ready = (root: HTMLElement) => byTestId(root, 'analytics')[0]!.dataset.ready;
const choose = (select: HTMLElement, choice: string) => {
  (select as HTMLSelectElement).value = choice;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('AnalyticsView', () => {
  it('renders the KPIs of the range from the stats table, with their change', async () => {
    await db.stats.bulkPut(rows);
    const root = mount(h(Harness, { initial: '' }));
    await vi.waitFor(() => expect(ready(root)).toBe('kpis'));
    expect(value(root, 'kpi-posts')).toBe('4');
    expect(value(root, 'kpi-comments')).toBe('14');
    expect(value(root, 'kpi-engagement')).toBe('500');
    expect(value(root, 'kpi-rate')).toBe('0.1');
    expect(card(root, 'kpi-rate').textContent).toContain('by views · 2 of 4 posts');
    expect(value(root, 'kpi-net-sentiment')).toBe('0.3');
    expect(card(root, 'kpi-net-sentiment').textContent).toContain('+30.0%');
    expect(change(root, 'kpi-posts')).toBe('2');
    expect(change(root, 'kpi-engagement')).toBe('400');
    expect(Number(change(root, 'kpi-rate'))).toBeCloseTo(0.05);
    expect(card(root, 'kpi-posts').textContent).toContain('+100.0%');
    // Without a watch chosen, share of voice is the own brand's: Lumina 3 of the watches' 12 mentions
    // this week (last week 1 of 4: no change), named on the card.
    expect(value(root, 'kpi-sov')).toBe('0.25');
    expect(card(root, 'kpi-sov').textContent).toContain('Lumina 光合咖啡 · of 12 mentions of all watches');
    expect(change(root, 'kpi-sov')).toBe('0');
    // The charts' numbers: this week's 18 posts and comments; the report lists the open flag.
    expect(byTestId(root, 'volume-chart')[0]!.dataset.total).toBe('18');
    expect(byTestId(root, 'report-flag').map((row) => row.dataset.level)).toEqual(['orange']);
    expect(byTestId(root, 'report-flag')[0]!.textContent).toContain('Lumina');
  });

  it('changes the KPIs when a filter changes, and shows unknown as a dash', async () => {
    await db.stats.bulkPut(rows);
    const root = mount(h(Harness, { initial: '' }));
    await vi.waitFor(() => expect(value(root, 'kpi-posts')).toBe('4'));
    const platforms = () => [...(byTestId(root, 'filter-platform')[0] as HTMLSelectElement).options].map((option) => option.value);
    await vi.waitFor(() => expect(platforms()).toEqual(['', 'weibo', 'x']));

    choose(byTestId(root, 'filter-platform')[0]!, 'x');
    await vi.waitFor(() => expect(value(root, 'kpi-posts')).toBe('1'));
    await vi.waitFor(() => expect(ready(root)).toBe('kpis'));
    expect(value(root, 'kpi-comments')).toBe('4');
    // X shows no engagement counts in these rows: unknown, not zero; and nothing to compare with.
    expect(value(root, 'kpi-engagement')).toBe('');
    expect(card(root, 'kpi-engagement').querySelector('.an-kpi-value')!.textContent).toBe('—');
    expect(card(root, 'kpi-engagement').title).toMatch(/^Unknown/);
    expect(change(root, 'kpi-engagement')).toBe('');
    expect(value(root, 'kpi-rate')).toBe('');

    choose(byTestId(root, 'filter-platform')[0]!, '');
    await vi.waitFor(() => expect(value(root, 'kpi-posts')).toBe('4'));
    choose(byTestId(root, 'filter-watch')[0]!, 'w-lumina');
    await vi.waitFor(() => expect(value(root, 'kpi-comments')).toBe('2'));
    expect(value(root, 'kpi-posts')).toBe('1');
    expect(value(root, 'kpi-sov')).toBe(String(3 / 12));
    expect(Number(change(root, 'kpi-sov'))).toBeCloseTo(3 / 12 - 1 / 4);
    expect(value(root, 'kpi-net-sentiment')).toBe('1');
  });

  it('reads ranges from the query: all time from the first hour, custom days', async () => {
    await db.stats.bulkPut(rows);
    const root = mount(h(Harness, { initial: 'range=all' }));
    await vi.waitFor(() => expect(value(root, 'kpi-posts')).toBe('6'));
    expect((byTestId(root, 'range-from')[0] as HTMLInputElement).value).toBe('2026-11-15');
    expect(change(root, 'kpi-posts')).toBe('');

    const from = byTestId(root, 'range-from')[0] as HTMLInputElement;
    from.value = '2026-11-20';
    from.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(value(root, 'kpi-posts')).toBe('4'));
    expect((byTestId(root, 'range-preset')[0] as HTMLSelectElement).value).toBe('custom');
    expect((byTestId(root, 'range-to')[0] as HTMLInputElement).value).toBe('2026-11-26');
  });

  it('exports the raw posts and comments of the filter as NDJSON', async () => {
    await db.stats.bulkPut(rows);
    await db.posts.bulkPut([
      storedPost({ id: 'weibo:in', postedAt: '2026-11-25T05:10:00.000Z', text: '新品\n上线' }),
      storedPost({ id: 'weibo:old', postedAt: '2026-10-01T05:10:00.000Z' }),
    ]);
    const comment = { kind: 'comment', id: 'weibo:c1', postId: 'weibo:in', platform: 'weibo', text: '好喝', metrics: {}, source: 'api',
      author: { id: 'weibo:u', platform: 'weibo', name: 'u' }, createdAt: '2026-11-25T06:00:00.000Z', capturedAt: '2026-11-25T06:00:00.000Z',
      firstSeenAt: '2026-11-25T06:00:00.000Z', lastSeenAt: '2026-11-25T06:00:00.000Z', seenOn: [] } as StoredComment;
    await db.comments.put(comment);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^earshot-records-\d{4}-\d{2}-\d{2}\.ndjson$/);
    });
    const root = mount(h(Harness, { initial: '' }));
    await vi.waitFor(() => expect(ready(root)).toBe('kpis'));
    byTestId(root, 'export-ndjson')[0]!.click();
    await vi.waitFor(() => expect(byTestId(root, 'export-ndjson-count')[0]?.dataset.count).toBe('2'));
    expect(clicks).toHaveBeenCalledTimes(1);
    const lines = (await blobs[0]!.text()).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((row) => row.id)).toEqual(['weibo:in', 'weibo:c1']);
    expect(lines[0].text).toBe('新品\n上线');
  });
});
