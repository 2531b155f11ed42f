import { describe, expect, it } from 'vitest';
import type { Post } from '../model';
import { checkRecord } from '../validate-record';
import { describeShared, projectFixture, readSharedFixture } from '../../tests/shared-fixtures';
import { adapterForResponse, adaptersForPage } from './index';
import { wechatAdapter } from './wechat';

const capturedAt = '2026-11-26T08:00:00.000Z';
// The corpus pages were opened through Sogou temporary links: the URL carries no __biz/mid/idx/sn,
// so every id below must come from the page's own script variables.
const SOGOU_URL = 'https://mp.weixin.qq.com/s?src=11&timestamp=1523093953&ver=1&signature=sogou-temp-link';

const documentOf = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const readPage = (html: string, url = SOGOU_URL) => wechatAdapter.fromDocument!(documentOf(html), { url, capturedAt });
const onlyPost = (html: string, url?: string): Post => {
  const result = readPage(html, url);
  expect(result.skipped).toBe(0);
  expect(result.records).toHaveLength(1);
  const post = result.records[0] as Post;
  checkRecord(post);
  return post;
};
const lines = (text: string) => text.split('\n');

describeShared('wechat adapter on the 2018 article pages', () => {
  it('backgroud-image page (华商报): one article post, field by field', () => {
    const post = onlyPost(readSharedFixture('wechat/mp_weixin_article_backgroud-image_2018.html'));
    expect(post).toMatchObject({
      id: 'wechat:ODUzMjkwMzYx_2654593305_1',
      kind: 'post',
      platform: 'wechat',
      url: 'https://mp.weixin.qq.com/s?__biz=ODUzMjkwMzYx&mid=2654593305&idx=1',
      title: '4月6日周五【新闻速览一分钟】',
      byline: '🌏华商君',
      media: 'article',
      source: 'embedded',
      createdAt: '2018-04-05T22:56:20.000Z', // var ct = "1522968980"
      metrics: {}, // read/like counts are not on the page: absent, not 0
    });
    // user_name of this account is a wxid_…, kept as the page states it.
    expect(post.author).toEqual({ id: 'wechat:ODUzMjkwMzYx', platform: 'wechat', name: '华商报', handle: 'wxid_9443134431811' });
    expect(lines(post.text)[0]).toBe('早上好~');
    expect(lines(post.text).at(-1)).toBe('欢迎分享到朋友圈~');
    expect(post.text).toContain('●4月5日上午9时50分许，戊戌（2018）年清明公祭轩辕黄帝典礼在黄陵举行。');
    expect(post.text).not.toMatch(/<|wx_fmt|&nbsp;/);
  });

  it('mpvoice page (长江日报): audio embed carries no text; title, byline and time from the page', () => {
    const post = onlyPost(readSharedFixture('wechat/mp_weixin_article_mpvoice_2018.html'));
    expect(post).toMatchObject({
      id: 'wechat:MjM5ODAyNTcwMA==_2651788393_1',
      url: 'https://mp.weixin.qq.com/s?__biz=MjM5ODAyNTcwMA==&mid=2651788393&idx=1',
      title: '语音 | 早安武汉〔2018.3.19 周一〕',
      byline: '读武汉关注☞',
      createdAt: '2018-03-18T21:30:00.000Z', // ct 1521408600 = 2018-03-19 05:30 China time
      metrics: {},
    });
    expect(post.author).toEqual({ id: 'wechat:MjM5ODAyNTcwMA==', platform: 'wechat', name: '长江日报', handle: 'gh_09f57d9c1048' });
    expect(lines(post.text)[0]).toBe('【全国两会】');
    expect(lines(post.text).at(-1)).toBe('投稿|cjrb027@qq.com 合作|whcjrb027(微信)');
    expect(post.text).not.toContain('早安武汉3月19日'); // the <mpvoice name="…"> attribute is not body text
  });

  it('qqmusic page (闲云野鹤古刹, 原创): the 原创 tag is not the byline', () => {
    const post = onlyPost(readSharedFixture('wechat/mp_weixin_article_qqmusic_2018.html'));
    expect(post).toMatchObject({
      id: 'wechat:MzIwOTc2ODc1NQ==_2247484727_1',
      title: '关于音乐',
      byline: '闲云野鹤',
      createdAt: '2018-04-07T14:21:55.000Z', // ct 1523110915
      metrics: {},
    });
    expect(post.author).toEqual({ id: 'wechat:MzIwOTc2ODc1NQ==', platform: 'wechat', name: '闲云野鹤古刹', handle: 'gh_bdbd9b1b592d' });
    expect(lines(post.text)[0]).toMatch(/^文艺青年消遣有四大法宝：读书、旅行、运动与音乐。/);
    expect(lines(post.text).at(-1)).toBe('如你觉得文章不错，请识别图中二维码关注，并推荐给你的朋友，感谢你的分享，2018年请给自己一份惊喜。');
  });
});

describe('wechat adapter on its own fixtures', () => {
  const html = projectFixture('wechat/article_small.html');

  it('reads the script variables as data: "" || chains, htmlDecode(…), &amp; in msg_link, \\x0a escapes', () => {
    const post = onlyPost(html, 'https://mp.weixin.qq.com/s/AbCdEfGh12345678');
    expect(post).toEqual({
      id: 'wechat:MzA5NjAwMDAwMA==_2650000001_2',
      platform: 'wechat',
      kind: 'post',
      url: 'https://mp.weixin.qq.com/s?__biz=MzA5NjAwMDAwMA==&mid=2650000001&idx=2&sn=0a1b2c3d4e5f60718293a4b5c6d7e8f9',
      author: { id: 'wechat:MzA5NjAwMDAwMA==', platform: 'wechat', name: '听风品牌', handle: 'gh_0123456789ab' },
      title: '新品发布｜听风 & 你',
      byline: '小风',
      text: '第一段：我们发布了新品。\n\n第二段：价格 <199元>\n欢迎留言。',
      media: 'article',
      createdAt: '2024-05-20T00:00:00.000Z',
      metrics: {},
      capturedAt,
      source: 'embedded',
    });
  });

  it('falls back to publish_time (a China date), then #post-date, when ct is missing', () => {
    const noCt = html.replace('var ct = "1716163200";', '');
    expect(onlyPost(noCt).createdAt).toBe('2024-05-19T16:00:00.000Z');
    const noVars = noCt.replace('var publish_time = "2024-05-20" || "";', '').replace('2024-05-20</em>', '2024-05-21</em>');
    expect(onlyPost(noVars).createdAt).toBe('2024-05-20T16:00:00.000Z');
  });

  it('takes ids from the article URL when the page variables are empty, and the title from og:title / #activity-name', () => {
    const page = `<meta property="og:title" content="仅有 og 标题"><h2 id="activity-name">页面标题</h2>
      <div id="js_content"><p>正文</p></div><script>var nickname = "某号";</script>`;
    const post = onlyPost(page, 'https://mp.weixin.qq.com/s?__biz=MzI1&mid=100&idx=3&sn=abc');
    expect(post).toMatchObject({ id: 'wechat:MzI1_100_3', title: '仅有 og 标题', text: '正文', url: 'https://mp.weixin.qq.com/s?__biz=MzI1&mid=100&idx=3&sn=abc' });
    expect(post.author).toEqual({ id: 'wechat:MzI1', platform: 'wechat', name: '某号' });
    expect(post.createdAt).toBeUndefined();
    expect(onlyPost(page.replace(/<meta[^>]*>/, ''), 'https://mp.weixin.qq.com/s?__biz=MzI1&mid=100&idx=3').title).toBe('页面标题');
  });

  it('an article page without any id is skipped and counted; other mp.weixin.qq.com pages give nothing', () => {
    expect(readPage('<h2 id="activity-name">标题</h2><div id="js_content">正文</div>', 'https://mp.weixin.qq.com/s?src=11')).toEqual({ records: [], skipped: 1 });
    expect(readPage('<p>登录</p>', 'https://mp.weixin.qq.com/')).toEqual({ records: [], skipped: 0 });
  });

  it('ids that do not look like ids (a mid that is not a number) are not used', () => {
    const page = '<h2 id="activity-name">标题</h2><script>var biz = "MzI1"; var mid = "x<y"; var idx = "1"; var sn = "";</script>';
    expect(readPage(page, 'https://mp.weixin.qq.com/s?src=11')).toEqual({ records: [], skipped: 1 });
  });
});

describe('wechat getappmsgext (read / like counts)', () => {
  // Own fixture written from the facts (appmsgstat.read_num / like_num, kangkang0313/WechatPublicHistoryInfoSpider);
  // no real capture exists: the endpoint answers only inside a WeChat client session.
  const url = 'https://mp.weixin.qq.com/mp/getappmsgext?f=json&mock=&__biz=MzA5NjAwMDAwMA==&mid=2650000001&sn=0a1b2c3d4e5f60718293a4b5c6d7e8f9&idx=2&appmsg_token=t&key=k';
  const body = JSON.parse(projectFixture('wechat/getappmsgext_small.json'));
  const parse = (value: unknown, at = url) => wechatAdapter.fromResponse!(value, { url: at, capturedAt });

  it('is routed to the wechat adapter, and the article page to it too', () => {
    expect(adapterForResponse(url)?.name).toBe('wechat');
    expect(adaptersForPage('https://mp.weixin.qq.com/s?__biz=MzA5NjAwMDAwMA==&mid=1&idx=1').map((a) => a.name)).toEqual(['wechat']);
  });

  it('gives the counts as a bare post of the same id as the page read, to be merged at ingest', () => {
    const { records, skipped } = parse(body);
    expect(skipped).toBe(0);
    expect(records).toHaveLength(1);
    checkRecord(records[0]);
    expect(records[0]).toMatchObject({ id: 'wechat:MzA5NjAwMDAwMA==_2650000001_2', metrics: { views: 100001, likes: 2345 }, text: '', source: 'api' });
    expect((records[0] as Post).author).toEqual({ id: 'wechat:MzA5NjAwMDAwMA==', platform: 'wechat', name: '' });
    const page = onlyPost(projectFixture('wechat/article_small.html'));
    expect(records[0].id).toBe(page.id);
  });

  it('no counts shown (no session) → no record, never zeros; missing ids → skipped', () => {
    expect(parse({ appmsgstat: { show: false, read_num: 0, like_num: 0 } })).toEqual({ records: [], skipped: 0 });
    expect(parse({ base_resp: { ret: -3 } })).toEqual({ records: [], skipped: 0 });
    expect(parse(body, 'https://mp.weixin.qq.com/mp/getappmsgext?f=json')).toEqual({ records: [], skipped: 1 });
    expect(parse('not json')).toEqual({ records: [], skipped: 1 });
    expect(parse({ appmsgstat: { read_num: 5 } }).records[0]).toMatchObject({ metrics: { views: 5 } });
  });
});
