import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { CapturedRecord, Comment, Post } from '../model';
import { describeShared, projectFixture, readSharedFixture, sharedJson } from '../../tests/shared-fixtures';
import { xAdapter } from './x';

const capturedAt = '2026-11-26T05:00:00.000Z';
const apiCtx = (operation: string) => ({ url: `https://x.com/i/api/graphql/q1d/${operation}?variables=%7B%7D`, capturedAt });

function byId(records: CapturedRecord[]): Map<string, CapturedRecord> {
  return new Map(records.map((record) => [record.id, record]));
}
const post = (records: CapturedRecord[], id: string) => byId(records).get(`x:${id}`) as Post;
const comment = (records: CapturedRecord[], id: string) => byId(records).get(`x:${id}`) as Comment;
const kinds = (records: CapturedRecord[]) => ({
  posts: records.filter((record) => record.kind === 'post').length,
  comments: records.filter((record) => record.kind === 'comment').length,
});

function parseDom(html: string, url: string): Document {
  const window = new Window({ url });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('xAdapter.responsePatterns', () => {
  it('accepts the GraphQL timelines it reads and nothing else', () => {
    const accepts = (url: string) => xAdapter.responsePatterns.some((pattern) => pattern.test(url));
    expect(accepts('https://x.com/i/api/graphql/abc123/TweetDetail?variables=%7B%7D')).toBe(true);
    expect(accepts('https://twitter.com/i/api/graphql/abc123/SearchTimeline?variables=%7B%7D')).toBe(true);
    expect(accepts('https://x.com/i/api/graphql/abc123/Followers?variables=%7B%7D')).toBe(false);
    expect(accepts('https://x.com/home')).toBe(false);
  });
});

describe('xAdapter.fromResponse on own edge cases', () => {
  const body = JSON.parse(projectFixture('x/home_timeline_edge_cases.json'));
  const { records, skipped } = xAdapter.fromResponse!(body, apiCtx('HomeTimeline'));

  it('keeps real tweets, drops ads, unavailable tweets and retweet wrappers, counts malformed entries', () => {
    expect(records.map((record) => record.id).sort()).toEqual(['x:1001', 'x:1010', 'x:900']);
    // tweet_results without result, a tweet without author, a non-object entry
    expect(skipped).toBe(3);
  });

  it('unwraps TweetWithVisibilityResults and decodes full_text entities', () => {
    const tweet = post(records, '1001');
    expect(tweet).toMatchObject({
      kind: 'post',
      platform: 'x',
      url: 'https://x.com/brand_fan/status/1001',
      text: 'Tea & cake <3 at the new store',
      createdAt: '2024-11-26T10:00:00.000Z',
      media: 'video',
      lang: 'en',
      source: 'api',
      capturedAt,
      metrics: { likes: 12, replies: 3, comments: 3, shares: 5, saves: 2, views: 5678 },
    });
    expect(tweet.author).toEqual({
      id: 'x:501', platform: 'x', name: 'Brand Fan 🍵', handle: 'brand_fan', url: 'https://x.com/brand_fan',
      followers: 1234, verified: true, location: 'Shanghai',
    });
  });

  it('keeps the original of a retweet with its long note text, card media and older-layout author', () => {
    const original = post(records, '900');
    expect(original.text).toBe('Our winter menu is here & it is long > short');
    expect(original.media).toBe('link');
    expect(original.lang).toBeUndefined(); // "qme" is X's media-only pseudo-language
    expect(original.metrics).toEqual({ likes: 300, replies: 20, comments: 20, shares: 40 });
    expect(original.author).toMatchObject({ id: 'x:42', name: 'The Brand', handle: 'brand', followers: 100000, verified: true });
    expect(records.some((record) => 'text' in record && record.text.startsWith('RT @'))).toBe(false);
  });

  it('reads TimelineAddToModule replies as comments threaded to the conversation and the tweet answered', () => {
    expect(comment(records, '1010')).toMatchObject({
      kind: 'comment', postId: 'x:900', parentId: 'x:1009', url: 'https://x.com/replier/status/1010', text: '@someone @brand agreed',
    });
  });

  it('omits unknown counts instead of writing 0', () => {
    expect(comment(records, '1010').metrics).toEqual({ likes: 2, replies: 0, comments: 0 });
  });

  it('returns nothing for bodies without a timeline', () => {
    expect(xAdapter.fromResponse!({ errors: [{ message: 'Rate limit exceeded' }] }, apiCtx('TweetDetail'))).toEqual({ records: [], skipped: 0 });
    expect(xAdapter.fromResponse!('not json', apiCtx('TweetDetail'))).toEqual({ records: [], skipped: 0 });
    expect(xAdapter.fromResponse!(null, apiCtx('TweetDetail'))).toEqual({ records: [], skipped: 0 });
  });
});

describeShared('xAdapter.fromResponse', () => {
  it('TweetDetail (raw_tweet_details.json): the focal post and its 36 replies, threaded', () => {
    const { records, skipped } = xAdapter.fromResponse!(sharedJson('twitter/raw_tweet_details.json'), apiCtx('TweetDetail'));
    expect(skipped).toBe(0);
    expect(kinds(records)).toEqual({ posts: 1, comments: 36 });
    const focal = post(records, '1649191520250245121');
    expect(focal.metrics).toEqual({ likes: 426, replies: 93, comments: 93, shares: 202 + 118, saves: 73, views: 979440 });
    // newer user layout: name/screen_name under `core`, followers under relationship_counts
    expect(focal.author).toMatchObject({ id: 'x:2244994945', handle: 'XDevelopers', name: 'Developers', followers: 695696, verified: true });
    expect(records.filter((record) => record.kind === 'comment').every((c) => (c as Comment).postId === 'x:1649191520250245121')).toBe(true);
    // a self-thread: the third tweet answers the second, not the focal one
    expect(comment(records, '1649191522485817345').parentId).toBe('x:1649191521323995138');
    expect(comment(records, '1649263296434806785')).toMatchObject({ metrics: { likes: 72, views: 7203 } });
    expect(comment(records, '1649263296434806785').parentId).toBeUndefined(); // answers the focal post itself
    expect(comment(records, '1649263296434806785').author.handle).toBe('ashevat');
  });

  it('SearchTimeline (raw_search.json): 20 results + 5 quoted tweets, long posts from note_tweet', () => {
    const { records, skipped } = xAdapter.fromResponse!(sharedJson('twitter/raw_search.json'), apiCtx('SearchTimeline'));
    expect(skipped).toBe(0);
    expect(kinds(records)).toEqual({ posts: 23, comments: 2 });
    const first = post(records, '2074976613713031490');
    expect(first).toMatchObject({
      url: 'https://x.com/piloly/status/2074976613713031490',
      createdAt: '2026-07-08T21:59:10.000Z',
      media: 'image',
      lang: 'en',
      metrics: { likes: 312, replies: 11, comments: 11, shares: 21 + 9, saves: 7, views: 25900 },
    });
    expect(first.author).toEqual({
      id: 'x:20472409', platform: 'x', name: 'Roland Pircher', handle: 'piloly', url: 'https://x.com/piloly',
      followers: 29524, verified: true, location: '🇮🇹',
    });
    expect(first.text.startsWith('In Europe*, 4.7k Tesla sales were reported')).toBe(true);
    expect(first.text.length).toBeGreaterThan(280); // the note, not the cut full_text
    // quoted tweets are captured too; a quoted reply is a comment of its own conversation
    expect(post(records, '2072535265533456878')).toMatchObject({ media: 'link', metrics: { likes: 86, views: 206576 } });
    expect(comment(records, '2074915723487678904').postId).toBe('x:2074915721684086811');
    expect(comment(records, '2074915723487678904').parentId).toBeUndefined();
  });

  it('UserTweets (raw_user_tweets.json): pinned tweet, originals of retweets, no RT wrappers', () => {
    const { records, skipped } = xAdapter.fromResponse!(sharedJson('twitter/raw_user_tweets.json'), apiCtx('UserTweets'));
    expect(skipped).toBe(0);
    expect(kinds(records)).toEqual({ posts: 24, comments: 1 });
    expect(post(records, '2019881223666233717').metrics.likes).toBe(5569); // TimelinePinEntry
    expect(byId(records).has('x:2083305234688803178')).toBe(false); // retweet wrapper
    expect(post(records, '2083289084567724316')).toMatchObject({ metrics: { likes: 674 }, author: { handle: 'benjitaylor' } });
    expect(records.some((record) => 'text' in record && record.text.startsWith('RT @'))).toBe(false);
    expect(post(records, '2082640274845811115').text.startsWith('X Chat API & Chat XDK are live!')).toBe(true);
    expect(comment(records, '2082640276389249363').postId).toBe('x:2082640274845811115');
    expect(comment(records, '2082640276389249363').parentId).toBeUndefined();
    expect(post(records, '2074882755905585583').media).toBe('video');
  });

  it('TweetDetail with the older user layout (_issue_28_1.json): retweeted original, quote and quoted reply', () => {
    const { records, skipped } = xAdapter.fromResponse!(sharedJson('twitter/_issue_28_1.json'), apiCtx('TweetDetail'));
    expect(skipped).toBe(0);
    expect(records.map((record) => record.id).sort()).toEqual(['x:1658407192859492355', 'x:1677035434214412289', 'x:1677037919880507392']);
    const original = post(records, '1658407192859492355');
    expect(original.author).toEqual({
      id: 'x:2949065723', platform: 'x', name: 'SisuMisu', handle: 'SisuMisu3', url: 'https://x.com/SisuMisu3',
      followers: 15454, verified: false, location: 'En donde me den amor ❤️😊🥰',
    });
    expect(original).toMatchObject({
      createdAt: '2023-05-16T09:41:01.000Z', media: 'image', lang: 'es',
      metrics: { likes: 60, replies: 5, shares: 42 + 2, views: 1110 },
    });
    expect(original.text.startsWith('Esta noche el circo está asegurado')).toBe(true);
    expect(comment(records, '1677035434214412289')).toMatchObject({ postId: 'x:1676995076461821958', author: { handle: 'PShermanV', followers: 3394 } });
  });

  it('TweetDetail with a summary card (card_summary.json)', () => {
    const { records } = xAdapter.fromResponse!(sharedJson('twitter/card_summary.json'), apiCtx('TweetDetail'));
    expect(kinds(records)).toEqual({ posts: 2, comments: 3 });
    expect(post(records, '1696922210588410217')).toMatchObject({
      media: 'link', lang: 'it', metrics: { likes: 184, views: 1003602 },
      author: { handle: 'FortniteGame', name: 'Fortnite', followers: 18364225, verified: true },
    });
    expect(post(records, '1779861744510189910').media).toBe('video');
  });

  it('every record is well formed', () => {
    const files = ['raw_tweet_details.json', 'raw_search.json', 'raw_user_tweets.json', '_issue_28_1.json', 'card_summary.json'];
    for (const file of files) {
      for (const record of xAdapter.fromResponse!(sharedJson(`twitter/${file}`), apiCtx('TweetDetail')).records) {
        expect(record.id).toMatch(/^x:\d+$/);
        if (record.kind === 'trend') throw new Error('no trends on X timelines');
        expect(record.author.id).toMatch(/^x:\d+$/);
        expect(record.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
        expect(Object.values(record.metrics).every((count) => Number.isInteger(count))).toBe(true);
      }
    }
  });
});

describe('xAdapter.fromDom on own timeline markup', () => {
  const doc = parseDom(projectFixture('x/search_timeline_dom.html'), 'https://x.com/search?q=winter%20menu');
  const { records, skipped } = xAdapter.fromDom!(doc, { url: 'https://x.com/search?q=winter%20menu', capturedAt });

  it('reads each tweet article; one without a permalink is skipped and counted', () => {
    expect(records.map((record) => record.id)).toEqual(['x:1860000000000000001', 'x:1860000000000000002']);
    expect(skipped).toBe(1);
  });

  it('takes the permalink, author, emoji text and exact counts from aria-labels, not the quoted tweet', () => {
    expect(records[0]).toMatchObject({
      kind: 'post',
      url: 'https://x.com/tea_lover/status/1860000000000000001',
      author: { id: 'x:@tea_lover', name: 'Tea Lover 🍵', handle: 'tea_lover' },
      text: 'The winter menu is 🔥\nbut the queue & prices…',
      createdAt: '2024-11-26T09:30:00.000Z',
      media: 'image',
      lang: 'en',
      source: 'dom',
      metrics: { replies: 1234, comments: 1234, shares: 56, likes: 7900, views: 345678 },
    });
    expect(records[0].kind === 'post' && records[0].metrics.saves).toBeUndefined();
  });

  it('reads the toggled buttons of tweets the viewer liked or reposted', () => {
    expect(records[1]).toMatchObject({ media: 'link', text: '', metrics: { likes: 1, shares: 3 } });
    expect((records[1] as Post).metrics.replies).toBeUndefined();
  });
});

describeShared('xAdapter.fromDom', () => {
  it('X Article status page (x_com_article_page_dom_2026.html)', () => {
    const url = 'https://x.com/arscontexta/status/2013045749580259680';
    const doc = parseDom(readSharedFixture('twitter/x_com_article_page_dom_2026.html'), url);
    const { records, skipped } = xAdapter.fromDom!(doc, { url, capturedAt });
    expect(skipped).toBe(0);
    expect(records).toHaveLength(1);
    const article = records[0] as Post;
    expect(article).toMatchObject({
      id: 'x:2013045749580259680',
      url: 'https://x.com/arscontexta/status/2013045749580259680',
      author: { id: 'x:@arscontexta', name: 'Heinrich', handle: 'arscontexta' },
      title: 'obsidian + claude code 101',
      createdAt: '2026-01-19T00:28:01.000Z',
      media: 'article',
      metrics: { replies: 76, comments: 76, shares: 234, likes: 2378, saves: 8190, views: 1122900 },
    });
    // blocks of the long-form body stay apart as lines
    expect(article.text.split(/\n+/).slice(0, 2)).toEqual([
      'ive spent the last year building an operating system for thinking with ai. claude code runs my obsidian vaults',
      'it extracts the key concepts, connects them to what you already figured out, and builds a living representation of your thinking',
    ]);
  });
});
