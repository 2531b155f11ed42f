import { describe, expect, it } from 'vitest';
import { documentOf } from '../../tests/fuzz';
import { describeShared, projectFixture, sharedJson } from '../../tests/shared-fixtures';
import { bilibiliAdapter } from './bilibili';
import { adapterForResponse, adaptersForPage } from './index';
import { byId, comments, posts, trends } from './test-picks';

const CAPTURED = '2026-11-26T04:00:00.000Z';
const parse = (body: unknown, url: string, capturedAt = CAPTURED) => bilibiliAdapter.fromResponse!(body, { url, capturedAt });
const own = (name: string) => JSON.parse(projectFixture(`bilibili/${name}`));
const iso = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString();
const API = 'https://api.bilibili.com';

describeShared('bilibili adapter', () => {
  describe('x/v2/reply/main in cursor mode (2023, Her-ero/biliPlugin, trimmed to 8 roots)', () => {
    const body = sharedJson('bilibili/bilibili_x_v2_reply_main_cursor_mode_2023_trimmed.json');
    const result = parse(body, `${API}/x/v2/reply/wbi/main?oid=694724153&type=1&mode=3&next=0`);
    const all = comments(result.records);

    it('keeps the 8 roots and the 3 sub-replies embedded in them, all under video av694724153', () => {
      expect(result.skipped).toBe(0);
      expect(all).toHaveLength(11);
      expect(all.filter((c) => c.parentId)).toHaveLength(3);
      expect(new Set(all.map((c) => c.postId))).toEqual(new Set(['bilibili:av694724153']));
    });

    it('maps a root comment field by field', () => {
      const root = byId(all, 'bilibili:160850754112');
      expect(root.text).toBe('这个和魔霸7p应该怎么选，感觉差不多，不知道谁的屏幕好');
      expect(root.createdAt).toBe(iso(1681542073));
      expect(root.metrics).toEqual({ likes: 0, replies: 0 });
      expect(root.author).toEqual({
        id: 'bilibili:37227018', platform: 'bilibili', name: '112233558899', url: 'https://space.bilibili.com/37227018', verified: false,
      });
      expect(root.url).toBe('https://www.bilibili.com/video/av694724153/#reply160850754112');
      expect(root.parentId).toBeUndefined();
      expect(root.source).toBe('api');
    });

    it('links the embedded sub-replies to their root', () => {
      const sub = byId(all, 'bilibili:160921623488');
      expect(sub.parentId).toBe('bilibili:159872860272');
      expect(sub.text).toBe('i7这款都被下架了，现在的暗影9P也是i9+4080.15499的那款.');
      expect(sub.author.name).toBe('我人族啊Pimba');
      expect(sub.createdAt).toBe(iso(1681570937));
      expect(byId(all, 'bilibili:159872860272').metrics).toEqual({ likes: 1, replies: 1 });
      expect(byId(all, 'bilibili:159678101808').parentId).toBe('bilibili:159621811200');
      expect(byId(all, 'bilibili:159850518528')).toMatchObject({ parentId: 'bilibili:159621811200', text: '首发15499' });
      expect(byId(all, 'bilibili:159621811200').metrics).toEqual({ likes: 0, replies: 2 });
    });

    it('sums root likes and reply counts to the file totals', () => {
      const roots = all.filter((c) => !c.parentId);
      expect(roots.reduce((sum, c) => sum + (c.metrics.likes ?? 0), 0)).toBe(2);
      expect(roots.reduce((sum, c) => sum + (c.metrics.replies ?? 0), 0)).toBe(3);
    });
  });

  describe('web search, type=video (2026, TikHub forwarding the platform body)', () => {
    // TikHub proxies the web search; the body in its `data` member is the site's own x/web-interface/search shape.
    const url = `${API}/x/web-interface/wbi/search/type?search_type=video&keyword=%E7%81%AB%E5%BD%B1%E5%BF%8D%E8%80%85&page=1`;
    const result = parse(sharedJson('bilibili/tikhub_bilibili_web_search_2026.json'), url);
    const all = posts(result.records);

    it('keeps all 42 video results as video posts', () => {
      expect(result.skipped).toBe(0);
      expect(all).toHaveLength(42);
      expect(all.every((p) => p.media === 'video' && p.url.startsWith('https://www.bilibili.com/video/BV'))).toBe(true);
    });

    it('maps the first result: highlight tags gone, empty description falls back to the title', () => {
      const first = byId(all, 'bilibili:av116004801741275');
      expect(first.title).toBe('【火-影-忍-者】全720集 4K超清未删减完整版 reaction');
      expect(first.text).toBe(first.title);
      expect(first.url).toBe('https://www.bilibili.com/video/BV19wFGzzEPZ/');
      expect(first.createdAt).toBe(iso(1770096209));
      expect(first.metrics).toEqual({ views: 47660, likes: 782, comments: 46, saves: 1832 });
      expect(first.author).toEqual({
        id: 'bilibili:3691001075993433', platform: 'bilibili', name: 'b站耐补王三世', url: 'https://space.bilibili.com/3691001075993433',
      });
    });

    it('keeps the description as text and decodes entities in titles', () => {
      const second = byId(all, 'bilibili:av207499163');
      expect(second.text.startsWith('这次重置火影系列真是把肝都爆了')).toBe(true);
      expect(second.metrics).toEqual({ views: 19166568, likes: 514803, comments: 9445, saves: 404379 });
      expect(byId(all, 'bilibili:av1854428402').title).toBe('《忍战4K26》<忍战中期3>秽土火影加入战场、木叶新三忍登场、十尾人柱力诞生');
      // "-" is the site's placeholder for "no description".
      expect(byId(all, 'bilibili:av115999349152363').text).toBe('天道佩恩的一生');
    });

    it('sums views, likes, comments and favorites to the file totals', () => {
      const sum = (key: 'views' | 'likes' | 'comments' | 'saves') => all.reduce((total, p) => total + (p.metrics[key] ?? 0), 0);
      expect([sum('views'), sum('likes'), sum('comments'), sum('saves')]).toEqual([47073641, 1166428, 41526, 790132]);
    });
  });
});

describe('bilibili adapter on the project\'s own fixtures', () => {
  it('paged x/v2/reply: pinned, hot and page replies once each, IP属地 and the official badge', () => {
    const result = parse(own('reply_paged_small.json'), `${API}/x/v2/reply?type=1&oid=1001&pn=1`);
    const all = comments(result.records);
    expect(result.skipped).toBe(0);
    expect(all.map((c) => c.id)).toEqual(['bilibili:5001', 'bilibili:5002', 'bilibili:5003', 'bilibili:5004', 'bilibili:5005']);
    expect(byId(all, 'bilibili:5001').author).toMatchObject({ name: '示例官方号', verified: true, location: '上海' });
    expect(byId(all, 'bilibili:5004')).toMatchObject({ parentId: 'bilibili:5003', postId: 'bilibili:av1001', author: { location: '广东' } });
    expect(byId(all, 'bilibili:5005').author.location).toBeUndefined();
  });

  it('x/v2/reply/reply of a dynamic: root, reply, and reply-to-reply keep their parents', () => {
    const result = parse(own('reply_reply_dynamic_small.json'), `${API}/x/v2/reply/reply?type=17&oid=880001&root=6001&ps=10&pn=1`);
    const all = comments(result.records);
    expect(all.map((c) => [c.id, c.parentId ?? null])).toEqual([
      ['bilibili:6001', null], ['bilibili:6002', 'bilibili:6001'], ['bilibili:6003', 'bilibili:6002'],
    ]);
    expect(all.every((c) => c.postId === 'bilibili:dyn880001')).toBe(true);
    expect(byId(all, 'bilibili:6003').url).toBe('https://t.bilibili.com/880001#reply6003');
  });

  it('takes the comment area from the request when a reply omits it', () => {
    const body = own('reply_paged_small.json');
    for (const reply of body.data.replies) { delete reply.oid; delete reply.type; }
    const result = parse(body, `${API}/x/v2/reply?type=1&oid=1001&pn=1`);
    expect(byId(comments(result.records), 'bilibili:5005').postId).toBe('bilibili:av1001');
  });

  it('x/web-interface/view: views, likes, favorites as saves, shares, comments; coins and danmaku left out', () => {
    const [post] = posts(parse(own('view_small.json'), `${API}/x/web-interface/wbi/view?bvid=BV1xx411c7mD`).records);
    expect(post).toMatchObject({
      id: 'bilibili:av1001', url: 'https://www.bilibili.com/video/BV1xx411c7mD/', title: '新品开箱：一周深度体验',
      text: '用了一周，说说优缺点', media: 'video', createdAt: iso(1717990000), source: 'api',
    });
    expect(post.metrics).toEqual({ views: 250000, likes: 31000, comments: 5, saves: 8800, shares: 950 });
    expect(post.author).toMatchObject({ id: 'bilibili:90001', location: '上海' });
  });

  it('the video page\'s __INITIAL_STATE__: the video, with the UP主\'s followers and badge from upData', () => {
    const url = 'https://www.bilibili.com/video/BV1xx411c7mD/';
    const result = bilibiliAdapter.fromDocument!(documentOf(projectFixture('bilibili/video_page.html'), url), { url, capturedAt: CAPTURED });
    expect(result.skipped).toBe(0);
    const [post] = posts(result.records);
    expect(post).toMatchObject({ id: 'bilibili:av1001', url, source: 'embedded' });
    expect(post.author).toMatchObject({ followers: 1234567, verified: true, name: '示例官方号' });
  });

  it('x/web-interface/view/detail: the video with its UP主\'s follower count from Card', () => {
    const view = own('view_small.json').data;
    const body = { code: 0, message: '0', data: { View: view, Card: { card: { mid: '90001', name: '示例官方号', fans: 1234567, Official: { type: 1 } }, follower: 1234567 } } };
    const [post] = posts(parse(body, `${API}/x/web-interface/wbi/view/detail?aid=1001&need_view=1`).records);
    expect(post).toMatchObject({ id: 'bilibili:av1001', author: { followers: 1234567, verified: true, location: '上海' } });
  });

  it('an opus page\'s __INITIAL_STATE__.detail (modules as a list, text in paragraphs) is a dynamic post', () => {
    const detail = {
      id_str: '900000000000000003', type: 1, basic: { comment_id_str: '900000000000000003', comment_type: 17 },
      modules: [
        { module_type: 'MODULE_TYPE_AUTHOR', module_author: { mid: 90001, name: '示例官方号', pub_ts: '1718060000' } },
        { module_type: 'MODULE_TYPE_CONTENT', module_content: { paragraphs: [{ text: { nodes: [{ word: { words: '明晚八点' } }, { word: { words: '直播' } }] } }, { text: { nodes: [{ word: { words: '不见不散' } }] } }] } },
        { module_type: 'MODULE_TYPE_STAT', module_stat: { comment: { count: 120 }, forward: { count: 8 }, like: { count: 1500 } } },
      ],
    };
    const html = `<html><body><script>window.__INITIAL_STATE__=${JSON.stringify({ detail })};(function(){}())</script></body></html>`;
    const url = 'https://www.bilibili.com/opus/900000000000000003';
    const result = bilibiliAdapter.fromDocument!(documentOf(html, url), { url, capturedAt: CAPTURED });
    expect(posts(result.records)).toEqual([expect.objectContaining({
      id: 'bilibili:dyn900000000000000003', text: '明晚八点直播\n不见不散', source: 'embedded', createdAt: iso(1718060000),
      metrics: { likes: 1500, comments: 120, shares: 8 },
    })]);
  });

  it('B站热门 popular page 2: trends ranked 21.. with views as heat, and each video as a post', () => {
    const result = parse(own('popular_small.json'), `${API}/x/web-interface/popular?ps=20&pn=2`);
    expect(trends(result.records).map((t) => [t.id, t.rank, t.heat])).toEqual([
      ['bilibili:popular:BV1Ab411c7aa', 21, 2465053], ['bilibili:popular:BV1Ab411c7bb', 22, 406829], ['bilibili:popular:BV1Ab411c7cc', 23, 150000],
    ]);
    expect(byId(trends(result.records), 'bilibili:popular:BV1Ab411c7bb')).toMatchObject({ title: '第二名&更多', url: 'https://www.bilibili.com/video/BV1Ab411c7bb/' });
    expect(posts(result.records).map((p) => p.id)).toEqual(['bilibili:av2001', 'bilibili:av2002', 'bilibili:av2003']);
    expect(byId(posts(result.records), 'bilibili:av2001').author.location).toBe('山东');
  });

  it('dynamics feed: a video dynamic is the video, others take their comment-area id; the forwarded original too', () => {
    const result = parse(own('dynamic_space_small.json'), `${API}/x/polymer/web-dynamic/v1/feed/space?host_mid=90001`);
    const all = posts(result.records);
    expect(result.skipped).toBe(0);
    expect(all.map((p) => [p.id, p.media])).toEqual([
      ['bilibili:av1001', 'video'], ['bilibili:album330000001', 'image'], ['bilibili:dyn900000000000000003', 'text'],
      ['bilibili:dyn900000000000000004', 'text'], ['bilibili:dyn900000000000000099', 'text'], ['bilibili:cv40000001', 'article'],
    ]);
    expect(byId(all, 'bilibili:av1001').metrics).toEqual({ views: 250000, comments: 5 });
    expect(byId(all, 'bilibili:album330000001')).toMatchObject({
      url: 'https://t.bilibili.com/900000000000000002', text: '周末门店活动现场图', createdAt: iso(1718050000),
      metrics: { likes: 65, comments: 34, shares: 2 }, author: { verified: true },
    });
    expect(byId(all, 'bilibili:dyn900000000000000099')).toMatchObject({ text: '联名款今天开售', metrics: {}, author: { name: '合作方' } });
    expect(byId(all, 'bilibili:cv40000001')).toMatchObject({ title: '年度回顾', text: '这一年我们做了什么' });
  });

  it('search/all/v2: only the video group, with followers from the matching user card', () => {
    const result = parse(own('search_all_small.json'), `${API}/x/web-interface/wbi/search/all/v2?keyword=%E6%96%B0%E5%93%81`);
    const all = posts(result.records);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: 'bilibili:av1001', title: '新品开箱：一周深度体验', author: { followers: 1200000, verified: true } });
  });

  it('an error envelope (-352 risk control) yields nothing and counts one skip; a closed area is no error', () => {
    expect(parse({ code: -352, message: '风控校验失败', data: { v_voucher: 'x' } }, `${API}/x/v2/reply?type=1&oid=1`)).toEqual({ records: [], skipped: 1 });
    expect(parse({ code: 0, message: '0', data: null }, `${API}/x/v2/reply?type=1&oid=1`)).toEqual({ records: [], skipped: 0 });
    expect(parse('<html>', `${API}/x/v2/reply?type=1&oid=1`)).toEqual({ records: [], skipped: 1 });
  });

  it('skips and counts a reply without an author or id', () => {
    const body = own('reply_paged_small.json');
    delete body.data.replies[2].member;
    delete body.data.replies[2].mid;
    body.data.replies.push({ content: { message: 'no id' } });
    const result = parse(body, `${API}/x/v2/reply?type=1&oid=1001&pn=1`);
    expect(result.skipped).toBe(2);
    expect(comments(result.records).map((c) => c.id)).not.toContain('bilibili:5005');
  });
});

describe('bilibili in the registry', () => {
  it('routes the API responses the pages call, and nothing else on api.bilibili.com', () => {
    for (const path of [
      '/x/v2/reply?type=1&oid=2', '/x/v2/reply/main?oid=2&type=1&mode=3', '/x/v2/reply/wbi/main?oid=2&type=1', '/x/v2/reply/reply?oid=2&type=1&root=3',
      '/x/web-interface/view?aid=2', '/x/web-interface/wbi/view/detail?bvid=BV1xx411c7mD', '/x/web-interface/wbi/search/type?search_type=video&keyword=a',
      '/x/web-interface/wbi/search/all/v2?keyword=a', '/x/polymer/web-dynamic/v1/feed/all?type=all', '/x/polymer/web-dynamic/v1/feed/space?host_mid=1',
      '/x/polymer/web-dynamic/v1/detail?id=1', '/x/web-interface/popular?ps=20&pn=1', '/x/web-interface/ranking/v2?rid=0&type=all',
      '/x/web-interface/popular/series/one?number=3', '/x/web-interface/popular/precious',
    ]) expect(adapterForResponse(`${API}${path}`)?.name, path).toBe('bilibili');
    expect(adapterForResponse(`${API}/x/web-interface/nav`)).toBeUndefined();
    expect(adapterForResponse(`${API}/x/v2/reply/add`)).toBeUndefined();
    expect(adapterForResponse('https://evil.example/api.bilibili.com/x/v2/reply?type=1')).toBeUndefined();
  });

  it('reads the platform\'s page hosts', () => {
    for (const url of ['https://www.bilibili.com/video/BV1xx411c7mD/', 'https://t.bilibili.com/900000000000000003', 'https://search.bilibili.com/all?keyword=a', 'https://space.bilibili.com/90001/dynamic']) {
      expect(adaptersForPage(url).map((a) => a.name), url).toEqual(['bilibili']);
    }
  });
});
