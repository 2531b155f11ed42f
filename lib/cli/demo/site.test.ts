// The demo's invented API answers must read, through the real adapters, as exactly the records the
// demo (and the e2e spec on it) expects: otherwise the demo would show a broken product.
import { describe, expect, it } from 'vitest';
import type { CapturedRecord, Comment } from '../../model';
import { adapterForResponse, runAdapter } from '../../platforms';
import { DemoSite } from './site';
import { LUMINA_WEIBO, WEIBO_DEMO_LAUNCH, WEIBO_DEMO_OUTAGE } from './weibo-data';
import { X_LAUNCH, X_LAUNCH_REPLIES } from './x-data';
import { snowflake, xTime } from './x-shapes';
import { weiboTime } from './weibo-shapes';

const NOW = new Date('2026-11-26T05:00:00.000Z');
const site = new DemoSite(NOW);

/** What the page would get for `url`, answered by the demo routes. */
function answer(url: string): { status: number; json: any } {
  const route = (site.routes() as ReadonlyArray<readonly [string | RegExp, any]>).find(([matcher]) => matcher instanceof RegExp && matcher.test(url));
  if (!route) throw new Error(`no demo route for ${url}`);
  const response = typeof route[1] === 'function' ? route[1](new URL(url)) : route[1];
  return { status: response.status ?? 200, json: JSON.parse(String(response.body)) };
}

function capture(url: string): CapturedRecord[] {
  const adapter = adapterForResponse(url);
  if (!adapter) throw new Error(`no adapter reads ${url}`);
  const outcome = runAdapter(adapter, 'fromResponse', answer(url).json, { url, capturedAt: NOW.toISOString() });
  expect(outcome.error).toBeUndefined();
  expect(outcome.skipped).toBe(0);
  return outcome.records;
}

const graphql = (operation: string, variables: object) =>
  `https://x.com/i/api/graphql/abc123/${operation}?variables=${encodeURIComponent(JSON.stringify(variables))}&features=%7B%7D`;

describe('demo time and id formats', () => {
  it('writes Weibo times in China Standard Time and X times in UTC, as the platforms do', () => {
    expect(weiboTime(new Date('2026-11-24T00:10:00Z'))).toBe('Tue Nov 24 08:10:00 +0800 2026');
    expect(xTime(new Date('2026-11-24T00:10:00Z'))).toBe('Tue Nov 24 00:10:00 +0000 2026');
  });

  it('derives X ids from the time like snowflakes (newer → larger)', () => {
    const older = BigInt(snowflake(new Date('2026-11-24T00:00:00Z'), 'a'));
    const newer = BigInt(snowflake(new Date('2026-11-25T00:00:00Z'), 'a'));
    expect(newer > older).toBe(true);
    expect(Number((older >> 22n) + 1_288_834_974_657n)).toBe(Date.parse('2026-11-24T00:00:00Z'));
  });
});

describe('demo site answers, read by the real adapters', () => {
  const expected = site.expected();

  it('Weibo: status pages, comments and the brand timeline give the expected posts and comments', () => {
    const records = [
      ...capture(`https://weibo.com/ajax/statuses/show?id=${WEIBO_DEMO_LAUNCH.mblogid}&locale=zh-CN`),
      ...capture(`https://weibo.com/ajax/statuses/buildComments?is_reload=1&id=${WEIBO_DEMO_LAUNCH.id}&count=20&fetch_level=0`),
      ...capture(`https://weibo.com/ajax/statuses/mymblog?uid=${LUMINA_WEIBO.id}&page=1&feature=0`),
      ...capture(`https://weibo.com/ajax/statuses/show?id=${WEIBO_DEMO_OUTAGE.mblogid}&locale=zh-CN`),
      ...capture(`https://weibo.com/ajax/statuses/buildComments?is_reload=1&id=${WEIBO_DEMO_OUTAGE.id}&count=20&fetch_level=0`),
    ];
    const ids = (kind: string) => [...new Set(records.filter((r) => r.kind === kind).map((r) => r.id))].sort();
    expect(ids('post')).toEqual([...expected.weibo.posts].sort());
    expect(ids('comment')).toEqual([...expected.weibo.comments].sort());
    expect(expected.weibo.posts).toHaveLength(4);
    expect(expected.weibo.comments).toHaveLength(19);

    const brandReply = records.find((r) => r.id === 'weibo:5231876001000102') as Comment;
    expect(brandReply).toMatchObject({ postId: `weibo:${WEIBO_DEMO_LAUNCH.id}`, parentId: 'weibo:5231876001000002' });
    expect(brandReply.author).toMatchObject({ name: '光合咖啡LuminaCoffee', verified: true, followers: 186_420, location: '上海' });
    const launch = records.find((r) => r.id === `weibo:${WEIBO_DEMO_LAUNCH.id}`);
    expect(launch).toMatchObject({ media: 'image', metrics: { likes: 3_286, comments: 486, shares: 215, views: 251_000 } });
    expect(launch && 'createdAt' in launch && launch.createdAt).toBe('2026-11-26T02:00:00.000Z');
  });

  it('X: TweetDetail, UserTweets (with a retweet) and SearchTimeline give the expected posts and comments', () => {
    const launchId = site.clock.idOf(X_LAUNCH);
    const user = answer(graphql('UserByScreenName', { screen_name: 'LuminaCoffee' })).json.data.user.result;
    const records = [
      ...capture(graphql('TweetDetail', { focalTweetId: launchId })),
      ...capture(graphql('UserTweets', { userId: user.rest_id, count: 20 })),
      ...capture(graphql('SearchTimeline', { rawQuery: 'Lumina coffee', count: 20 })),
    ];
    const ids = (kind: string) => [...new Set(records.filter((r) => r.kind === kind).map((r) => r.id))].sort();
    expect(ids('post')).toEqual([...expected.x.posts].sort());
    expect(ids('comment')).toEqual([...expected.x.comments].sort());
    expect(expected.x.posts).toHaveLength(11);
    expect(expected.x.comments).toHaveLength(X_LAUNCH_REPLIES.length);

    const comments = records.filter((r): r is Comment => r.kind === 'comment');
    expect(comments.every((c) => c.postId === `x:${launchId}`)).toBe(true);
    // The brand's answer in a thread replies to the reply, not to the post.
    const threaded = comments.find((c) => c.id === `x:${site.clock.idOf(X_LAUNCH_REPLIES[1])}`);
    expect(threaded?.parentId).toBe(`x:${site.clock.idOf(X_LAUNCH_REPLIES[0])}`);
    expect(records.find((r) => r.id === `x:${launchId}`)).toMatchObject({ metrics: { likes: 1_284, shares: 250, views: 96_400 } });
  });

  it('answers unknown ids like the platforms do: 404 for a status, empty for a timeline', () => {
    expect(answer('https://weibo.com/ajax/statuses/show?id=nope').status).toBe(404);
    expect(answer(graphql('TweetDetail', { focalTweetId: '1' })).status).toBe(404);
    expect(answer('https://weibo.com/ajax/statuses/mymblog?uid=1&page=1').json.data.list).toEqual([]);
  });
});
