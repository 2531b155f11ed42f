// Panels that read the database themselves, against a real (fake-indexeddb) Dexie at schema v5.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { statsRow } from '../../../lib/analytics/test-stats';
import type { AnalyticsFilter } from '../../../lib/analytics/view-types';
import { openDb, type EarshotDb } from '../../../lib/db';
import { storedPost } from '../../../tests/analytics-posts';
import { byTestId, mount } from '../../mount.test-helper';
import { ComparePanel, TopPostsPanel } from './index';

let db: EarshotDb;
beforeEach(() => { db = openDb(`panels-${Math.random()}`); });
afterEach(async () => { db.close(); await db.delete(); });

describe('TopPostsPanel', () => {
  it('lists the most engaged posts, linking out safely, with a growth line from their snapshots', async () => {
    const top = storedPost({ id: 'weibo:top', title: 'Launch <script>alert(1)</script>', url: 'https://weibo.com/1/top', metrics: { likes: 400, views: 10_000 }, createdAt: '2026-11-25T03:00:00.000Z' });
    const second = storedPost({ metrics: { likes: 50 } });
    const unknown = storedPost({ metrics: { views: 9 } });
    await db.snapshots.bulkAdd([
      { postId: 'weibo:top', at: '2026-11-25T04:00:00.000Z', metrics: { likes: 40 } },
      { postId: 'weibo:top', at: '2026-11-25T08:00:00.000Z', metrics: { likes: 150 } },
      { postId: 'weibo:top', at: '2026-11-25T12:00:00.000Z', metrics: { likes: 400 } },
    ]);
    const root = mount(<TopPostsPanel db={db} posts={[second, unknown, top]} basis="views" />);
    const rows = byTestId(root, 'top-post');
    expect(rows.map((row) => row.dataset.id)).toEqual(['weibo:top', second.id]);
    const link = rows[0]!.querySelector('a')!;
    expect(link.textContent).toBe('Launch <script>alert(1)</script>');
    expect(root.querySelector('script')).toBeNull();
    expect(link.getAttribute('rel')).toBe('noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(rows[0]!.querySelectorAll('td')[4]!.textContent).toBe('4%');
    await vi.waitFor(() => expect(byTestId(rows[0]!, 'sparkline')).toHaveLength(1));
    const points = byTestId(rows[0]!, 'sparkline')[0]!.querySelector('polyline')!.getAttribute('points')!.split(' ');
    expect(points).toHaveLength(3);
    expect(Number(points[2]!.split(',')[1])).toBeLessThan(Number(points[0]!.split(',')[1]));
    expect(byTestId(root, 'sparkline')[0]!.getAttribute('aria-label')).toBe('Engagement from 40 to 400 over 3 captures');
    expect(rows[1]!.textContent).toContain('one capture');
  });
});

describe('ComparePanel', () => {
  const day = (index: number) => new Date(Date.parse('2026-11-13T05:00:00.000Z') + index * 86_400_000).toISOString();
  // Filter = 20–26 Nov (UTC); the default A is the 7 days before it.
  const filter: AnalyticsFilter = { from: Date.parse('2026-11-20T00:00:00Z'), to: Date.parse('2026-11-27T00:00:00Z'), platforms: [], watchId: '', basis: 'views' };
  const before = [10, 12, 11, 9, 10, 12, 11];
  const after = [30, 32, 29, 31, 30, 33, 28];

  beforeEach(async () => {
    await db.stats.bulkAdd([...before, ...after].map((posts, index) => statsRow(day(index), 'weibo', { posts, comments: 5 })));
  });

  it('defaults to the period before the filter vs the filter and gives a verdict per metric', async () => {
    const root = mount(<ComparePanel db={db} filter={filter} watchIds={[]} timeZone="UTC" />);
    const value = (id: string) => (byTestId(root, id)[0] as HTMLInputElement).value;
    expect([value('compare-a-from'), value('compare-a-to'), value('compare-b-from'), value('compare-b-to')]).toEqual(['2026-11-13', '2026-11-19', '2026-11-20', '2026-11-26']);
    await vi.waitFor(() => expect(byTestId(root, 'compare-row')).toHaveLength(6));
    const row = (metric: string) => byTestId(root, 'compare-row').find((item) => item.dataset.metric === metric)!;
    const verdict = (metric: string) => byTestId(row(metric), 'compare-verdict')[0]!;
    expect([...row('posts').querySelectorAll('td')].slice(0, 4).map((td) => td.dataset.value)).toEqual(['75', '213', '138', String(138 / 75)]);
    expect(verdict('posts').dataset.verdict).toBe('larger');
    expect(verdict('posts').textContent).toBe('Larger than normal variation');
    expect(row('posts').textContent).toMatch(/z = \d+\.\d/);
    expect(verdict('comments').dataset.verdict).toBe('within');
    expect(verdict('netSentiment').dataset.verdict).toBe('too-little');
    expect(byTestId(root, 'compare-rule')[0]!.textContent).toContain('|z| ≥ 2');
  });

  it('re-reads when a window changes, and splits before/after a day', async () => {
    const root = mount(<ComparePanel db={db} filter={filter} watchIds={[]} timeZone="UTC" />);
    const input = (id: string) => byTestId(root, id)[0] as HTMLInputElement;
    const postsCell = () => byTestId(root, 'compare-row').find((item) => item.dataset.metric === 'posts')?.querySelectorAll('td');
    await vi.waitFor(() => expect(postsCell()?.[0]!.dataset.value).toBe('75'));
    input('compare-a-from').value = '2026-11-19';
    input('compare-a-from').dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(postsCell()?.[0]!.dataset.value).toBe('11'));
    expect(byTestId(root, 'compare-verdict')[0]!.dataset.verdict).toBe('too-little');

    input('compare-pivot').value = '2026-11-23';
    input('compare-pivot').dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect((byTestId(root, 'compare-split')[0] as HTMLButtonElement).disabled).toBe(false));
    byTestId(root, 'compare-split')[0]!.click();
    await vi.waitFor(() => expect(input('compare-a-from').value).toBe('2026-11-16'));
    expect([input('compare-a-to').value, input('compare-b-from').value, input('compare-b-to').value]).toEqual(['2026-11-22', '2026-11-23', '2026-11-29']);
    // A = 16–22 Nov: 9 + 10 + 12 + 11 + 30 + 32 + 29.
    await vi.waitFor(() => expect(postsCell()?.[0]!.dataset.value).toBe('133'));
  });

  it('resets the windows when the dashboard range changes', async () => {
    const root = mount(<ComparePanel db={db} filter={filter} watchIds={[]} timeZone="UTC" />);
    await vi.waitFor(() => expect(byTestId(root, 'compare-row')).toHaveLength(6));
    render(<ComparePanel db={db} filter={{ ...filter, from: Date.parse('2026-11-24T00:00:00Z') }} watchIds={[]} timeZone="UTC" />, root);
    const value = (id: string) => (byTestId(root, id)[0] as HTMLInputElement).value;
    await vi.waitFor(() => expect(value('compare-b-from')).toBe('2026-11-24'));
    expect([value('compare-a-from'), value('compare-a-to'), value('compare-b-to')]).toEqual(['2026-11-21', '2026-11-23', '2026-11-26']);
    // B = 24–26 Nov: 30 + 33 + 28.
    await vi.waitFor(() => expect(byTestId(root, 'compare-row')[0]!.querySelectorAll('td')[1]!.dataset.value).toBe('91'));
  });

  it('says so when a window ends before it starts', async () => {
    const root = mount(<ComparePanel db={db} filter={filter} watchIds={[]} timeZone="UTC" />);
    const to = byTestId(root, 'compare-b-to')[0] as HTMLInputElement;
    to.value = '2026-11-01';
    to.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toBe('Each window needs a start day on or before its end day (within 40 years).'));
    expect(byTestId(root, 'compare-row')).toHaveLength(0);
  });

  it('compares the watch\'s share of voice when a watch is chosen', async () => {
    await db.stats.bulkAdd([...before, ...after].flatMap((posts, index) => [
      statsRow(day(index), 'weibo', { scope: 'w1', posts: index < 7 ? 2 : 6 }),
      statsRow(day(index), 'weibo', { scope: 'w2', posts: 2 }),
    ]));
    const root = mount(<ComparePanel db={db} filter={{ ...filter, watchId: 'w1' }} watchIds={['w1', 'w2']} timeZone="UTC" />);
    await vi.waitFor(() => expect(byTestId(root, 'compare-row')).toHaveLength(6));
    const share = byTestId(root, 'compare-row').find((item) => item.dataset.metric === 'shareOfVoice')!;
    expect([...share.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent)).toEqual(['50%', '75%']);
    expect(byTestId(share, 'compare-verdict')[0]!.dataset.verdict).toBe('larger');
  });
});
