import { describe, expect, it } from 'vitest';
import type { Trend } from '../model';
import { describeShared, projectFixture, sharedJson } from '../../tests/shared-fixtures';
import { adapterForResponse, adaptersForPage } from './index';
import { douyinAdapter } from './douyin';
import { byId, comments, posts } from './test-picks';

const capturedAt = '2026-02-05T10:00:00.000Z';
const parse = (body: unknown, url: string) => douyinAdapter.fromResponse!(body, { url, capturedAt });
const ownJson = (name: string) => JSON.parse(projectFixture(`douyin/${name}`));

const COMMENT_LIST = 'https://www.douyin.com/aweme/v1/web/comment/list/?aweme_id=7300000000000000001&cursor=0&count=20&item_type=0';
const REPLY_LIST = 'https://www.douyin.com/aweme/v1/web/comment/list/reply/?item_id=7300000000000000001&comment_id=7300000000000000101&cursor=0&count=20';
const HOT_LIST = 'https://www.douyin.com/aweme/v1/web/hot/search/list/?device_platform=webapp&aid=6383&channel=channel_pc_web&detail_list=1';

describe('douyin adapter: web API (own fixtures)', () => {
  it('comment/list: roots, the reply riding in reply_comment, IP属地, 万 counts; a comment without user is skipped and counted', () => {
    const result = parse(ownJson('comment_list_small.json'), COMMENT_LIST);
    const all = comments(result.records);
    expect(result.skipped).toBe(1);
    expect(all.map((c) => c.id)).toEqual(['douyin:7300000000000000101', 'douyin:7300000000000000201', 'douyin:7300000000000000102']);
    const root = byId(all, 'douyin:7300000000000000101');
    expect(root).toMatchObject({
      postId: 'douyin:7300000000000000001',
      url: 'https://www.douyin.com/video/7300000000000000001',
      text: '这个奶茶太甜了，喝完有点后悔',
      createdAt: '2024-11-20T02:08:37.000Z',
      metrics: { likes: 1200, replies: 2 },
      source: 'api',
    });
    expect(root.parentId).toBeUndefined();
    expect(root.author).toEqual({
      id: 'douyin:71000000001', platform: 'douyin', name: '奶茶测评君', handle: 'naicha_ceping',
      url: 'https://www.douyin.com/user/MS4wLjABAAAAownfixtureA', verified: false, location: '河南',
    });
    const reply = byId(all, 'douyin:7300000000000000201');
    expect(reply.parentId).toBe('douyin:7300000000000000101');
    expect(reply.author).toMatchObject({ handle: '12345678', location: '广东' });
    expect(reply.author.verified).toBeUndefined();
    const official = byId(all, 'douyin:7300000000000000102');
    expect(official.metrics).toEqual({ likes: 32000, replies: 0 });
    expect(official.createdAt).toBe('2024-11-20T05:20:00.000Z');
    expect(official.author.verified).toBe(true);
  });

  it('comment/list/reply: the parent is the reply answered, else the root from the request', () => {
    const all = comments(parse(ownJson('comment_reply_small.json'), REPLY_LIST).records);
    expect(all).toHaveLength(2);
    expect(byId(all, 'douyin:7300000000000000202')).toMatchObject({ postId: 'douyin:7300000000000000001', parentId: 'douyin:7300000000000000101' });
    const nested = byId(all, 'douyin:7300000000000000203');
    expect(nested.parentId).toBe('douyin:7300000000000000202');
    expect(nested.author.location).toBeUndefined(); // ip_label "" = not shown
  });

  it('aweme/detail: an image post (aweme_type 68) with saves, and play_count 0 read as unknown', () => {
    const [post] = posts(parse(ownJson('aweme_detail_small.json'), 'https://www.douyin.com/aweme/v1/web/aweme/detail/?aweme_id=7300000000000000002').records);
    expect(post).toMatchObject({
      id: 'douyin:7300000000000000002',
      url: 'https://www.douyin.com/note/7300000000000000002',
      media: 'image',
      text: '新品上市！三款口味你选哪个？ #奶茶 #新品',
      createdAt: '2024-11-19T07:06:40.000Z',
      metrics: { likes: 45210, comments: 3120, shares: 870, saves: 2300 },
    });
    expect(post.metrics.views).toBeUndefined();
    expect(post.author).toMatchObject({ name: '品牌官方', followers: 1250000, verified: true });
  });

  it('hot/search/list: 抖音热榜 entries become trends; an entry without words is skipped', () => {
    const result = parse(ownJson('hot_search_list_small.json'), HOT_LIST);
    const trends = result.records as Trend[];
    expect(result.skipped).toBe(1);
    expect(trends.map((t) => [t.rank, t.title, t.heat, t.url])).toEqual([
      [1, '某某奶茶回应配方争议', 11860000, 'https://www.douyin.com/hot/1800001'],
      [2, '初雪', 9234567, 'https://www.douyin.com/hot/1800002'],
      // No position: its place in the list; "$undefined" sentence id: a search link instead.
      [4, '周末去哪儿', 8800000, 'https://www.douyin.com/search/%E5%91%A8%E6%9C%AB%E5%8E%BB%E5%93%AA%E5%84%BF'],
    ]);
    expect(trends.every((t) => t.kind === 'trend' && t.id === `douyin:hot:${t.title}`)).toBe(true);
  });

  it('feed cards with the aweme as a JSON string (/discover), and error bodies', () => {
    const aweme = { aweme_id: '7300000000000000009', desc: '卡片', author: { uid: '9', nickname: 'n' }, statistics: { digg_count: 5 } };
    const result = parse({ status_code: 0, cards: [{ aweme: JSON.stringify(aweme) }, { aweme: '{broken' }] }, 'https://www.douyin.com/aweme/v1/web/module/feed/');
    expect(posts(result.records).map((p) => p.id)).toEqual(['douyin:7300000000000000009']);
    expect(result.skipped).toBe(1);
    expect(parse({ status_code: 8, status_msg: 'login required' }, COMMENT_LIST)).toEqual({ records: [], skipped: 1 });
    expect(parse('<html>', COMMENT_LIST)).toEqual({ records: [], skipped: 1 });
  });

  it('the registry routes Douyin API URLs and pages to this adapter, and nothing else', () => {
    for (const url of [COMMENT_LIST, REPLY_LIST, HOT_LIST, 'https://www.douyin.com/aweme/v1/web/general/search/single/?keyword=x',
      'https://www.douyin.com/aweme/v1/web/aweme/post/?sec_user_id=x', 'https://www.iesdouyin.com/web/api/v2/aweme/post/?sec_uid=x']) {
      expect(adapterForResponse(url)?.name).toBe('douyin');
    }
    expect(adapterForResponse('https://www.douyin.com/aweme/v1/web/im/user/info/')).toBeUndefined();
    expect(adapterForResponse('https://evil.example/www.douyin.com/aweme/v1/web/aweme/detail/')).toBeUndefined();
    expect(adaptersForPage('https://www.douyin.com/video/7300000000000000003').map((a) => a.name)).toEqual(['douyin']);
    expect(adaptersForPage('https://www.iesdouyin.com/share/video/7300000000000000003/').map((a) => a.name)).toEqual(['douyin']);
  });
});

describeShared('douyin adapter', () => {
  describe('iesdouyin web/api/v2/aweme/post (2020): no create_time in this API version', () => {
    const url = 'https://www.iesdouyin.com/web/api/v2/aweme/post/?sec_uid=MS4wLjABAAAAAI3oSIRdM9cE-AflbGPjaw_xUg6xajgGJtM_yX4hkCY&count=21&max_cursor=0&aid=1128';

    it('list a: 25 videos by 小蔡, field by field', () => {
      const result = parse(sharedJson('douyin/iesdouyin_web_api_v2_aweme_post_2020_a.json'), url);
      const all = posts(result.records);
      expect(result.skipped).toBe(0);
      expect(comments(result.records)).toHaveLength(0);
      expect(all).toHaveLength(25);
      expect(all.every((p) => p.media === 'video' && p.createdAt === undefined && p.metrics.views === undefined)).toBe(true);
      expect(new Set(all.map((p) => p.author.id))).toEqual(new Set(['douyin:52895175925']));
      const first = byId(all, 'douyin:6839298761143930116');
      expect(first).toMatchObject({
        url: 'https://www.douyin.com/video/6839298761143930116',
        text: '这份工作让我走出了抑郁症#美团外卖小姐姐',
        metrics: { likes: 4517, comments: 479, shares: 27 },
        source: 'api',
      });
      expect(first.author).toEqual({
        // The nickname ends in U+E04A, a private-use emoji of Douyin's own set: kept as sent.
        id: 'douyin:52895175925', platform: 'douyin', name: '小蔡\ue04a', handle: '9337997',
        url: 'https://www.douyin.com/user/MS4wLjABAAAAAI3oSIRdM9cE-AflbGPjaw_xUg6xajgGJtM_yX4hkCY', followers: 344496, verified: false,
      });
      expect(byId(all, 'douyin:6838894886603820300').metrics).toEqual({ likes: 7000, comments: 1395, shares: 40 });
      expect(byId(all, 'douyin:6827819751847333120').text).toBe('每天平安回家才是幸福，大家戴好头盔，今天头盔保护了我#美团外卖小姐姐');
      expect(all.reduce((sum, p) => sum + (p.metrics.likes ?? 0), 0)).toBe(200696);
      expect(all.reduce((sum, p) => sum + (p.metrics.comments ?? 0), 0)).toBe(29293);
    });

    it('list b: 41 videos by Lx (unique_id as handle)', () => {
      const all = posts(parse(sharedJson('douyin/iesdouyin_web_api_v2_aweme_post_2020_b.json'), url).records);
      expect(all).toHaveLength(41);
      const first = byId(all, 'douyin:6839264343264218375');
      expect(first.text).toBe('原来在一个人身上耗尽所有感情后就真的喜欢不上任何人了 无论他们怎么做 你都会觉得他们是在欺骗你');
      expect(first.metrics).toEqual({ likes: 50, comments: 25, shares: 0 });
      expect(first.author).toMatchObject({ id: 'douyin:61431549002', name: 'Lx', handle: 'xx66888_', followers: 56820 });
      expect(byId(all, 'douyin:6839230342612765959').metrics).toEqual({ likes: 649, comments: 202, shares: 5 });
      expect(byId(all, 'douyin:6815512416311315715').metrics).toEqual({ likes: 74, comments: 10, shares: 1 });
      expect(all.reduce((sum, p) => sum + (p.metrics.likes ?? 0), 0)).toBe(11844);
      expect(all.reduce((sum, p) => sum + (p.metrics.comments ?? 0), 0)).toBe(2536);
    });
  });

  describe('general search (2026, via the TikHub proxy: its `data` member is the platform body, data[] cards with aweme_info)', () => {
    const url = 'https://www.douyin.com/aweme/v1/web/general/search/single/?keyword=%E7%8C%AB%E5%92%AA&search_channel=aweme_general';
    const result = parse(sharedJson('douyin/tikhub_douyin_general_search_2026_trimmed.json'), url);
    const all = posts(result.records);

    it('3 result cards → 3 posts; the 2 top comments two cards show are kept too (SOURCES counts cards only: 3 / 0)', () => {
      expect(result.skipped).toBe(0);
      expect(all.map((p) => p.id)).toEqual(['douyin:7584769166932233472', 'douyin:7565738211130035491', 'douyin:7596255733810151921']);
      expect(comments(result.records).map((c) => c.id)).toEqual(['douyin:7589170477286638395', 'douyin:7596334779546321705']);
    });

    it('the image post (aweme_type 68): note URL, counts, time; follower_count 0 in search is unknown, not 0', () => {
      const post = byId(all, 'douyin:7584769166932233472');
      expect(post).toMatchObject({
        url: 'https://www.douyin.com/note/7584769166932233472',
        media: 'image',
        text: '好坏一看便知。#猫 #好猫 #坏猫 #十九喵 #抖音萌宠出道计划',
        createdAt: '2025-12-17T10:18:26.000Z',
        metrics: { likes: 2816, comments: 1046, shares: 2298, saves: 711 },
      });
      expect(post.author).toEqual({
        id: 'douyin:4457845776194612', platform: 'douyin', name: '十九喵🐱', handle: '46429056777',
        url: 'https://www.douyin.com/user/MS4wLjABAAAAKywjq73e6oM3jsBbJG57-YBfrVdrYBW-Ev-erLwbbem7bmFejBBiKvhYbaALahj6', verified: false,
      });
    });

    it('the two videos', () => {
      expect(byId(all, 'douyin:7565738211130035491')).toMatchObject({
        media: 'video', createdAt: '2025-10-30T10:00:00.000Z', author: { name: '猫学科代表', handle: '43511306302' },
        metrics: { likes: 60149, comments: 3296, shares: 3468, saves: 44218 },
      });
      const third = byId(all, 'douyin:7596255733810151921');
      expect(third).toMatchObject({
        media: 'video', text: '人 咪真的超厉害\n#猫咪 #猫咪日常', createdAt: '2026-01-17T09:11:57.000Z',
        author: { id: 'douyin:101020239887', name: "rem's Vicky Star", handle: 'dyzj5qbpvv0z' },
        metrics: { likes: 4275016, comments: 117003, shares: 2817643, saves: 207435 },
      });
    });

    it('the card comments: under their aweme, with counts and time', () => {
      const [first, second] = comments(result.records);
      expect(first).toMatchObject({
        postId: 'douyin:7584769166932233472', text: '那我是好猫还是坏猫[呆无辜]', createdAt: '2025-12-29T06:57:30.000Z',
        metrics: { likes: 22, replies: 10 }, author: { id: 'douyin:2648045421337260', name: '跑调哲学家', handle: '63086623465' },
      });
      expect(second).toMatchObject({
        postId: 'douyin:7596255733810151921', text: '小猫晚上复盘', createdAt: '2026-01-17T14:18:38.000Z',
        metrics: { likes: 883954, replies: 0 }, author: { name: '、花卷' },
      });
      expect(first.parentId).toBeUndefined();
    });
  });
});
