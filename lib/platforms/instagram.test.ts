import { describe, expect, it } from 'vitest';
import type { Comment, Post } from '../model';
import { documentOf } from '../../tests/fuzz';
import { describeShared, projectFixture, sharedJson } from '../../tests/shared-fixtures';
import { adapterForResponse, adaptersForPage } from './index';
import { instagramAdapter } from './instagram';

const capturedAt = '2026-11-26T08:00:00.000Z';
const own = (name: string) => JSON.parse(projectFixture(`instagram/${name}`));
const parse = (body: unknown, url: string) => instagramAdapter.fromResponse!(body, { url, capturedAt });
const byId = <T extends { id: string }>(records: readonly unknown[], id: string) => (records as T[]).find((record) => record.id === id);

describe('Instagram routing', () => {
  it('claims the web GraphQL and v1 endpoints, and www.instagram.com pages', () => {
    for (const url of [
      'https://www.instagram.com/api/graphql',
      'https://www.instagram.com/graphql/query/?query_hash=abc',
      'https://www.instagram.com/api/v1/feed/user/5100000001/?count=12',
      'https://www.instagram.com/api/v1/media/3400000000000000001/comments/?can_support_threading=true',
      'https://www.instagram.com/api/v1/media/3400000000000000001/comments/18000000000000001/child_comments/',
      'https://www.instagram.com/api/v1/media/3400000000000000001/info/',
    ]) expect(adapterForResponse(url)?.name, url).toBe('instagram');
    expect(adapterForResponse('https://www.instagram.com/api/v1/web/accounts/login/ajax/')).toBeUndefined();
    expect(adaptersForPage('https://www.instagram.com/p/C9aaaaaaaaa/').map((a) => a.name)).toEqual(['instagram']);
  });
});

describe('Instagram current web shapes (own fixtures)', () => {
  it('home feed xdt connection: posts and reels, the ad left out, a media without owner counted', () => {
    const { records, skipped } = parse(own('xdt_feed_timeline.json'), 'https://www.instagram.com/api/graphql');
    expect(records.map((r) => r.id)).toEqual(['instagram:3400000000000000001', 'instagram:3400000000000000002']);
    expect(skipped).toBe(1);
    expect(byId<Post>(records, 'instagram:3400000000000000001')).toEqual({
      kind: 'post', id: 'instagram:3400000000000000001', platform: 'instagram', capturedAt,
      url: 'https://www.instagram.com/p/C9aaaaaaaaa/', text: 'New colours are in 🌈 #brand', media: 'image',
      createdAt: '2024-05-29T16:26:40.000Z', metrics: { likes: 1234, comments: 56 }, source: 'api',
      author: { id: 'instagram:5100000001', platform: 'instagram', name: 'Acme Brand', handle: 'acme.brand', url: 'https://www.instagram.com/acme.brand/', verified: true },
    });
    expect(byId<Post>(records, 'instagram:3400000000000000002')).toMatchObject({
      url: 'https://www.instagram.com/reel/C9bbbbbbbbb/', media: 'video', metrics: { likes: 880, comments: 12, views: 45678 },
      author: { name: 'rival.co', handle: 'rival.co', verified: false },
    });
  });

  it('shortcode web_info with hidden like counts keeps likes and views unknown', () => {
    const { records } = parse(own('xdt_shortcode_web_info.json'), 'https://www.instagram.com/api/graphql');
    expect(records).toHaveLength(1);
    expect((records[0] as Post).metrics).toEqual({ comments: 12 });
  });

  it('v1 comments with preview replies; the comment without text is counted', () => {
    const url = 'https://www.instagram.com/api/v1/media/3400000000000000001/comments/?can_support_threading=true';
    const { records, skipped } = parse(own('v1_media_comments.json'), url);
    expect(records.map((r) => r.id)).toEqual(['instagram:18000000000000001', 'instagram:18000000000000011', 'instagram:18000000000000002']);
    expect(skipped).toBe(1);
    expect(byId<Comment>(records, 'instagram:18000000000000001')).toMatchObject({
      kind: 'comment', postId: 'instagram:3400000000000000001', text: 'Love the green one!', createdAt: '2024-05-29T16:43:20.000Z',
      metrics: { likes: 4, replies: 2 }, author: { handle: 'fan.one', name: 'Fan One' },
    });
    expect(byId<Comment>(records, 'instagram:18000000000000001')?.parentId).toBeUndefined();
    expect(byId<Comment>(records, 'instagram:18000000000000011')).toMatchObject({ parentId: 'instagram:18000000000000001', metrics: { likes: 1 } });
  });

  it('child_comments endpoint: the thread comes from the URL, the parent_comment echo is not a new record', () => {
    const url = 'https://www.instagram.com/api/v1/media/3400000000000000001/comments/18000000000000001/child_comments/';
    const { records, skipped } = parse(own('v1_child_comments.json'), url);
    expect(skipped).toBe(0);
    expect(records).toEqual([expect.objectContaining({
      id: 'instagram:18000000000000012', postId: 'instagram:3400000000000000001', parentId: 'instagram:18000000000000001',
      text: '@fan.one it sold out already', metrics: { likes: 7 },
    })]);
  });

  it('a body guarded with for (;;); is read as data; other text is one skip', () => {
    const text = `for (;;);${projectFixture('instagram/xdt_shortcode_web_info.json')}`;
    expect(parse(text, 'https://www.instagram.com/api/graphql').records).toHaveLength(1);
    expect(parse('<html>login</html>', 'https://www.instagram.com/api/graphql')).toEqual({ records: [], skipped: 1 });
  });

  it('profile page: Relay data embedded as JSON is read (never run); a cut block is counted', () => {
    const url = 'https://www.instagram.com/acme.brand/';
    const { records, skipped } = instagramAdapter.fromDocument!(documentOf(projectFixture('instagram/profile_page_relay.html'), url), { url, capturedAt });
    expect(records.map((r) => [r.id, (r as Post).source])).toEqual([
      ['instagram:3400000000000000001', 'embedded'], ['instagram:3400000000000000002', 'embedded'],
    ]);
    expect(skipped).toBe(1);
  });
});

// The only real capture is the legacy `graphql/query` shortcode_media shape (2021); the current web app
// no longer serves it (platforms.md §11), but saved pages and old exports still hold it.
describeShared('Instagram legacy GraphQL shortcode_media', () => {
  const FILE = 'instagram/ig_graphql_shortcode_media_2021.json';

  it('the post and its 109 comments (50 shown parents + 59 threaded replies), nothing skipped', () => {
    const media = sharedJson(FILE).data.shortcode_media;
    const parents = media.edge_media_to_parent_comment.edges as any[];
    const replies = parents.flatMap((edge) => edge.node.edge_threaded_comments.edges);
    expect([parents.length, replies.length]).toEqual([50, 59]);

    const { records, skipped } = parse(sharedJson(FILE), 'https://www.instagram.com/graphql/query/');
    expect(skipped).toBe(0);
    const posts = records.filter((r) => r.kind === 'post') as Post[];
    const comments = records.filter((r) => r.kind === 'comment') as Comment[];
    expect([posts.length, comments.length]).toEqual([1, 109]);
    expect(comments.filter((c) => c.parentId)).toHaveLength(59);
    expect(comments.every((c) => c.postId === 'instagram:2635595260958330718')).toBe(true);
    expect(posts[0]).toEqual({
      kind: 'post', id: 'instagram:2635595260958330718', platform: 'instagram', capturedAt,
      url: 'https://www.instagram.com/p/CSTg-0FH89e/', text: '嗨 我是被判定色情內容ㄉ物體', media: 'image',
      createdAt: '2021-08-08T07:24:20.000Z', metrics: { likes: 1692, comments: 122 }, source: 'api',
      author: { id: 'instagram:1763459260', platform: 'instagram', name: '冪', handle: 'mi.816_', url: 'https://www.instagram.com/mi.816_/', followers: 11001, verified: false },
    });
  });

  it('comments field by field: a parent with its reply, and a parent with 3 replies', () => {
    const { records } = parse(sharedJson(FILE), 'https://www.instagram.com/graphql/query/');
    expect(byId<Comment>(records, 'instagram:17893266416179905')).toEqual({
      kind: 'comment', id: 'instagram:17893266416179905', platform: 'instagram', capturedAt, postId: 'instagram:2635595260958330718',
      text: '之後見面你可以穿這樣嗎', createdAt: '2021-08-08T07:53:19.000Z', metrics: { likes: 2, replies: 1 }, source: 'api',
      author: { id: 'instagram:1045494654', platform: 'instagram', name: 'chunn.17', handle: 'chunn.17', url: 'https://www.instagram.com/chunn.17/', verified: false },
    });
    expect(byId<Comment>(records, 'instagram:17922812404751001')).toMatchObject({
      parentId: 'instagram:17893266416179905', text: '@chunn.17 你好色', createdAt: '2021-08-08T10:09:34.000Z', metrics: { likes: 0 },
      author: { handle: 'mi.816_' },
    });
    expect(byId<Comment>(records, 'instagram:17991878512371591')).toMatchObject({ metrics: { likes: 9, replies: 3 } });
    expect((records as Comment[]).filter((c) => c.parentId === 'instagram:17991878512371591').map((c) => c.author.handle))
      .toEqual(['mi.816_', 'allenynsun', 'love_music_0204']);
  });
});
