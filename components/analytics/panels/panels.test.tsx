import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import chinese from '../../../public/_locales/zh_CN/messages.json';
import { statsRow } from '../../../lib/analytics/test-stats';
import type { AnalyticsFilter } from '../../../lib/analytics/view-types';
import type { StoredTrend } from '../../../lib/db';
import { messageFrom } from '../../../lib/i18n';
import { storedPost } from '../../../tests/analytics-posts';
import { byTestId, mount } from '../../mount.test-helper';
import { downloadText } from '../download';
import { ContentTypesPanel, DefinitionsPanel, HeatmapPanel, KeywordsPanel, PlacesPanel, TopAuthorsPanel, TrendingPanel } from './index';

vi.mock('../download', async (original) => ({ ...(await original<typeof import('../download')>()), downloadText: vi.fn() }));

afterEach(() => vi.clearAllMocks());

/** Clicks the panel's CSV button and returns the file's lines (BOM and CRLF removed). */
function exportedCsv(root: HTMLElement): string[] {
  byTestId(root, 'export-csv')[0]!.click();
  const text = vi.mocked(downloadText).mock.calls.at(-1)![1];
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).split('\r\n').filter(Boolean);
}

const filter: AnalyticsFilter = { from: Date.parse('2026-11-20T00:00:00Z'), to: Date.parse('2026-11-27T00:00:00Z'), platforms: [], watchId: '', basis: 'views' };

describe('loading and empty states', () => {
  it('says it is loading until data arrives, then that the range holds nothing', () => {
    const loading = mount(<TopAuthorsPanel />);
    expect(byTestId(loading, 'panel-loading')).toHaveLength(1);
    expect(byTestId(loading, 'top-author')).toHaveLength(0);
    const empty = mount(<KeywordsPanel posts={[]} />);
    expect(byTestId(empty, 'panel-loading')).toHaveLength(0);
    expect(byTestId(empty, 'panel-empty')[0]!.textContent).toBe('Nothing in this range.');
  });
});

describe('ContentTypesPanel', () => {
  it('shows median engagement and rate per media type, with how many posts each rests on', () => {
    const posts = [
      storedPost({ media: 'video', metrics: { likes: 10, views: 100 } }),
      storedPost({ media: 'video', metrics: { likes: 30, views: 1000 } }),
      storedPost({ media: 'video', metrics: { likes: 50 } }),
      storedPost({ media: 'image', metrics: {} }),
    ];
    const root = mount(<ContentTypesPanel posts={posts} basis="views" />);
    const rows = byTestId(root, 'content-type-row');
    expect(rows.map((row) => row.dataset.media)).toEqual(['image', 'video']);
    const video = rows[1]!.querySelectorAll('td');
    expect(video[0]!.textContent).toBe('3');
    expect(video[1]!.textContent).toBe('30 (3 posts)');
    // Rates 10 % and 3 %: median 6.5 %; the post without views is left out, not counted as 0.
    expect(video[2]!.textContent).toBe('6.5% (2 posts)');
    expect(rows[0]!.querySelectorAll('td')[1]!.textContent).toBe('— (0 posts)');
    expect(byTestId(root, 'export-png')).toHaveLength(1);
    expect(exportedCsv(root)).toEqual([
      'Type,Posts,Median engagement,Posts with engagement,Median rate (by views),Posts with rate',
      'Image,1,,0,,0',
      'Video,3,30,3,0.065,2',
    ]);
  });
});

describe('HeatmapPanel', () => {
  const at = (iso: string, likes: number, author = 'brand', views = 100) =>
    storedPost({ createdAt: iso, metrics: { likes, views }, author: { id: `weibo:${author}`, platform: 'weibo', name: author } });
  // Shanghai: 2026-11-23 is a Monday; 01:00Z is 09:00 there.
  const posts = [
    at('2026-11-23T01:10:00Z', 10), at('2026-11-23T01:40:00Z', 20), at('2026-11-25T12:00:00Z', 5, 'rival'),
    storedPost({ metrics: { likes: 1, views: 10 } }), at('2026-11-24T01:00:00Z', 3, 'brand', 0),
  ];
  const cell = (root: HTMLElement, weekday: number, hour: number) =>
    byTestId(root, 'heat-cell').find((td) => td.dataset.weekday === String(weekday) && td.dataset.hour === String(hour))!;

  it('fills weekday × hour cells with the median rate, in the viewer zone, and states what was left out', () => {
    const root = mount(<HeatmapPanel posts={posts} basis="views" timeZone="Asia/Shanghai" />);
    expect(byTestId(root, 'heat-cell')).toHaveLength(168);
    expect(cell(root, 0, 9).dataset.posts).toBe('2');
    expect(Number(cell(root, 0, 9).dataset.value)).toBeCloseTo(0.15);
    expect(cell(root, 0, 9).textContent).toBe('15%');
    expect(cell(root, 2, 20).dataset.value).toBe('0.05');
    expect(cell(root, 3, 9).dataset.value).toBe('');
    const leftOut = byTestId(root, 'heatmap-left-out')[0]!;
    expect(leftOut.textContent).toBe('3 posts placed; left out: 1 without a publish time, 1 without a rate.');
    expect(byTestId(root, 'heatmap-summary')[0]!.textContent).toBe('Best slot: Mon 9:00, median rate 15% (2 posts).');
    expect(root.textContent).toContain('Asia/Shanghai');
    const csv = exportedCsv(root);
    expect(csv).toHaveLength(1 + 168);
    expect(csv.find((line) => line.startsWith('Mon,9,'))).toMatch(/^Mon,9,2,0\.15/);
  });

  it('narrows to the picked accounts', async () => {
    const root = mount(<HeatmapPanel posts={posts} basis="views" timeZone="Asia/Shanghai" />);
    const select = byTestId(root, 'heatmap-accounts')[0] as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'All accounts', 'brand · Weibo (3)', 'author 4 · Weibo (1)', 'rival · Weibo (1)',
    ]);
    for (const option of select.options) option.selected = option.value === 'weibo:rival';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(cell(root, 0, 9).dataset.posts).toBe('0'));
    expect(cell(root, 2, 20).dataset.value).toBe('0.05');
    expect(byTestId(root, 'heatmap-left-out')[0]!.dataset.used).toBe('1');
  });
});

describe('TopAuthorsPanel', () => {
  it('lists authors with a profile link, followers, posts, engagement and net sentiment; scraped names stay text', () => {
    const author = { id: 'weibo:u1', platform: 'weibo' as const, name: '<b>大V</b>', url: 'https://weibo.com/u/1', followers: 120_000 };
    const posts = [
      storedPost({ author, metrics: { likes: 900, comments: 100 }, sentiment: { label: 'positive', score: 0.9, model: 'm' } as never }),
      storedPost({ author, metrics: { likes: 50 } }),
      storedPost({ metrics: { likes: 2 } }),
    ];
    const root = mount(<TopAuthorsPanel posts={posts} />);
    const rows = byTestId(root, 'top-author');
    expect(rows).toHaveLength(2);
    const link = rows[0]!.querySelector('a')!;
    expect(link.textContent).toBe('<b>大V</b>');
    expect(link.querySelector('b')).toBeNull();
    expect(link.getAttribute('href')).toBe('https://weibo.com/u/1');
    expect(link.getAttribute('rel')).toBe('noreferrer');
    expect([...rows[0]!.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Weibo', '120K', '2', '1,050', '+1.00']);
    expect(rows[1]!.querySelector('a')).toBeNull();
    expect(exportedCsv(root)[1]).toBe('<b>大V</b>,Weibo,https://weibo.com/u/1,120000,2,1050,1');
  });
});

describe('KeywordsPanel', () => {
  it('lists terms by posts with a topic badge for #topics#', () => {
    const posts = [
      storedPost({ text: '新品发布 #春季新品# 很好看' }), storedPost({ text: '#春季新品# 已下单' }), storedPost({ text: '发布会 #春季新品#' }),
    ];
    const root = mount(<KeywordsPanel posts={posts} />);
    const rows = byTestId(root, 'keyword-row');
    const topic = rows.find((row) => row.dataset.topic === 'true')!;
    expect(topic.dataset.term).toContain('春季新品');
    expect(byTestId(topic, 'topic-badge')[0]!.textContent).toBe('topic');
    expect(topic.querySelector('.an-bar-cell .num')!.textContent).toBe('3');
    expect(rows[0]).toBe(topic);
    const csv = exportedCsv(root);
    expect(csv[0]).toBe('Term,Topic,Posts,Engagement');
    expect(csv).toHaveLength(rows.length + 1);
    expect(csv[1]).toBe(`${topic.dataset.term},1,3,`);
  });
});

describe('TrendingPanel', () => {
  const trend = (title: string, rank: number, overrides: Partial<StoredTrend> = {}): StoredTrend => ({
    kind: 'trend', id: `weibo:t-${title}-${rank}`, platform: 'weibo', capturedAt: '2026-11-25T05:00:00.000Z', rank, title,
    url: `https://s.weibo.com/weibo?q=${title}`, firstSeenAt: '2026-11-25T05:00:00.000Z', lastSeenAt: '2026-11-25T06:00:00.000Z', seenOn: [], ...overrides,
  });
  it('shows hot-list entries in the range with best rank, heat, sightings and a safe link', () => {
    const trends = [
      trend('=HYPERLINK("x")', 3, { heat: 5000 }), trend('=HYPERLINK("x")', 1, { id: 'weibo:t-2', heat: 8000 }),
      trend('old', 1, { firstSeenAt: '2026-10-01T00:00:00.000Z', lastSeenAt: '2026-10-01T01:00:00.000Z' }),
      trend('reddit thing', 2, { platform: 'reddit' }),
    ];
    const root = mount(<TrendingPanel trends={trends} filter={{ ...filter, platforms: ['weibo'] }} />);
    const rows = byTestId(root, 'trend-row');
    expect(rows).toHaveLength(1);
    expect([...rows[0]!.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent)).toEqual(['Weibo', '1', '8,000', '2']);
    expect(rows[0]!.querySelector('a')!.getAttribute('target')).toBe('_blank');
    // The formula-looking title is data in the CSV, not a formula.
    expect(exportedCsv(root)[1]).toMatch(/^"'=HYPERLINK\(""x""\)",Weibo,1,8000,2,/);
  });
});

describe('PlacesPanel', () => {
  const rows = [
    statsRow('2026-11-25T05:00:00.000Z', 'weibo', { comments: 5, places: { 'IP属地：广东': 3, 北京: 1 } }),
    statsRow('2026-11-25T06:00:00.000Z', 'weibo', { comments: 2, places: { 广东: 1 } }),
    statsRow('2026-11-25T06:00:00.000Z', 'douyin', { comments: 9, places: { 上海: 5 } }),
    statsRow('2026-11-25T06:00:00.000Z', 'x', { comments: 4 }),
  ];
  it('counts commenters by place with shares and says which platforms show places', () => {
    const root = mount(<PlacesPanel rows={rows} platforms={['weibo', 'x']} />);
    const places = byTestId(root, 'place-row');
    expect(places.map((row) => [row.dataset.place, row.dataset.value])).toEqual([['广东', '4'], ['北京', '1']]);
    expect(places[0]!.querySelector('.an-bar-cell')!.textContent).toBe('80%');
    expect(root.querySelector('.an-note')!.textContent).toBe('The location the platform shows beside a comment. Shown in this range by: Weibo.');
    expect(exportedCsv(root)).toEqual(['Place,Comments,Share', '广东,4,0.8', '北京,1,0.2']);
  });
  it('explains where places come from when none was shown', () => {
    const root = mount(<PlacesPanel rows={rows} platforms={['x']} />);
    expect(byTestId(root, 'place-row')).toHaveLength(0);
    expect(root.textContent).toContain('Chinese platforms show IP属地 beside comments');
  });
});

describe('DefinitionsPanel', () => {
  it('documents what counts as engagement on every platform and how the rate is computed', () => {
    const root = mount(<DefinitionsPanel />);
    const rows = byTestId(root, 'definition-row');
    expect(rows).toHaveLength(13);
    const row = (platform: string) => rows.find((item) => item.dataset.platform === platform)!;
    expect(row('xiaohongshu').textContent).toContain('likes + comments + saves');
    expect(row('xiaohongshu').textContent).toContain('shares are left out');
    expect(row('youtube').textContent).toContain('no share count');
    expect(row('reddit').textContent).toContain('score');
    expect(row('wechat').textContent).toContain('Reads (阅读) are stored as views');
    expect(byTestId(root, 'definition-rate')[0]!.textContent).toContain('never treated as 0');
    expect(exportedCsv(root)).toHaveLength(14);
  });
  it('speaks Chinese when the browser picked zh_CN', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => messageFrom(chinese, key, subs)) as never);
    const root = mount(<DefinitionsPanel />);
    const xhs = byTestId(root, 'definition-row').find((item) => item.dataset.platform === 'xiaohongshu')!;
    expect(xhs.textContent).toContain('点赞 + 评论 + 收藏');
    expect(xhs.textContent).toContain('不计分享');
    vi.restoreAllMocks();
  });
});
