// Douyin pages' embedded state (RENDER_DATA, self.__pace_f) → records, on the project's own pages.
import { describe, expect, it } from 'vitest';
import type { Comment, Post } from '../model';
import { documentOf } from '../../tests/fuzz';
import { projectFixture } from '../../tests/shared-fixtures';
import { douyinAdapter } from './douyin';
import { readEmbeddedState } from './douyin-embedded';

const capturedAt = '2026-02-05T10:00:00.000Z';
const parsePage = (html: string, url: string) => douyinAdapter.fromDocument!(documentOf(html, url), { url, capturedAt });

describe('douyin embedded state', () => {
  it('video page: URL-encoded RENDER_DATA, camelCase aweme detail', () => {
    const result = parsePage(projectFixture('douyin/video_page_render_data.html'), 'https://www.douyin.com/video/7300000000000000003');
    expect(result.skipped).toBe(0);
    expect(result.records).toEqual([{
      id: 'douyin:7300000000000000003',
      platform: 'douyin',
      kind: 'post',
      url: 'https://www.douyin.com/video/7300000000000000003',
      author: {
        id: 'douyin:71000000004', platform: 'douyin', name: '夜行者',
        url: 'https://www.douyin.com/user/MS4wLjABAAAAownfixtureD', followers: 8800, verified: false,
      },
      text: '下班路上随手拍 #城市夜景',
      media: 'video',
      createdAt: '2024-11-18T03:20:00.000Z',
      metrics: { likes: 1520, comments: 88, shares: 12, saves: 64 },
      capturedAt,
      source: 'embedded',
    }]);
  });

  it('user page: the posts have no author of their own, the page\'s user is theirs; an item without id is counted', () => {
    const result = parsePage(projectFixture('douyin/user_page_render_data.html'), 'https://www.douyin.com/user/MS4wLjABAAAAownfixtureC');
    const posts = result.records as Post[];
    expect(result.skipped).toBe(1);
    expect(posts.map((p) => [p.id, p.media, p.url])).toEqual([
      ['douyin:7300000000000000002', 'image', 'https://www.douyin.com/note/7300000000000000002'],
      ['douyin:7300000000000000004', 'video', 'https://www.douyin.com/video/7300000000000000004'],
    ]);
    expect(posts[0].author).toEqual({
      id: 'douyin:71000000003', platform: 'douyin', name: '品牌官方', handle: 'brand_official',
      url: 'https://www.douyin.com/user/MS4wLjABAAAAownfixtureC', followers: 1250000, verified: true, location: '上海',
    });
    expect(posts[0].metrics).toEqual({ likes: 45300, comments: 3125, shares: 871, saves: 2301 });
    expect(posts[1].createdAt).toBe('2024-11-07T17:20:00.000Z');
  });

  it('home page: a flight line split over two __pace_f pushes is joined; "$undefined" is absent', () => {
    const result = parsePage(projectFixture('douyin/home_pace_f.html'), 'https://www.douyin.com/');
    const posts = result.records as Post[];
    expect(result.skipped).toBe(0);
    expect(posts.map((p) => [p.id, p.media, p.metrics.likes])).toEqual([
      ['douyin:7300000000000000005', 'video', 230000],
      ['douyin:7300000000000000006', 'image', 310],
    ]);
    // customVerify and followerCount were "$undefined": unknown, so absent (not false, not 0).
    expect(posts[0].author).toEqual({
      id: 'douyin:71000000005', platform: 'douyin', name: '十一喵', url: 'https://www.douyin.com/user/MS4wLjABAAAAownfixtureE',
    });
    expect(posts[0].createdAt).toBe('2024-11-25T02:00:00.000Z');
  });

  it('comments found in embedded state take the aweme id from the page URL when they lack one', () => {
    const state = { comment: { comments: [{ cid: '7300000000000000301', text: '沙发', createTime: 1732000000, diggCount: 3, replyId: '0', user: { uid: '8', nickname: 'x' }, ipLabel: '四川' }] } };
    const html = `<script id="RENDER_DATA" type="application/json">${encodeURIComponent(JSON.stringify(state))}</script>`;
    const [comment] = parsePage(html, 'https://www.douyin.com/video/7300000000000000003?modeFrom=').records as Comment[];
    expect(comment).toMatchObject({ id: 'douyin:7300000000000000301', postId: 'douyin:7300000000000000003', metrics: { likes: 3 }, author: { location: '四川' } });
    expect(comment.parentId).toBeUndefined();
  });

  it('broken state is counted, never thrown; scripts are read, not run', () => {
    const html = [
      '<script id="RENDER_DATA" type="application/json">%7B%22a%22%3A%E0%A4%A</script>',
      '<script>self.__pace_f.push([1,"8:[{\\"awemeId\\":\\"1\\"\\n"])</script>',
      '<script>self.__pace_f.push(</script>',
      '<script>window.__ran = true; self.__pace_f.push([1,"0:{}\\n"])</script>',
    ].join('');
    const doc = documentOf(html, 'https://www.douyin.com/');
    expect(readEmbeddedState(doc).broken).toBe(3);
    expect(douyinAdapter.fromDocument!(doc, { url: 'https://www.douyin.com/', capturedAt })).toEqual({ records: [], skipped: 3 });
    expect((doc.defaultView as unknown as { __ran?: boolean }).__ran).toBeUndefined();
  });
});
