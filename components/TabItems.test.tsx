import { describe, expect, it } from 'vitest';
import type { TabItem } from '../lib/analytics/tab-items';
import { byTestId, mount } from './mount.test-helper';
import { safeHref, TabItems } from './TabItems';

const now = Date.parse('2026-11-26T06:00:00Z');
const item = (over: Partial<TabItem>): TabItem => ({
  id: 'weibo:1', kind: 'post', platform: 'weibo', authorName: '品牌官微', text: '新品发布', url: 'https://weibo.com/1/abc',
  time: '2026-11-26T04:00:00Z', metrics: { likes: 12_000, comments: 30, shares: 4 }, ...over,
});

describe('TabItems', () => {
  it('lists the items with kind, author, text, counts, time and a safe link', () => {
    const view = { total: 2, items: [item({}), item({ id: 'weibo:c1', kind: 'comment', url: undefined, metrics: { likes: 2 } })] };
    const root = mount(<TabItems tabUrl="https://weibo.com/1/abc" view={view} now={now} />);
    const rows = byTestId(root, 'tab-item');
    expect(rows.map((row) => row.dataset.kind)).toEqual(['post', 'comment']);
    expect(byTestId(root, 'tab-count')[0]!.dataset.value).toBe('2');
    expect(rows[0]!.textContent).toContain('品牌官微');
    expect(rows[0]!.textContent).toContain('12K likes · 30 comments · 4 shares');
    expect(rows[0]!.querySelector('time')!.textContent).toBe('2 hours ago');
    const link = rows[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://weibo.com/1/abc');
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
    expect(rows[1]!.querySelector('a')).toBeNull();
  });

  it('shows scraped text as text, never as markup', () => {
    const evil = '<img src=x onerror="alert(1)"><b>bold</b>';
    const root = mount(<TabItems tabUrl="https://x.com/a" view={{ total: 1, items: [item({ text: evil, authorName: '<i>me</i>' })] }} now={now} />);
    expect(root.querySelector('img, b, i')).toBeNull();
    expect(root.querySelector('.item-text')!.textContent).toBe(evil);
  });

  it('says how many are hidden beyond the newest shown', () => {
    const root = mount(<TabItems tabUrl="https://x.com/a" view={{ total: 73, items: [item({})] }} now={now} />);
    expect(byTestId(root, 'tab-count')[0]!.textContent).toBe('73 captured');
    expect(root.textContent).toContain('Showing the newest 1.');
  });

  it('explains an empty page, and a tab that is no web page', () => {
    expect(mount(<TabItems tabUrl="https://x.com/a" view={{ total: 0, items: [] }} now={now} />).textContent).toContain('Nothing captured on this page yet');
    const noTab = mount(<TabItems now={now} />);
    expect(byTestId(noTab, 'tab-count')).toHaveLength(0);
    expect(noTab.textContent).toContain('Open a Weibo or X page');
  });
});

describe('safeHref', () => {
  it('allows http(s) only', () => {
    expect(safeHref('https://x.com/a/status/1')).toBe('https://x.com/a/status/1');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,hi')).toBeUndefined();
    expect(safeHref('/relative')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});
