import { describe, expect, it } from 'vitest';
import { describeShared, projectFixture, sharedJson } from '../../tests/shared-fixtures';
import type { ParseContext } from './types';
import { weiboAdapter, weiboLongText } from './weibo';
import { byId, comments, posts } from './test-picks';

const parse = (body: unknown, url: string, capturedAt = '2024-11-26T04:00:00.000Z') =>
  weiboAdapter.fromResponse!(body, { url, capturedAt });

describeShared('weibo adapter', () => {
  // The m.weibo.cn captures are from mid-June 2019; "06-14" resolves against this capture time.
  const captured2019 = '2019-06-15T02:00:00.000Z';

  describe('m.weibo.cn getIndex user timeline (2019)', () => {
    const url = 'https://m.weibo.cn/api/container/getIndex?type=uid&value=1669879400&containerid=1076031669879400';
    const result = parse(sharedJson('weibo/mweibocn_container_getIndex_user_weibo_2019.json'), url, captured2019);
    const all = posts(result.records);

    it('keeps the 10 card_type 9 statuses plus the one status they repost', () => {
      expect(result.skipped).toBe(0);
      expect(comments(result.records)).toHaveLength(0);
      expect(all).toHaveLength(11);
      expect(all.filter((p) => p.author.id === 'weibo:1669879400')).toHaveLength(10);
    });

    it('maps the first card: url, text with emoticon alt text, media, counts, author', () => {
      const post = byId(all, 'weibo:4383183661430868');
      expect(post.url).toBe('https://weibo.com/1669879400/HyTZc60ew');
      expect(post.text).toBe('搬完这块砖，就可以吃好吃的了[偷笑][偷笑][偷笑]');
      expect(post.media).toBe('image');
      expect(post.metrics).toEqual({ likes: 348872, comments: 95535, shares: 240492 });
      expect(post.createdAt).toBe('2019-06-13T16:00:00.000Z'); // "06-14", China midnight
      expect(post.source).toBe('api');
      expect(post.author).toMatchObject({ name: 'Dear-迪丽热巴', followers: 63356825, verified: true });
    });

    it('reads "100万+" counts as the lower bound 1000000', () => {
      expect(byId(all, 'weibo:4381207217392722').metrics).toEqual({ likes: 452294, comments: 222072, shares: 1000000 });
      expect(byId(all, 'weibo:4379188905591760').metrics).toEqual({ likes: 1049077, comments: 1000000, shares: 1000000 });
    });

    it('turns the retweeted_status into its own post with its own author', () => {
      const original = byId(all, 'weibo:4383031864995274');
      expect(original.author).toMatchObject({ id: 'weibo:2007341923', name: '代斯daisy', followers: 2277075 });
      expect(original.url).toBe('https://weibo.com/2007341923/HyQ2mkXuW');
      expect(original.text).toBe('写在《秦明·生死语者》上映这一天……\n#614致敬法医##首部法医秦明大电影#');
      expect(original.metrics).toEqual({ likes: 6839, comments: 1190, shares: 45947 });
      expect(byId(all, 'weibo:4383180406740606').text).toBe('大家一起电影院约起来啊～～～');
    });

    it('tells video and web-page cards from images and plain text', () => {
      expect(byId(all, 'weibo:4382054705416396').media).toBe('video');
      expect(byId(all, 'weibo:4381312410216312').media).toBe('video');
      expect(byId(all, 'weibo:4378893399854472').media).toBe('link');
      expect(byId(all, 'weibo:4378893399854472').text).toBe('今天是我的生日，来祝福我吧！');
      expect(byId(all, 'weibo:4383180406740606').media).toBe('text');
    });

    it('sums likes over the 10 cards to the file total', () => {
      const ownLikes = all.filter((p) => p.author.id === 'weibo:1669879400').reduce((sum, p) => sum + (p.metrics.likes ?? 0), 0);
      expect(ownLikes).toBe(4619686);
    });
  });

  describe('m.weibo.cn comments/hotflow (2019)', () => {
    const url = 'https://m.weibo.cn/comments/hotflow?id=4383183661430868&mid=4383183661430868&max_id_type=0';
    const result = parse(sharedJson('weibo/mweibocn_comments_hotflow_2019.json'), url, captured2019);
    const all = comments(result.records);

    it('keeps 20 root comments and 1 nested reply, all under the post from the URL', () => {
      expect(result.skipped).toBe(0);
      expect(all).toHaveLength(21);
      expect(all.filter((c) => c.parentId)).toHaveLength(1);
      expect(new Set(all.map((c) => c.postId))).toEqual(new Set(['weibo:4383183661430868']));
    });

    it('maps a root comment', () => {
      const root = byId(all, 'weibo:4383183984547669');
      expect(root.text).toBe('宝宝陪你一起搬陪你一起吃[羞嗒嗒]');
      expect(root.metrics).toEqual({ likes: 6183, replies: 143 });
      expect(root.createdAt).toBe('2019-06-14T12:39:20.000Z');
      expect(root.author).toMatchObject({ id: 'weibo:1787569845', name: '护舒宝', followers: 514938, verified: true });
      expect(root.parentId).toBeUndefined();
    });

    it('links the nested reply to its root comment', () => {
      const reply = byId(all, 'weibo:4383191449773449');
      expect(reply.parentId).toBe('weibo:4383183984547669');
      expect(reply.text).toBe('回复@热爱CP:那阿丝们一起搬叭[doge]');
      expect(reply.createdAt).toBe('2019-06-14T13:09:00.000Z');
      expect(reply.metrics.likes).toBeUndefined(); // the sub-comment carries no like count: absent, not 0
    });

    it('sums root likes to the file total and keeps unverified authors', () => {
      expect(all.filter((c) => !c.parentId).reduce((sum, c) => sum + (c.metrics.likes ?? 0), 0)).toBe(32787);
      expect(byId(all, 'weibo:4383184085367672').author).toMatchObject({ name: '喝酸奶不吐酸奶盖儿', followers: 80, verified: false });
    });
  });

  it('m.weibo.cn profile getIndex (userInfo only) yields no records and skips nothing', () => {
    const result = parse(
      sharedJson('weibo/mweibocn_container_getIndex_profile_2019.json'),
      'https://m.weibo.cn/api/container/getIndex?type=uid&value=1669879400',
    );
    expect(result).toEqual({ records: [], skipped: 0 });
  });

  describe('m.weibo.cn statuses/extend long text (2019)', () => {
    const url = 'https://m.weibo.cn/statuses/extend?id=4383487819465288';
    const body = sharedJson('weibo/mweibocn_statuses_extend_longtext_2019.json');

    it('is no record on its own (it has no author)', () => {
      expect(parse(body, url)).toEqual({ records: [], skipped: 0 });
    });

    it('gives the full text and counts for the post named in the URL', () => {
      const longText = weiboLongText(body, { url, capturedAt: captured2019 })!;
      expect(longText.postId).toBe('weibo:4383487819465288');
      expect(longText.metrics).toEqual({ likes: 0, comments: 0, shares: 0 });
      expect(longText.text.startsWith('😄😆😊😃')).toBe(true);
      expect(longText.text).toContain('\nNature\n');
      expect(longText.text).toContain('\nSymbols\n');
      expect(longText.text).not.toContain('<br');
    });
  });

  describe('weibo.com ajax/statuses/buildComments (2024)', () => {
    const file = 'weibo/weibocom_ajax_statuses_buildComments_2024.json';
    const url = 'https://weibo.com/ajax/statuses/buildComments?is_reload=1&id=5045260761957739&is_show_bulletin=2&is_mix=0&count=20&uid=1644114654&fetch_level=0&locale=zh-CN';
    const result = parse(sharedJson(file), url, '2024-06-15T02:00:00.000Z');
    const all = comments(result.records);

    it('keeps the 20 root comments under mid 5045260761957739', () => {
      expect(result.skipped).toBe(0);
      expect(all).toHaveLength(20);
      expect(all.every((c) => c.postId === 'weibo:5045260761957739' && c.parentId === undefined)).toBe(true);
    });

    it('maps likes, replies, time and the IP location from `source`', () => {
      const first = byId(all, 'weibo:5045261712492108');
      expect(first.text).toBe('才本科吗');
      expect(first.metrics).toEqual({ likes: 46, replies: 4 });
      expect(first.createdAt).toBe('2024-06-14T12:19:51.000Z');
      expect(first.author).toMatchObject({ id: 'weibo:7699018096', name: '笙兮97906', followers: 2, verified: false, location: '河北' });
      expect(byId(all, 'weibo:5045280947054049').author.location).toBe('江苏');
    });

    it('prefers text_raw (emoticons as [alt]) and the exact follower integer over "18.6万"', () => {
      expect(byId(all, 'weibo:5045285386457582').text).toBe('然后呢，怎么一堆985的在她后面，确实只是本科生水平[兔子]');
      expect(byId(all, 'weibo:5045313692239002').author).toMatchObject({ followers: 185722, verified: true, location: '宁夏' });
    });

    it('sums likes to the file total', () => {
      expect(all.reduce((sum, c) => sum + (c.metrics.likes ?? 0), 0)).toBe(324);
      expect(all.filter((c) => c.author.verified)).toHaveLength(2);
    });

    it('finds the post from analysis_extra when the URL does not name it', () => {
      const bare = comments(parse(sharedJson(file), 'https://weibo.com/ajax/statuses/buildComments?flow=0').records);
      expect(bare).toHaveLength(20);
      expect(bare.every((c) => c.postId === 'weibo:5045260761957739')).toBe(true);
    });
  });
});

describe('weibo adapter on own fixtures', () => {
  const ctx: ParseContext = { url: '', capturedAt: '2024-11-26T04:00:00.000Z' }; // 12:00 China time

  describe('buildComments-shaped response', () => {
    const body = JSON.parse(projectFixture('weibo/buildComments_small.json'));
    const result = parse(body, 'https://weibo.com/ajax/statuses/buildComments?is_reload=1&id=5101999999999999&count=20');
    const all = comments(result.records);

    it('keeps 2 roots and 1 embedded reply, and counts the item without id', () => {
      expect(all.map((c) => c.id)).toEqual(['weibo:5102000000000001', 'weibo:5102000000000101', 'weibo:5102000000000002']);
      expect(result.skipped).toBe(1);
    });

    it('maps a reply: parent, HTML text decoded, its own location, like_counts', () => {
      const reply = byId(all, 'weibo:5102000000000101');
      expect(reply.parentId).toBe('weibo:5102000000000001');
      expect(reply.postId).toBe('weibo:5101999999999999');
      expect(reply.text).toBe('回复@奶茶爱好者:同感 & 期待');
      expect(reply.author.location).toBe('广东');
      expect(reply.metrics).toEqual({ likes: 3 });
    });

    it('parses display counts and falls back to followers_count_str', () => {
      const second = byId(all, 'weibo:5102000000000002');
      expect(second.metrics).toEqual({ likes: 12000, replies: 0 });
      expect(second.text).toBe('价格能不能便宜点…');
      expect(second.author).toMatchObject({ followers: 186000, verified: true, location: '北京' });
      expect(byId(all, 'weibo:5102000000000001').createdAt).toBe('2024-11-23T01:15:02.000Z');
    });

    it('treats a fetch_level=1 reply page: `id` is the root comment, the post comes from analysis_extra', () => {
      const replies = { ok: 1, data: [{ ...body.data[0].comments[0], rootid: undefined, rootidstr: undefined, analysis_extra: 'mid:5101999999999999' }] };
      const [reply] = comments(parse(replies, 'https://weibo.com/ajax/statuses/buildComments?flow=0&is_mix=1&fetch_level=1&id=5102000000000001&count=20').records);
      expect(reply).toMatchObject({ postId: 'weibo:5101999999999999', parentId: 'weibo:5102000000000001' });
    });
  });

  describe('getIndex-shaped search response', () => {
    const result = parse(JSON.parse(projectFixture('weibo/getIndex_search_small.json')), 'https://m.weibo.cn/api/container/getIndex?containerid=100103type%3D1%26q%3D%E5%A5%B6%E8%8C%B6&page_type=searchall&page=2');
    const all = posts(result.records);

    it('walks card_group nesting and the repost, and counts the card without mblog and the mblog without id', () => {
      expect(all.map((p) => p.id)).toEqual(['weibo:5103000000000001', 'weibo:5103000000000002', 'weibo:5103000000000003']);
      expect(result.skipped).toBe(2);
    });

    it('maps the brand post: relative time, 万+ lower bounds, 万 followers, text from HTML', () => {
      const post = byId(all, 'weibo:5103000000000001');
      expect(post.createdAt).toBe('2024-11-26T03:55:00.000Z');
      expect(post.metrics).toEqual({ likes: 100000, comments: 4521, shares: 1000000 });
      expect(post.author).toMatchObject({ name: '某品牌官方微博', followers: 865000, verified: true });
      expect(post.text).toBe('新品#奶茶# 终于上市\n冲[哈哈]');
      expect(post.url).toBe('https://weibo.com/2000000001/PaBcDeFg1');
      expect(post.media).toBe('image');
    });

    it('resolves 昨天 and month-day forms in China time and keeps the repost video', () => {
      expect(byId(all, 'weibo:5103000000000002').createdAt).toBe('2024-11-25T04:30:00.000Z');
      const original = byId(all, 'weibo:5103000000000003');
      expect(original.createdAt).toBe('2024-11-19T16:00:00.000Z');
      expect(original.media).toBe('video');
      expect(original.url).toBe('https://m.weibo.cn/detail/5103000000000003'); // no bid: fallback URL
    });
  });

  describe('m.weibo.cn detail page with $render_data', () => {
    const doc = new DOMParser().parseFromString(projectFixture('weibo/m_detail_render_data.html'), 'text/html') as unknown as Document;
    const result = weiboAdapter.fromDocument!(doc, { ...ctx, url: 'https://m.weibo.cn/detail/5104000000000001' });

    it('reads the embedded status as one post', () => {
      expect(result.skipped).toBe(0);
      expect(result.records).toHaveLength(1);
      const [post] = posts(result.records);
      expect(post).toMatchObject({
        id: 'weibo:5104000000000001',
        url: 'https://weibo.com/2000000009/PzYxWvUt1',
        source: 'embedded',
        media: 'image',
        createdAt: '2024-11-26T02:00:00.000Z',
        metrics: { likes: 1024, comments: 230, shares: 15 },
        author: { id: 'weibo:2000000009', name: '不满意的顾客', followers: 2087, verified: false },
      });
      // raw_text is empty in this page, so the HTML text is used
      expect(post.text).toBe('客服回复太慢了，等了三天 [怒] @某品牌官方微博 "说好的" 24h 内回复呢');
    });

    it('finds nothing on a page without $render_data, and counts a broken one', () => {
      const plain = new DOMParser().parseFromString('<html><body><script>var x = 1;</script></body></html>', 'text/html') as unknown as Document;
      expect(weiboAdapter.fromDocument!(plain, ctx)).toEqual({ records: [], skipped: 0 });
      const broken = new DOMParser().parseFromString('<script>var $render_data = [{"status": {"id": </script>', 'text/html') as unknown as Document;
      expect(weiboAdapter.fromDocument!(broken, ctx)).toEqual({ records: [], skipped: 1 });
    });
  });

  describe('single statuses and timelines (shapes from the facts sheet)', () => {
    const user = { id: 1644114654, idstr: '1644114654', screen_name: '新闻号', verified: true, followers_count: 52000000, followers_count_str: '5200万' };

    it('weibo.com ajax/statuses/show: status at the top level, long text, reads_count', () => {
      const body = {
        ok: 1, id: 5045260761957739, idstr: '5045260761957739', mid: '5045260761957739', mblogid: 'OjQdH3bXv',
        created_at: 'Fri Jun 14 20:16:05 +0800 2024', user, text_raw: '截断的…', isLongText: true,
        longText: { longTextContent: '完整的长文\n第二段' },
        reposts_count: 120, comments_count: 5284, attitudes_count: 3000, reads_count: '100万+', pic_num: 0,
        page_info: { object_type: 'article' },
      };
      const [post] = posts(parse(body, 'https://weibo.com/ajax/statuses/show?id=OjQdH3bXv&locale=zh-CN').records);
      expect(post).toMatchObject({
        id: 'weibo:5045260761957739', url: 'https://weibo.com/1644114654/OjQdH3bXv', text: '完整的长文\n第二段', media: 'article',
        createdAt: '2024-06-14T12:16:05.000Z', metrics: { likes: 3000, comments: 5284, shares: 120, views: 1000000 },
      });
    });

    it('weibo.com ajax/statuses/mymblog: data.list[]', () => {
      const body = { ok: 1, data: { list: [
        { id: 1, idstr: '5100000000000001', mblogid: 'A1', user, text_raw: 'one', pic_num: 2, created_at: 'Tue Nov 26 10:00:00 +0800 2024' },
        { idstr: '5100000000000002', mblogid: 'A2', user, text_raw: 'two' },
        { mblogid: 'A3', user, text_raw: 'no id' },
      ], status_visible: 0 } };
      const result = parse(body, 'https://weibo.com/ajax/statuses/mymblog?uid=1644114654&page=1&feature=0');
      expect(posts(result.records).map((p) => [p.id, p.media, p.text])).toEqual([
        ['weibo:5100000000000001', 'image', 'one'],
        ['weibo:5100000000000002', 'text', 'two'],
      ]);
      expect(result.skipped).toBe(1);
    });

    it('m.weibo.cn statuses/show: status in data, raw_text', () => {
      const body = { ok: 1, data: { id: '4383183661430868', bid: 'HyTZc60ew', user, text: '<b>x</b>', raw_text: '纯文本', created_at: '刚刚' } };
      const [post] = posts(parse(body, 'https://m.weibo.cn/statuses/show?id=HyTZc60ew').records);
      expect(post).toMatchObject({ id: 'weibo:4383183661430868', text: '纯文本', createdAt: ctx.capturedAt });
    });

    it('m.weibo.cn api/comments/show: the post id comes from the item\'s status', () => {
      const body = { ok: 1, data: { data: [
        { id: 4383200000000001, created_at: '3分钟前', text: '好评', user, like_counts: 5, status: { id: 4383183661430868 } },
      ], total_number: 1, max: 1 } };
      const [comment] = comments(parse(body, 'https://m.weibo.cn/api/comments/show?id=999&page=1').records);
      expect(comment).toMatchObject({ postId: 'weibo:4383183661430868', createdAt: '2024-11-26T03:57:00.000Z', metrics: { likes: 5 } });
    });
  });

  describe('malformed input is skipped and counted, never thrown', () => {
    const url = 'https://m.weibo.cn/comments/hotflow?id=1&mid=1';

    it.each([
      ['null', null],
      ['a string', '<html>login</html>'],
      ['a number', 42],
      ['an array', [1, 2]],
      ['ok: 0', { ok: 0, msg: '快来发表你的评论吧' }],
      ['ok: -100 (login wall)', { ok: -100, url: 'https://passport.weibo.com/' }],
      ['an error_code body', { error_code: 20003, error: 'User does not exists!' }],
    ])('%s → no records, skipped 1', (_, body) => {
      expect(parse(body, url)).toEqual({ records: [], skipped: 1 });
    });

    it('skips comments without an id or user, and comments whose post cannot be known', () => {
      const body = { ok: 1, data: { data: [
        { text: 'no id', user: { id: 1, screen_name: 'a' } },
        { id: 2, text: 'no user' },
        'not an object',
        { id: 3, text: 'fine', user: { id: 1, screen_name: 'a' } },
      ] } };
      expect(parse(body, url).records.map((r) => r.id)).toEqual(['weibo:3']);
      expect(parse(body, url).skipped).toBe(3);
      const noPost = parse(body, 'https://m.weibo.cn/comments/hotflow?max_id_type=0');
      expect(noPost).toEqual({ records: [], skipped: 4 });
    });

    it('tolerates a non-URL context and odd field types', () => {
      const body = { ok: 1, data: { cards: [{ card_type: 9, mblog: { id: 7, user: { id: 8, screen_name: 'u', followers_count: 'lots' }, text: null, attitudes_count: -1 } }] } };
      const [post] = posts(parse(body, 'not a url').records);
      expect(post).toMatchObject({ id: 'weibo:7', text: '', url: 'https://m.weibo.cn/detail/7', metrics: {} });
      expect(post.author.followers).toBeUndefined();
    });
  });
});
