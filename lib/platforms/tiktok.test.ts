import { describe, expect, it } from 'vitest';
import { describeShared, projectFixture, sharedJson } from '../../tests/shared-fixtures';
import { adapterForResponse, adaptersForPage } from './index';
import { tiktokAdapter } from './tiktok';
import { byId, comments, posts } from './test-picks';

const capturedAt = '2026-02-05T10:00:00.000Z';
const parse = (body: unknown, url: string) => tiktokAdapter.fromResponse!(body, { url, capturedAt });
const parsePage = (html: string, url: string) =>
  tiktokAdapter.fromDocument!(new DOMParser().parseFromString(html, 'text/html'), { url, capturedAt });
const own = (name: string) => JSON.parse(projectFixture(`tiktok/${name}`));

const API = 'https://www.tiktok.com/api';
const COMMENT_LIST = `${API}/comment/list/?aid=1988&aweme_id=7400000000000000002&count=20&cursor=0`;
const REPLY_LIST = `${API}/comment/list/reply/?aid=1988&item_id=7400000000000000002&comment_id=7400000000000000101&cursor=0`;

describe('tiktok adapter: web API (own fixtures)', () => {
  it('comment/list: roots and the reply riding in reply_comment; a comment without user is skipped and counted', () => {
    const result = parse(own('comment_list_small.json'), COMMENT_LIST);
    const all = comments(result.records);
    expect(result.skipped).toBe(1);
    expect(all.map((c) => c.id)).toEqual(['tiktok:7400000000000000101', 'tiktok:7400000000000000201', 'tiktok:7400000000000000102']);
    const root = byId(all, 'tiktok:7400000000000000101');
    expect(root).toMatchObject({
      platform: 'tiktok', postId: 'tiktok:7400000000000000002', text: 'Where did you buy that jacket?',
      createdAt: '2024-11-20T02:08:37.000Z', metrics: { likes: 1200, replies: 1 }, source: 'api', lang: 'en',
    });
    expect(root.parentId).toBeUndefined();
    expect(root.author).toEqual({
      id: 'tiktok:6800000000000000011', platform: 'tiktok', name: 'Jacket Hunter', handle: 'jacket.hunter',
      url: 'https://www.tiktok.com/@jacket.hunter', verified: false,
    });
    const reply = byId(all, 'tiktok:7400000000000000201');
    expect(reply).toMatchObject({ parentId: 'tiktok:7400000000000000101', createdAt: '2024-11-20T02:16:40.000Z', metrics: { likes: 35, replies: 0 } });
    expect(reply.author.verified).toBe(true);
    // No follower figure in comment users: unknown stays absent, never 0.
    expect(byId(all, 'tiktok:7400000000000000102').author).not.toHaveProperty('followers');
  });

  it('comment/list/reply: the post and root come from the request; reply_to_reply_id names the nearer parent', () => {
    const result = parse(own('comment_reply_small.json'), REPLY_LIST);
    expect(result.skipped).toBe(0);
    const [first, second] = comments(result.records);
    expect(first).toMatchObject({ id: 'tiktok:7400000000000000202', postId: 'tiktok:7400000000000000002', parentId: 'tiktok:7400000000000000101' });
    expect(second).toMatchObject({ id: 'tiktok:7400000000000000203', parentId: 'tiktok:7400000000000000202', text: "@Asker Two it's in the bio" });
  });

  it('item/detail: statsV2 decimal strings, string createTime, followers from authorStats', () => {
    const result = parse(own('item_detail_small.json'), `${API}/item/detail/?itemId=7400000000000000002`);
    expect(result).toMatchObject({ skipped: 0 });
    expect(posts(result.records)).toEqual([{
      id: 'tiktok:7400000000000000002', platform: 'tiktok', kind: 'post',
      url: 'https://www.tiktok.com/@autumn.style/video/7400000000000000002',
      author: { id: 'tiktok:6800000000000000021', platform: 'tiktok', name: 'Autumn Style', handle: 'autumn.style', url: 'https://www.tiktok.com/@autumn.style', followers: 1250000, verified: true },
      text: 'Autumn haul 🍂 #fashion #haul', media: 'video', createdAt: '2024-10-27T03:33:20.000Z',
      metrics: { likes: 45100, comments: 1337, shares: 812, saves: 5600, views: 2100000 },
      capturedAt, source: 'api', lang: 'en',
    }]);
  });

  it('post/item_list: photo posts are images, live rooms are not posts, an item without author is counted', () => {
    const result = parse(own('item_list_small.json'), `${API}/post/item_list/?secUid=x&count=35&cursor=0`);
    expect(result.skipped).toBe(1);
    const [photo] = posts(result.records);
    expect(posts(result.records)).toHaveLength(1);
    expect(photo).toMatchObject({ id: 'tiktok:7400000000000000003', media: 'image', metrics: { likes: 900, comments: 12, shares: 4, saves: 20, views: 15000 } });
    expect(photo).not.toHaveProperty('lang'); // "un" = undetermined
  });

  it('an error status carries no data; a non-object body is counted', () => {
    expect(parse({ status_code: 8, comments: [] }, COMMENT_LIST)).toEqual({ records: [], skipped: 1 });
    expect(parse('<html>', COMMENT_LIST)).toEqual({ records: [], skipped: 1 });
  });

  it('is the adapter the registry picks for tiktok.com API and pages, and only those', () => {
    expect(adapterForResponse(COMMENT_LIST)?.name).toBe('tiktok');
    expect(adapterForResponse(`${API}/post/item_list/?secUid=x`)?.name).toBe('tiktok');
    expect(adapterForResponse(`${API}/search/general/full/?keyword=x`)?.name).toBe('tiktok');
    expect(adapterForResponse(`${API}/preload/?x=1`)).toBeUndefined();
    expect(adapterForResponse('https://www.tiktok.com.evil.example/api/comment/list/')).toBeUndefined();
    expect(adaptersForPage('https://www.tiktok.com/@autumn.style/video/7400000000000000002').map((a) => a.name)).toContain('tiktok');
  });
});

describe('tiktok adapter: embedded state (own fixtures)', () => {
  it('__UNIVERSAL_DATA_FOR_REHYDRATION__ video-detail itemStruct', () => {
    const result = parsePage(projectFixture('tiktok/video_page_universal.html'), 'https://www.tiktok.com/@autumn.style/video/7400000000000000002');
    expect(result.skipped).toBe(0);
    expect(posts(result.records)).toEqual([expect.objectContaining({
      id: 'tiktok:7400000000000000002', source: 'embedded', createdAt: '2024-10-27T03:33:20.000Z',
      metrics: { likes: 45100, comments: 1337, shares: 812, saves: 5600, views: 2100000 },
    })]);
  });

  it("legacy window['SIGI_STATE']: ItemModule authors resolved by handle through UserModule", () => {
    const result = parsePage(projectFixture('tiktok/user_page_sigi.html'), 'https://www.tiktok.com/@old.style');
    const found = posts(result.records);
    expect(found.map((p) => p.id)).toEqual(['tiktok:7300000000000000031', 'tiktok:7300000000000000032']);
    expect(found[0]).toMatchObject({
      url: 'https://www.tiktok.com/@old.style/video/7300000000000000031', createdAt: '2023-07-22T04:26:40.000Z',
      author: { id: 'tiktok:6700000000000000041', name: 'Old Style', followers: 5400, verified: false },
      metrics: { likes: 77, comments: 5, shares: 1, saves: 2, views: 3000 },
    });
    expect(found[1].metrics).not.toHaveProperty('saves');
  });

  it('broken embedded JSON is counted, not thrown', () => {
    const html = '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":</script>';
    expect(parsePage(html, 'https://www.tiktok.com/')).toEqual({ records: [], skipped: 1 });
  });
});

describeShared('tiktok adapter: shared captures', () => {
  it('tikhub_tiktok_api_search_general_2026: 11 video items of 12 entries (the type 4 user list is not a post)', () => {
    // A TikHub proxy capture: its `data` member is the upstream tiktok.com /api/search/general/full/ body.
    const result = parse(sharedJson('tiktok/tikhub_tiktok_api_search_general_2026.json'), `${API}/search/general/full/?keyword=TikTok&offset=0`);
    const found = posts(result.records);
    expect(result.skipped).toBe(0);
    expect(found).toHaveLength(11);
    expect(byId(found, 'tiktok:7603296357641735445')).toMatchObject({
      url: 'https://www.tiktok.com/@dua_zahra014/video/7603296357641735445',
      text: 'Dhoky 🤭🤌🏻❤️#foryou#سارائیکی#viralvideo#tiktok#growmyaccount',
      createdAt: '2026-02-05T08:33:12.000Z', lang: 'hi', media: 'video',
      metrics: { likes: 2887, comments: 179, shares: 38, saves: 100, views: 12100 },
      author: { id: 'tiktok:7105281502317872154', handle: 'dua_zahra014', name: '🧚‍♀️دعا🧚‍♀️', followers: 398400, verified: false },
    });
    expect(byId(found, 'tiktok:7559547420254719287')).toMatchObject({
      text: '#fyp #tiktok #foryou', createdAt: '2025-10-10T11:06:13.000Z',
      metrics: { likes: 1800000, comments: 3088, shares: 24200, saves: 71200, views: 16900000 },
      author: { id: 'tiktok:7546487956530807822', handle: 'bihuo88898', name: 'bihuo888', followers: 11600 },
    });
    expect(found[1]).not.toHaveProperty('lang'); // textLanguage "un"
  });

  it('tiktok_comment_objects_2024: all 80 comments, roots of one video', () => {
    const result = parse(sharedJson('tiktok/tiktok_comment_objects_2024.json'), `${API}/comment/list/?aweme_id=7426227701096123655&count=20&cursor=0`);
    const found = comments(result.records);
    expect(result.skipped).toBe(0);
    expect(found).toHaveLength(80);
    expect(found.every((c) => c.postId === 'tiktok:7426227701096123655' && c.parentId === undefined && c.lang === 'vi')).toBe(true);
    expect(found[0]).toMatchObject({
      id: 'tiktok:7439177575589839623', text: 'lúc đầu tưởng tóc mẹ bạc màu mây😅', createdAt: '2024-11-20T02:08:37.000Z',
      metrics: { likes: 0, replies: 0 },
      author: { id: 'tiktok:7403225924773168135', handle: 'b.fan.quang.hn', name: 'bé sữa dâu,quang HN💤', url: 'https://www.tiktok.com/@b.fan.quang.hn', verified: false },
    });
    expect(byId(found, 'tiktok:7437857675311022855')).toMatchObject({
      text: 'HIEUTHUHAI', createdAt: new Date(1731761197 * 1000).toISOString(), metrics: { likes: 0, replies: 1 },
      author: { handle: 'hihi84381', name: 'hihi' },
    });
    expect(byId(found, 'tiktok:7435453065794831120')).toMatchObject({
      text: 'HIEUTHUHAI', createdAt: '2024-11-10T01:15:36.000Z', author: { id: 'tiktok:6726470037563442178', handle: 'phamlinh2186', name: 'yêu cầu lông nhất' },
    });
    expect(found.reduce((sum, c) => sum + (c.metrics.replies ?? 0), 0)).toBe(2);
    expect(found.filter((c) => c.metrics.likes === 1)).toHaveLength(9);
  });
});
