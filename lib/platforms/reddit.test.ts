import { describe, expect, it } from 'vitest';
import type { CapturedRecord, Comment, Post } from '../model';
import { checkRecord } from '../validate-record';
import { describeShared, projectFixture, sharedJson } from '../../tests/shared-fixtures';
import { adapterForResponse, adaptersForPage } from './index';
import { redditAdapter } from './reddit';
import { comments, posts } from './test-picks';

const capturedAt = '2026-11-26T08:00:00.000Z';
const documentOf = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const read = (body: unknown, url: string) => {
  const result = redditAdapter.fromResponse!(body, { url, capturedAt });
  result.records.forEach((record) => checkRecord(record));
  return result;
};
const byId = (records: CapturedRecord[], id: string) => records.find((record) => record.id === id);

describeShared('reddit adapter on the PRAW cassettes (oauth.reddit.com, same JSON as www …/.json)', () => {
  it('r/popular/hot 2026 (trimmed to 25): 25 posts, media from post_hint/is_video/is_gallery', () => {
    const { records, skipped } = read(sharedJson('reddit/reddit_r_popular_hot_2026_trimmed.json'), 'https://oauth.reddit.com/r/popular/hot?limit=100&raw_json=1');
    expect(skipped).toBe(0);
    expect(posts(records)).toHaveLength(25);
    expect(byId(records, 'reddit:1skl1i1')).toMatchObject({
      kind: 'post', title: 'A medium rare "steak."', text: 'A medium rare "steak."', media: 'video',
      url: 'https://www.reddit.com/r/StupidFood/comments/1skl1i1/a_medium_rare_steak/',
      author: { id: 'reddit:u/PrinceFlynn', name: 'PrinceFlynn', url: 'https://www.reddit.com/user/PrinceFlynn/' },
      createdAt: new Date(1776108121000).toISOString(), metrics: { likes: 714, comments: 428 }, source: 'api',
    });
    expect(byId(records, 'reddit:1sklidt')).toMatchObject({ metrics: { likes: 1934, comments: 118 } });
    expect((byId(records, 'reddit:1skjxta') as Post).media).toBe('video'); // rich:video (streamable)
    const media = posts(records).map((post) => post.media);
    expect(media.filter((kind) => kind === 'image')).toHaveLength(19); // 13 image + 6 gallery
    expect(media.filter((kind) => kind === 'video')).toHaveLength(5);
    expect(media.filter((kind) => kind === 'link')).toHaveLength(1);
  });

  it('r/askreddit/new 2016: 100 self posts with title as text when selftext is empty', () => {
    const { records, skipped } = read(sharedJson('reddit/reddit_r_askreddit_new_2016.json'), 'https://oauth.reddit.com/r/askreddit/new?raw_json=1&limit=100');
    expect(skipped).toBe(0);
    expect(posts(records)).toHaveLength(100);
    expect(byId(records, 'reddit:48fbm9')).toMatchObject({
      title: "[Serious] Parents of Reddit, what's the biggest lie about yourself you've told your kids?",
      text: "[Serious] Parents of Reddit, what's the biggest lie about yourself you've told your kids?",
      author: { name: 'RedHeadQc' }, createdAt: '2016-03-01T08:37:38.000Z', metrics: { likes: 1, comments: 1 }, media: 'text',
    });
    expect(posts(records).filter((post) => post.author.name === 'ravemyworld')).toHaveLength(3);
  });

  it('submission 2gmzqe 2016: the post with its selftext and its 2 comments on it', () => {
    const { records } = read(sharedJson('reddit/reddit_submission_comments_2gmzqe_2016.json'), 'https://oauth.reddit.com/comments/2gmzqe/?sort=confidence&limit=2048&raw_json=1');
    expect(posts(records)).toHaveLength(1);
    expect(comments(records)).toHaveLength(2);
    const post = byId(records, 'reddit:2gmzqe') as Post;
    expect(post).toMatchObject({ title: '[PRAW] HTTPS enabled PRAW testing needed', author: { name: 'bboe' }, metrics: { likes: 11, comments: 2 }, createdAt: '2014-09-17T06:34:31.000Z' });
    expect(post.text).toMatch(/^PRAW client developers,\n\nI have made a PRAW branch/);
    const comment = byId(records, 'reddit:cklfmye') as Comment;
    expect(comment).toMatchObject({ postId: 'reddit:2gmzqe', author: { name: 'paneer_burrito' }, metrics: { likes: 1 }, createdAt: '2014-09-18T01:51:52.000Z' });
    expect(comment.parentId).toBeUndefined(); // parent_id is the t3_ itself: a top-level comment
    expect(comment.url).toBeUndefined(); // 2016 comments carry no permalink
  });

  it('comment context thread 2025: 1 post and all 67 nested comments, parents from parent_id', () => {
    const { records, skipped } = read(sharedJson('reddit/reddit_comment_context_thread_2025.json'), 'https://oauth.reddit.com/r/Lil_SpazJoekp/comments/1j7g9uj/test_post_pls_ignore/myngt77/?context=100&raw_json=1');
    expect(skipped).toBe(0);
    expect(posts(records)).toHaveLength(1);
    expect(comments(records)).toHaveLength(67);
    expect(byId(records, 'reddit:1j7g9uj')).toMatchObject({ author: { name: 'Lil_SpazTest' }, title: 'Test post pls ignore', metrics: { likes: 1, comments: 228 }, createdAt: '2025-03-09T20:04:02.000Z' });
    expect(byId(records, 'reddit:mynfrrh')).toMatchObject({ postId: 'reddit:1j7g9uj', text: 'Test comment', createdAt: '2025-06-19T15:52:52.000Z' });
    expect(byId(records, 'reddit:mynfuan')).toMatchObject({
      parentId: 'reddit:mynfrrh', text: 'Test u/Lil_SpazTest mention', author: { name: '<USERNAME>' },
      url: 'https://www.reddit.com/r/Lil_SpazJoekp/comments/1j7g9uj/test_post_pls_ignore/mynfuan/',
    });
    expect(comments(records).every((comment) => comment.postId === 'reddit:1j7g9uj')).toBe(true);
    expect(comments(records).filter((comment) => comment.parentId)).toHaveLength(66);
  });
});

describe('reddit adapter on own fixtures', () => {
  it('morechildren: the comment, entities decoded without raw_json; the more stub passed over; the broken thing counted', () => {
    const { records, skipped } = read(JSON.parse(projectFixture('reddit/morechildren_small.json')), 'https://www.reddit.com/api/morechildren.json');
    expect(skipped).toBe(1);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ id: 'reddit:kx1eeee', kind: 'comment', postId: 'reddit:1h2k3lm', parentId: 'reddit:kx1aaaa', text: 'Night & street: 28mm f/2.', metrics: { likes: 7 } });
  });

  it('shreddit post page: post and comments from element attributes', () => {
    const url = 'https://www.reddit.com/r/photography/comments/1h2k3lm/which_lens_for_street_photography/';
    const { records, skipped } = redditAdapter.fromDom!(documentOf(projectFixture('reddit/shreddit_post_page.html')), { url, capturedAt });
    records.forEach((record) => checkRecord(record));
    expect(skipped).toBe(0);
    expect(posts(records)).toHaveLength(1);
    expect(comments(records)).toHaveLength(4);
    expect(records[0]).toMatchObject({
      id: 'reddit:1h2k3lm', title: 'Which lens for street photography?', author: { name: 'lens_fan_42' },
      text: 'Torn between a 28mm and a 35mm prime.Budget is about $400 & I shoot mostly at night.',
      createdAt: '2025-03-09T20:04:02.123Z', metrics: { likes: 5400, comments: 1234 }, media: 'text', source: 'dom', url,
    });
    expect(byId(records, 'reddit:kx1aaaa')).toMatchObject({ postId: 'reddit:1h2k3lm', metrics: { likes: 812 }, createdAt: '2025-03-09T20:31:45.000Z', text: '35mm. It forgives sloppy framing.' });
    expect((byId(records, 'reddit:kx1aaaa') as Comment).parentId).toBeUndefined();
    expect(byId(records, 'reddit:kx1bbbb')).toMatchObject({ parentId: 'reddit:kx1aaaa', createdAt: '2025-03-09T21:02:10.000Z', metrics: { likes: 97 } });
    expect(byId(records, 'reddit:kx1cccc')).toMatchObject({ author: { id: 'reddit:deleted', name: '[deleted]' }, metrics: {} });
    expect(byId(records, 'reddit:kx1dddd')).toMatchObject({ metrics: { likes: 1200 }, text: '28mm <3' });
  });

  it('old.reddit page: link and nested comments from .thing[data-fullname]', () => {
    const url = 'https://old.reddit.com/r/AskReddit/comments/48fbm9/serious_parents/';
    const { records, skipped } = redditAdapter.fromDocument!(documentOf(projectFixture('reddit/old_reddit_comments.html')), { url, capturedAt });
    records.forEach((record) => checkRecord(record));
    expect(skipped).toBe(0);
    expect(records.map((record) => record.id)).toEqual(['reddit:48fbm9', 'reddit:d0jaaaa', 'reddit:d0jbbbb']);
    expect(records[0]).toMatchObject({ title: 'Parents of Reddit, what lie did you tell?', metrics: { likes: 15, comments: 2 }, createdAt: '2016-03-01T08:37:38.000Z' });
    expect(records[1]).toMatchObject({ postId: 'reddit:48fbm9', metrics: { likes: 42 }, text: 'That the ice cream truck plays music when it is out of ice cream.' });
    expect(records[2]).toMatchObject({ parentId: 'reddit:d0jaaaa', metrics: { likes: 3 }, text: 'Wait what' });
  });

  it('routes .json, oauth and morechildren responses and both page hosts to reddit, not the HTML fragments', () => {
    for (const url of [
      'https://www.reddit.com/r/popular/hot.json?limit=25',
      'https://www.reddit.com/r/x/comments/1j7g9uj/t/.json',
      'https://old.reddit.com/r/AskReddit/new.json',
      'https://oauth.reddit.com/comments/2gmzqe/?sort=confidence',
      'https://oauth.reddit.com/r/popular/hot?limit=100',
      'https://www.reddit.com/api/morechildren',
    ]) expect(adapterForResponse(url)?.name, url).toBe('reddit');
    expect(adapterForResponse('https://www.reddit.com/svc/shreddit/comments/r/x/t3_1h2k3lm')).toBeUndefined();
    expect(adapterForResponse('https://www.reddit.com/r/x/comments/1/t/')).toBeUndefined();
    expect(adaptersForPage('https://www.reddit.com/r/x/').map((adapter) => adapter.name)).toEqual(['reddit']);
    expect(adaptersForPage('https://old.reddit.com/').map((adapter) => adapter.name)).toEqual(['reddit']);
  });
});
