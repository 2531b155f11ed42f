import { describe, expect, it } from 'vitest';
import type { CapturedRecord, Comment, Post } from '../model';
import { describeShared, projectFixture, sharedJson } from '../../tests/shared-fixtures';
import { adapterForResponse, adaptersForPage } from './index';
import { isCapturableResponseUrl } from './patterns';
import { zhihuAdapter } from './zhihu';

const CAPTURED = '2026-11-26T08:00:00.000Z';
const parse = (body: unknown, url: string) => zhihuAdapter.fromResponse!(body, { url, capturedAt: CAPTURED });
const own = (name: string) => JSON.parse(projectFixture(`zhihu/${name}`));
const find = <T extends CapturedRecord>(records: CapturedRecord[], id: string): T => {
  const found = records.find((r) => r.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found as T;
};

describeShared('zhihu adapter', () => {
  describe('zhuanlan /api/posts/{slug}, 2015 camelCase shape (RETIRED API; kept because it is cheap)', () => {
    const result = parse(sharedJson('zhihu/zhuanlan_api_post_2015.json'), 'https://zhuanlan.zhihu.com/api/posts/20202275');

    it('gives the one article, nothing skipped', () => {
      expect(result.skipped).toBe(0);
      expect(result.records).toHaveLength(1);
    });

    it('maps slug, title, publishedTime (+08:00), likesCount, commentsCount and the author hash/slug', () => {
      const post = find<Post>(result.records, 'zhihu:article:20202275');
      expect(post).toMatchObject({
        kind: 'post', url: 'https://zhuanlan.zhihu.com/p/20202275', media: 'article', source: 'api',
        title: '为了做一个称职的吃货，他决定连着吃一百天转基因食物',
        createdAt: '2015-09-06T12:03:31.000Z',
        metrics: { likes: 963, comments: 199 },
      });
      expect(post.author).toEqual({
        id: 'zhihu:c948a6c96e21986af5d9c720334989f7', platform: 'zhihu', name: '谢熊猫君', handle: 'xiepanda',
        url: 'https://www.zhihu.com/people/xiepanda',
      });
      expect(post.text.startsWith('这是个关于科普公益项目的硬广，而且是篇找读者众筹的硬广')).toBe(true);
      expect(post.text.endsWith('图片来自网络，侵删。')).toBe(true);
      expect(post.text).not.toMatch(/<[a-z]/i);
    });
  });
});

describe('zhihu adapter on API responses (own fixtures)', () => {
  it('question feeds: answers from data[].target, ads passed over, an answer without author counted', () => {
    const result = parse(own('question_feeds.json'), 'https://www.zhihu.com/api/v4/questions/600000001/feeds?cursor=&limit=5&offset=0&order=default');
    expect(result.records.map((r) => r.id)).toEqual(['zhihu:answer:3100000001', 'zhihu:answer:3100000002']);
    expect(result.skipped).toBe(1);
    expect(find<Post>(result.records, 'zhihu:answer:3100000001')).toEqual({
      id: 'zhihu:answer:3100000001', platform: 'zhihu', kind: 'post',
      url: 'https://www.zhihu.com/question/600000001/answer/3100000001',
      author: {
        id: 'zhihu:a1b2c3d4e5f60718293a4b5c6d7e8f90', platform: 'zhihu', name: '声学测评君', handle: 'audio-reviewer',
        url: 'https://www.zhihu.com/people/audio-reviewer', followers: 125034,
      },
      text: '用了两周，降噪很稳。\n缺点：续航一般&偏贵。', title: '如何评价某品牌新款耳机的降噪效果？', media: 'text',
      createdAt: '2024-06-12T09:51:20.000Z', metrics: { likes: 1534, comments: 212, saves: 890 },
      capturedAt: CAPTURED, source: 'api',
    });
    // Zero votes shown is a real zero; an empty url_token is no handle.
    expect(find<Post>(result.records, 'zhihu:answer:3100000002')).toMatchObject({
      metrics: { likes: 0, comments: 3 }, author: { id: 'zhihu:0', name: '匿名用户', url: 'https://www.zhihu.com/people/0' },
    });
  });

  it('comment_v5 root_comment: roots, nested replies with their parent, IP属地, author.member, one without author counted', () => {
    const url = 'https://www.zhihu.com/api/v4/comment_v5/answers/3100000001/root_comment?order_by=score&limit=20&offset=';
    const result = parse(own('comment_v5_root.json'), url);
    const comments = result.records as Comment[];
    expect(comments.map((c) => c.id)).toEqual(['zhihu:comment:10500000001', 'zhihu:comment:10500000002', 'zhihu:comment:10500000003', 'zhihu:comment:10500000004']);
    expect(result.skipped).toBe(1);
    expect(comments.every((c) => c.postId === 'zhihu:answer:3100000001' && c.url === 'https://www.zhihu.com/answer/3100000001')).toBe(true);
    expect(find<Comment>(comments, 'zhihu:comment:10500000001')).toEqual({
      id: 'zhihu:comment:10500000001', platform: 'zhihu', kind: 'comment', postId: 'zhihu:answer:3100000001',
      url: 'https://www.zhihu.com/answer/3100000001',
      author: {
        id: 'zhihu:c0ffee00c0ffee00c0ffee00c0ffee00', platform: 'zhihu', name: '读者甲', handle: 'reader-one',
        url: 'https://www.zhihu.com/people/reader-one', location: '广东',
      },
      text: '说得对，@某人 也这么觉得', createdAt: '2024-06-13T17:33:20.000Z', metrics: { likes: 88, replies: 2 },
      capturedAt: CAPTURED, source: 'api',
    });
    expect(find<Comment>(comments, 'zhihu:comment:10500000002')).toMatchObject({ parentId: 'zhihu:comment:10500000001', author: { location: '北京' } });
    // A reply to a reply keeps the comment it answers as parent; its writer sits in author.member.
    expect(find<Comment>(comments, 'zhihu:comment:10500000003')).toMatchObject({
      parentId: 'zhihu:comment:10500000002', author: { id: 'zhihu:d00d0000d00d0000d00d0000d00d0000', name: '读者丙' }, metrics: { likes: 0 },
    });
    expect(find<Comment>(comments, 'zhihu:comment:10500000004').parentId).toBeUndefined();
  });

  it('comments under an article and a pin point at that post', () => {
    const body = own('comment_v5_root.json');
    expect(parse(body, 'https://www.zhihu.com/api/v4/comment_v5/articles/348810960/root_comment?limit=20').records[0])
      .toMatchObject({ postId: 'zhihu:article:348810960', url: 'https://zhuanlan.zhihu.com/p/348810960' });
    expect(parse(body, 'https://www.zhihu.com/api/v4/pins/1728258525883654144/comments?limit=20').records[0])
      .toMatchObject({ postId: 'zhihu:pin:1728258525883654144', url: 'https://www.zhihu.com/pin/1728258525883654144' });
  });

  it('child_comment pages do not name their post: counted as skipped, not guessed', () => {
    const body = { data: own('comment_v5_root.json').data[0].child_comments, paging: { is_end: true } };
    expect(parse(body, 'https://www.zhihu.com/api/v4/comment_v5/comment/10500000001/child_comment?order=sort&limit=20')).toEqual({ records: [], skipped: 2 });
  });

  it('member pins: text blocks joined, image block makes it an image post, likes', () => {
    const result = parse(own('member_pins.json'), 'https://www.zhihu.com/api/v4/members/audio-reviewer/pins?offset=0&limit=20');
    expect(result).toMatchObject({ skipped: 0 });
    expect(find<Post>(result.records, 'zhihu:pin:1728258525883654144')).toMatchObject({
      url: 'https://www.zhihu.com/pin/1728258525883654144', text: '今天试了新耳机，音质惊艳！', title: '今天试了新耳机',
      media: 'image', createdAt: '2024-06-16T01:06:40.000Z', metrics: { likes: 42, comments: 7 },
    });
  });

  it('hot list API (hot-lists/total): trends with rank, heat in 万, question url; an item without title counted', () => {
    const result = parse(own('hot_lists_total.json'), 'https://www.zhihu.com/api/v3/feed/topstory/hot-lists/total?limit=50&desktop=true');
    expect(result.skipped).toBe(1);
    expect(result.records).toEqual([
      { id: 'zhihu:hot:700000001', platform: 'zhihu', kind: 'trend', rank: 1, title: '某品牌耳机召回事件的影响有多大？', heat: 12340000, url: 'https://www.zhihu.com/question/700000001', capturedAt: CAPTURED },
      { id: 'zhihu:hot:700000002', platform: 'zhihu', kind: 'trend', rank: 2, title: '如何看待今年的高考作文题？', heat: 8560000, url: 'https://www.zhihu.com/question/700000002', capturedAt: CAPTURED },
    ]);
  });

  it('hot list API (hot-list-web): title_area / metrics_area / link cards', () => {
    const result = parse(own('hot_list_web.json'), 'https://www.zhihu.com/api/v3/feed/topstory/hot-list-web?limit=50&desktop=true');
    expect(result.skipped).toBe(0);
    expect(result.records.map((r) => r.kind === 'trend' && [r.rank, r.title, r.heat, r.url])).toEqual([
      [1, '为什么今年夏天这么热？', 23450000, 'https://www.zhihu.com/question/700000011'],
      [2, '新手如何选购第一副降噪耳机？', 990000, 'https://www.zhihu.com/question/700000012'],
    ]);
  });

  it('error bodies and non-objects are skipped without a throw', () => {
    const url = 'https://www.zhihu.com/api/v4/answers/1';
    expect(parse({ error: { code: 10003, message: '请求参数异常' } }, url)).toEqual({ records: [], skipped: 1 });
    expect(parse('<html>', url)).toEqual({ records: [], skipped: 1 });
    expect(parse({ data: 'nope' }, url)).toEqual({ records: [], skipped: 0 });
    // A question sent without its asker is no post, and not malformed either.
    expect(parse({ id: 1, type: 'question', title: '问题' }, 'https://www.zhihu.com/api/v4/questions/1')).toEqual({ records: [], skipped: 0 });
    expect(parse({ id: 1, type: 'answer', content: '无作者' }, url)).toEqual({ records: [], skipped: 1 });
  });
});

describe('zhihu registration', () => {
  it('the tap forwards Zhihu API calls, and the registry routes them and the pages to this adapter', () => {
    const urls = [
      'https://www.zhihu.com/api/v4/questions/600000001/feeds?cursor=&limit=5',
      'https://www.zhihu.com/api/v4/comment_v5/answers/1/root_comment?limit=20',
      'https://www.zhihu.com/api/v4/comment_v5/comment/2/child_comment?limit=20',
      'https://www.zhihu.com/api/v4/answers/3100000001?include=content',
      'https://www.zhihu.com/api/v4/members/audio-reviewer/pins?offset=0',
      'https://www.zhihu.com/api/v3/feed/topstory/hot-lists/total?limit=50',
      'https://zhuanlan.zhihu.com/api/posts/20202275',
      'https://zhuanlan.zhihu.com/api/articles/348810960',
    ];
    for (const url of urls) {
      expect(isCapturableResponseUrl(url), url).toBe(true);
      expect(adapterForResponse(url)?.name, url).toBe('zhihu');
    }
    for (const url of ['https://www.zhihu.com/api/v4/me', 'https://www.zhihu.com/api/v4/answers/1/voters', 'https://static.zhihu.com/x.json']) {
      expect(isCapturableResponseUrl(url), url).toBe(false);
    }
    expect(adaptersForPage('https://www.zhihu.com/question/1/answer/2').map((a) => a.name)).toEqual(['zhihu']);
    expect(adaptersForPage('https://zhuanlan.zhihu.com/p/348810960').map((a) => a.name)).toEqual(['zhihu']);
  });
});
