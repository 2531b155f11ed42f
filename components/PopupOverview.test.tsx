import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import chinese from '../public/_locales/zh_CN/messages.json';
import { overviewFromStats } from '../entrypoints/popup/overview-queries';
import { statsRow } from '../lib/analytics/test-stats';
import { kpiChange } from '../lib/analytics/kpis';
import { messageFrom } from '../lib/i18n';
import { byTestId, mount } from './mount.test-helper';
import { overviewDashboardHash, PopupOverview } from './PopupOverview';
import { formatOverviewChange, formatOverviewValue } from './PopupOverviewKpi';
import { OVERVIEW_RANGE_KEY, storedOverviewRange } from './PopupOverviewRange';

const NOW = Date.parse('2026-11-26T10:25:00.000Z');
const view = overviewFromStats([
  statsRow('2026-11-26T10:00:00.000Z', 'weibo', { posts: 3, comments: 12_500, engagedPosts: 2, engagement: 500, positive: 3, negative: 1 }),
  statsRow('2026-11-25T09:00:00.000Z', 'weibo', { posts: 2, comments: 4, positive: 1, neutral: 1 }),
], '24h', NOW);
const one = (root: HTMLElement, id: string) => byTestId(root, id)[0]!;
const change = (card: HTMLElement) => card.querySelector<HTMLElement>('[data-testid="overview-change"]')!;
const props = { dashboardUrl: (hash: string) => `chrome-extension://id/dashboard.html${hash}`, onOpenDashboard: () => {}, onRange: () => {} };

describe('PopupOverview', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the window\'s KPIs exactly in data-value, unknown as "—" with an empty data-value', () => {
    const root = mount(<PopupOverview range="24h" view={view} {...props} />);
    const posts = one(root, 'overview-posts');
    expect(posts.dataset.value).toBe('3');
    expect(posts.querySelector('.ov-kpi-value')!.textContent).toBe('3');
    expect(change(posts).dataset.value).toBe('1');
    expect(change(posts).textContent).toBe('▲ 50%');
    expect(change(posts).title).toBe('Previous 24 h: 2');

    expect(one(root, 'overview-comments').dataset.value).toBe('12500');
    expect(one(root, 'overview-comments').querySelector('.ov-kpi-value')!.textContent).toBe('13K');

    // The previous window knew no post's engagement: the change is unknown, not +500.
    const engagement = one(root, 'overview-engagement');
    expect(engagement.dataset.value).toBe('500');
    expect(change(engagement).dataset.value).toBe('');
    expect(change(engagement).textContent).toBe('—');
    expect(change(engagement).title).toBe('Previous 24 h: unknown');

    // (3 − 1) ÷ 4 = +50 %, against (1 − 0) ÷ 2 = +50 %: no change.
    const net = one(root, 'overview-net-sentiment');
    expect(net.dataset.value).toBe('0.5');
    expect(net.querySelector('.ov-kpi-value')!.textContent).toBe('+50%');
    expect(change(net).dataset.value).toBe('0');
    expect(change(net).textContent).toBe('0 pts');

    const buckets = byTestId(root, 'overview-bucket');
    expect(buckets).toHaveLength(24);
    expect(buckets.at(-1)!.dataset.value).toBe('12503');
    expect(one(root, 'overview-chart').dataset.total).toBe('12503');
  });

  it('has nothing to say about an empty window but zeros and unknowns', () => {
    const root = mount(<PopupOverview range="24h" view={overviewFromStats([], '24h', NOW)} {...props} />);
    expect(one(root, 'overview-posts').dataset.value).toBe('0');
    expect(change(one(root, 'overview-posts')).textContent).toBe('0');
    expect(one(root, 'overview-engagement').dataset.value).toBe('');
    expect(one(root, 'overview-engagement').querySelector('.ov-kpi-value')!.textContent).toBe('—');
    expect(one(root, 'overview-net-sentiment').dataset.value).toBe('');
  });

  it('toggles between 24 h and 7 days, and shows a view of the other range as loading', () => {
    const onRange = vi.fn();
    const root = mount(<PopupOverview {...props} range="7d" view={view} onRange={onRange} />);
    expect(one(root, 'overview-24h').getAttribute('aria-pressed')).toBe('false');
    expect(one(root, 'overview-7d').getAttribute('aria-pressed')).toBe('true');
    expect(byTestId(root, 'overview-posts')).toHaveLength(0);
    one(root, 'overview-24h').click();
    expect(onRange).toHaveBeenCalledWith('24h');
  });

  it('links to the dashboard\'s analytics at the same range', () => {
    const onOpenDashboard = vi.fn();
    const root = mount(<PopupOverview {...props} range="7d" onOpenDashboard={onOpenDashboard} />);
    const link = one(root, 'overview-open-dashboard') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('chrome-extension://id/dashboard.html#analytics?range=7d');
    link.click();
    expect(onOpenDashboard).toHaveBeenCalledWith('#analytics?range=7d');
    expect(overviewDashboardHash('24h')).toBe('#analytics?range=24h');
  });

  it('speaks Chinese when the browser picked zh_CN', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => messageFrom(chinese, key, subs)) as never);
    const root = mount(<PopupOverview range="24h" view={view} {...props} />);
    expect(root.textContent).toContain('净情感');
    expect(change(one(root, 'overview-posts')).title).toBe('前 24 小时：2');
    expect(one(root, 'overview-comments').querySelector('.ov-kpi-value')!.textContent).toBe('1.3万');
  });
});

describe('formatOverviewChange', () => {
  it('relative for counts, the plain difference when the previous window had none, points for net sentiment', () => {
    expect(formatOverviewChange('count', kpiChange(80, 100), 'en')).toEqual({ text: '▼ 20%', direction: 'down' });
    expect(formatOverviewChange('count', kpiChange(5, 0), 'en')).toEqual({ text: '+5', direction: 'up' });
    expect(formatOverviewChange('count', kpiChange(0, 0), 'en')).toEqual({ text: '0', direction: 'flat' });
    expect(formatOverviewChange('count', kpiChange(7, 7), 'en')).toEqual({ text: '± 0%', direction: 'flat' });
    expect(formatOverviewChange('count', kpiChange(undefined, 3), 'en')).toEqual({ text: '—', direction: 'unknown' });
    expect(formatOverviewChange('net', kpiChange(0.1, 0.25), 'en')).toEqual({ text: '-15 pts', direction: 'down' });
  });

  it('net sentiment reads as a signed percentage', () => {
    expect(formatOverviewValue('net', -0.333, 'en')).toBe('-33%');
    expect(formatOverviewValue('net', 0, 'en')).toBe('0%');
    expect(formatOverviewValue('count', undefined, 'en')).toBe('—');
  });
});

describe('storedOverviewRange', () => {
  it('returns the remembered window, else 24 h', () => {
    expect(storedOverviewRange({ getItem: (key) => (key === OVERVIEW_RANGE_KEY ? '7d' : null) })).toBe('7d');
    expect(storedOverviewRange({ getItem: () => '30d' })).toBe('24h');
    expect(storedOverviewRange({ getItem: () => { throw new Error('blocked'); } })).toBe('24h');
  });
});
