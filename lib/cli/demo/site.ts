// The demo "internet": Lumina Coffee's Weibo and X pages and the API answers behind them, served
// to Chromium through request routes (no network), plus what a full visit should capture.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FixtureResponse, FixtureRoutes } from '../../../tests/e2e/routes';
import { allComments, LUMINA_WEIBO, WEIBO_DEMO_LAUNCH, WEIBO_DEMO_OUTAGE, WEIBO_DEMO_POSTS, WEIBO_DEMO_TIMELINE } from './weibo-data';
import { buildComments, myMblog, statusesShow } from './weibo-shapes';
import { LUMINA_X, X_ALL_TWEETS, X_LAUNCH, X_LAUNCH_REPLIES, X_PROFILE_TWEETS, X_SEARCH_RESULTS } from './x-data';
import { indexTweets, searchTimeline, tweetDetail, userTweets, XDemoClock } from './x-shapes';

export const DEMO_PAGES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');
export const DEMO_SEARCH_QUERY = 'Lumina coffee';

const json = (body: unknown): FixtureResponse => ({ body: JSON.stringify(body), contentType: 'application/json; charset=utf-8' });
const notFound = (message: string): FixtureResponse => ({ status: 404, body: JSON.stringify({ ok: 0, message }) });
const page = (name: string): FixtureResponse => ({ file: path.join(DEMO_PAGES_DIR, name) });

export interface DemoExpectation {
  posts: string[];
  comments: string[];
}

export class DemoSite {
  readonly clock: XDemoClock;
  private readonly tweets = indexTweets(X_ALL_TWEETS);

  constructor(readonly now: Date = new Date()) {
    this.clock = new XDemoClock(now);
  }

  get urls() {
    return {
      weiboLaunch: `https://weibo.com/${LUMINA_WEIBO.id}/${WEIBO_DEMO_LAUNCH.mblogid}`,
      weiboProfile: `https://weibo.com/u/${LUMINA_WEIBO.id}`,
      weiboOutage: `https://weibo.com/${LUMINA_WEIBO.id}/${WEIBO_DEMO_OUTAGE.mblogid}`,
      xLaunch: `https://x.com/${LUMINA_X.handle}/status/${this.clock.idOf(X_LAUNCH)}`,
      xProfile: `https://x.com/${LUMINA_X.handle}`,
    };
  }

  /** API answers by request, the way the real endpoints key them (ids and names in the query). */
  routes(): FixtureRoutes {
    const byMblogId = new Map(WEIBO_DEMO_POSTS.map((post) => [post.mblogid, post]));
    const byMid = new Map(WEIBO_DEMO_POSTS.map((post) => [post.id, post]));
    const variables = (url: URL) => JSON.parse(url.searchParams.get('variables') ?? '{}');
    return [
      [/^https:\/\/weibo\.com\/(?:u\/\d+|\d+\/\w+)$/, page('weibo.html')],
      [/^https:\/\/weibo\.com\/ajax\/statuses\/show\?/, (url) => {
        const post = byMblogId.get(url.searchParams.get('id') ?? '') ?? byMid.get(url.searchParams.get('id') ?? '');
        return post ? json(statusesShow(post, this.now)) : notFound('status not found');
      }],
      [/^https:\/\/weibo\.com\/ajax\/statuses\/buildComments\?/, (url) => {
        const post = byMid.get(url.searchParams.get('id') ?? '');
        return post ? json(buildComments(post, this.now)) : notFound('status not found');
      }],
      [/^https:\/\/weibo\.com\/ajax\/statuses\/mymblog\?/, (url) =>
        url.searchParams.get('uid') === LUMINA_WEIBO.id ? json(myMblog(WEIBO_DEMO_TIMELINE, this.now)) : json(myMblog([], this.now))],
      [/^https:\/\/x\.com\/(?:search\?.*|\w+(?:\/status\/\d+)?)$/, page('x.html')],
      [/^https:\/\/x\.com\/i\/api\/graphql\/[^/]+\/UserByScreenName\?/, (url) =>
        variables(url).screen_name === LUMINA_X.handle
          ? json({ data: { user: { result: { __typename: 'User', rest_id: LUMINA_X.id, core: { name: LUMINA_X.name, screen_name: LUMINA_X.handle } } } } })
          : json({ data: {} })],
      [/^https:\/\/x\.com\/i\/api\/graphql\/[^/]+\/TweetDetail\?/, (url) =>
        variables(url).focalTweetId === this.clock.idOf(X_LAUNCH)
          ? json(tweetDetail(X_LAUNCH, X_LAUNCH_REPLIES, this.clock, this.tweets))
          : notFound('tweet not found')],
      [/^https:\/\/x\.com\/i\/api\/graphql\/[^/]+\/UserTweets\?/, (url) =>
        json(userTweets(LUMINA_X, X_LAUNCH, variables(url).userId === LUMINA_X.id ? X_PROFILE_TWEETS : [], this.clock, this.tweets))],
      [/^https:\/\/x\.com\/i\/api\/graphql\/[^/]+\/SearchTimeline\?/, () => json(searchTimeline(X_SEARCH_RESULTS, this.clock, this.tweets))],
    ];
  }

  /** Record ids a visit of launch post → profile → outage post (Weibo) and status → profile → search (X) yields. */
  expected(): { weibo: DemoExpectation; x: DemoExpectation } {
    const weiboComments = [WEIBO_DEMO_LAUNCH, WEIBO_DEMO_OUTAGE].flatMap(allComments).map((c) => `weibo:${c.id}`);
    const xPosts = new Set<string>();
    for (const tweet of [X_LAUNCH, ...X_PROFILE_TWEETS, ...X_SEARCH_RESULTS]) {
      // A pure retweet is stored as the tweet it repeats.
      const original = tweet.retweetOf ? this.tweets.get(tweet.retweetOf)! : tweet;
      xPosts.add(`x:${this.clock.idOf(original)}`);
    }
    return {
      weibo: { posts: WEIBO_DEMO_TIMELINE.map((post) => `weibo:${post.id}`), comments: weiboComments },
      x: { posts: [...xPosts], comments: X_LAUNCH_REPLIES.map((reply) => `x:${this.clock.idOf(reply)}`) },
    };
  }
}
