import { describe, expect, it } from 'vitest';
import type { CapturedRecord, Post } from '../model';
import { documentOf } from '../../tests/fuzz';
import { describeShared, projectFixture, readSharedFixture } from '../../tests/shared-fixtures';
import { zhihuAdapter } from './zhihu';
import { posts } from './test-picks';

const CAPTURED = '2026-11-26T08:00:00.000Z';
const byId = (records: CapturedRecord[], id: string): Post => {
  const found = posts(records).find((r) => r.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
};
const readPage = (html: string, url: string) => zhihuAdapter.fromDocument!(documentOf(html, url), { url, capturedAt: CAPTURED });

describeShared('zhihu pages', () => {
  describe('column page, 2021 React DOM (3 ContentItem ArticleItem cards; js-initialData has only users/columns)', () => {
    const url = 'https://www.zhihu.com/column/c_1335313713054887936';
    const html = readSharedFixture('zhihu/zhihu_column_page_dom_2021.html');
    const result = readPage(html, url);

    it('reads the 3 article cards, nothing skipped', () => {
      expect(result.skipped).toBe(0);
      expect(result.records.map((r) => r.id)).toEqual(['zhihu:article:348810960', 'zhihu:article:347402803', 'zhihu:article:345790344']);
      expect(result.records.every((r) => r.kind === 'post' && r.source === 'dom' && r.media === 'article')).toBe(true);
    });

    it('maps the first card: data-zop title, itemprop url/date/comments, vote button, excerpt text', () => {
      const post = byId(result.records, 'zhihu:article:348810960');
      expect(post.title).toBe('amis在bigo人工智能训练平台落地实践');
      expect(post.url).toBe('https://zhuanlan.zhihu.com/p/348810960');
      expect(post.createdAt).toBe('2021-02-02T08:28:50.000Z');
      // The page shows "赞同 0" and commentCount 0: shown zeros are real zeros.
      expect(post.metrics).toEqual({ likes: 0, comments: 0 });
      expect(post.text.startsWith('本文首发于：https://github.com/bigo-frontend/blog/ 欢迎关注、转载。 前言')).toBe(true);
      expect(post.text.endsWith('amis 的解决方案是基于 JSO…')).toBe(true);
    });

    it('takes the author from the state: author_member_hash_id → columns.*.author (users has only the id)', () => {
      for (const post of posts(result.records)) {
        expect(post.author).toEqual({
          id: 'zhihu:d93269d87245eaa4afe2d271d63f79c0',
          platform: 'zhihu',
          name: 'bigo前端',
          handle: 'feng-ye-85',
          url: 'https://www.zhihu.com/people/feng-ye-85',
        });
      }
    });

    it('dates and titles of the other two cards', () => {
      expect(byId(result.records, 'zhihu:article:347402803')).toMatchObject({ title: '【bigo】前端配置系统pear', createdAt: '2021-01-27T06:39:04.000Z' });
      expect(byId(result.records, 'zhihu:article:345790344')).toMatchObject({ title: '【bigo前端】如何截取gif首帧图片', createdAt: '2021-01-20T11:49:20.000Z' });
    });

    it('fromDom (the live fallback) reads the same cards', () => {
      const dom = zhihuAdapter.fromDom!(documentOf(html, url), { url, capturedAt: CAPTURED });
      expect(dom.records).toEqual(result.records);
    });
  });

  describe('question page, 2015 server-rendered layout (RETIRED: Zhihu no longer serves it; parsed because it is cheap)', () => {
    const url = 'https://www.zhihu.com/question/24825703';
    const result = readPage(readSharedFixture('zhihu/zhihu_question_page_2015.html'), url);
    const all = posts(result.records);

    it('reads all 50 div.zm-item-answer answers as posts under the question title', () => {
      expect(result.skipped).toBe(0);
      expect(all).toHaveLength(50);
      expect(new Set(all.map((p) => p.id)).size).toBe(50);
      expect(all.every((p) => p.title === '关系亲密的人之间要说「谢谢」吗？' && p.source === 'dom')).toBe(true);
    });

    it('sums the shown counts: 4911 votes, 532 comments, 24 answers showing 添加评论 (no comments)', () => {
      expect(all.reduce((sum, p) => sum + (p.metrics.likes ?? -1e9), 0)).toBe(4911);
      expect(all.reduce((sum, p) => sum + (p.metrics.comments ?? -1e9), 0)).toBe(532);
      expect(all.filter((p) => p.metrics.comments === 0)).toHaveLength(24);
    });

    it('maps the first answer: answer token id, data-created, .zm-votebar .count, N 条评论, author, text', () => {
      const post = byId(all, 'zhihu:answer:39753456');
      expect(post.url).toBe('https://www.zhihu.com/question/24825703/answer/39753456');
      expect(post.createdAt).toBe('2015-02-14T10:13:00.000Z'); // data-created 1423908780
      expect(post.metrics).toEqual({ likes: 97, comments: 20 });
      expect(post.author).toEqual({
        id: 'zhihu:zhi-shi-jiu-shi-li-liang-13', platform: 'zhihu', name: '芝士就是力量',
        handle: 'zhi-shi-jiu-shi-li-liang-13', url: 'https://www.zhihu.com/people/zhi-shi-jiu-shi-li-liang-13',
      });
      expect(post.text.startsWith('幽冥之事，实所难言，幽魂不须超度。')).toBe(true);
      expect(post.text).toContain('\n\n在我看来，这声『谢谢』也是一样');
      expect(post.text.endsWith('只是为了少给自己惹上些完全没必要存在的解释的麻烦。')).toBe(true);
    });

    it('maps more answers field by field', () => {
      expect(byId(all, 'zhihu:answer:30998965')).toMatchObject({
        createdAt: '2014-09-25T04:31:00.000Z', metrics: { likes: 2448, comments: 133 }, author: { name: 'Justin Lee', handle: 'lzy135' },
      });
      expect(byId(all, 'zhihu:answer:30975949')).toMatchObject({ metrics: { likes: 1164, comments: 160 }, author: { name: '甜阁下' } });
      expect(byId(all, 'zhihu:answer:30969668').text).toBe('把谢谢换成你真的太好了 一v一 基本就解决问题了。');
      expect(byId(all, 'zhihu:answer:31013741')).toMatchObject({ metrics: { likes: 7, comments: 0 }, author: { name: '楚阳' } });
      expect(byId(all, 'zhihu:answer:59198039')).toMatchObject({ createdAt: '2015-08-14T09:10:23.000Z', metrics: { likes: 0, comments: 0 } });
    });

    it('keeps the anonymous answer under one shared 匿名用户 author', () => {
      expect(byId(all, 'zhihu:answer:31009017')).toMatchObject({
        author: { id: 'zhihu:anonymous', name: '匿名用户' }, metrics: { likes: 2, comments: 3 },
      });
      expect(all.filter((p) => p.author.id === 'zhihu:anonymous')).toHaveLength(1);
    });
  });
});

describe('zhihu answer page (own fixture: js-initialData entities + rendered AnswerItem cards)', () => {
  const url = 'https://www.zhihu.com/question/600000001/answer/3100000001';
  const result = readPage(projectFixture('zhihu/answer_page_initial_data.html'), url);

  it('reads the answer and question from the state, and the one card the state lacks from the DOM', () => {
    expect(result.skipped).toBe(0);
    expect(result.records.map((r) => r.id).sort()).toEqual(['zhihu:answer:3100000001', 'zhihu:answer:3100000009', 'zhihu:question:600000001']);
  });

  it('the state wins over the card for the same answer: exact counts, author by key into users', () => {
    expect(byId(result.records, 'zhihu:answer:3100000001')).toEqual({
      id: 'zhihu:answer:3100000001', platform: 'zhihu', kind: 'post',
      url: 'https://www.zhihu.com/question/600000001/answer/3100000001',
      author: {
        id: 'zhihu:a1b2c3d4e5f60718293a4b5c6d7e8f90', platform: 'zhihu', name: '声学测评君', handle: 'audio-reviewer',
        url: 'https://www.zhihu.com/people/audio-reviewer', followers: 125034, location: '上海',
      },
      text: '用了两周，降噪很稳。', title: '如何评价某品牌新款耳机的降噪效果？', media: 'text',
      createdAt: '2024-06-12T09:51:20.000Z', metrics: { likes: 15034, comments: 212, saves: 890 },
      capturedAt: CAPTURED, source: 'embedded',
    });
  });

  it('the question: answers as replies, visits as views', () => {
    expect(byId(result.records, 'zhihu:question:600000001')).toMatchObject({
      url: 'https://www.zhihu.com/question/600000001', text: '最近发布的新款，大家怎么看？', author: { name: '提问者' },
      metrics: { comments: 9, replies: 318, views: 2048000 }, createdAt: '2024-06-10T06:13:20.000Z',
    });
  });

  it('the DOM-only card: author from [itemprop=author], "赞同 1,203" from the vote button', () => {
    expect(byId(result.records, 'zhihu:answer:3100000009')).toMatchObject({
      source: 'dom', text: '一般般， 不值这个价。', metrics: { likes: 1203, comments: 4 }, createdAt: '2024-06-13T01:00:00.000Z',
      author: { id: 'zhihu:passer-by', name: '路人', url: 'https://www.zhihu.com/people/passer-by' },
    });
  });

  it('a page without state or cards gives nothing, and broken state JSON is not an error', () => {
    expect(readPage('<html><body><p>知乎</p></body></html>', url)).toEqual({ records: [], skipped: 0 });
    const broken = readPage('<script id="js-initialData" type="text/json">{"initialState":{"entities":</script>', url);
    expect(broken).toEqual({ records: [], skipped: 0 });
  });
});
