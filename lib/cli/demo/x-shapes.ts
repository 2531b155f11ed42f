// The demo's X data in the shapes of x.com's web GraphQL API (TweetDetail, UserTweets,
// SearchTimeline; ../shared/docs/platforms.md §7).
import type { DemoTweet, DemoXUser } from './x-data';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');
const TWITTER_EPOCH_MS = 1_288_834_974_657n;

/** X writes UTC: `Thu Nov 26 05:13:50 +0000 2026`. */
export function xTime(at: Date): string {
  const clock = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`;
  return `${DAYS[at.getUTCDay()]} ${MONTHS[at.getUTCMonth()]} ${pad(at.getUTCDate())} ${clock} +0000 ${at.getUTCFullYear()}`;
}

function smallHash(text: string): number {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + char.codePointAt(0)!) % 4096;
  return hash;
}

/** Tweet ids are snowflakes: milliseconds since X's epoch, shifted, plus a sequence number. */
export function snowflake(at: Date, key: string): string {
  return ((BigInt(at.getTime()) - TWITTER_EPOCH_MS) << 22n | BigInt(smallHash(key))).toString();
}

export class XDemoClock {
  constructor(readonly now: Date) {}

  at(tweet: DemoTweet): Date {
    return new Date(this.now.getTime() - tweet.minutesAgo * 60_000);
  }

  idOf(tweet: DemoTweet): string {
    return snowflake(this.at(tweet), tweet.key);
  }
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function userJson(user: DemoXUser) {
  return {
    __typename: 'User',
    id: Buffer.from(`User:${user.id}`).toString('base64'),
    rest_id: user.id,
    affiliates_highlighted_label: {},
    avatar: { image_url: '' },
    core: { created_at: 'Tue Oct 11 09:00:00 +0000 2022', name: user.name, screen_name: user.handle },
    has_graduated_access: true,
    is_blue_verified: user.blue ?? false,
    location: { location: user.location ?? '' },
    privacy: { protected: false },
    profile_image_shape: 'Circle',
    relationship_counts: { followers: user.followers, following: 180 },
    relationship_perspectives: { following: false, followed_by: false, blocking: false, blocked_by: false, muting: false },
    verification: { verified: false },
  };
}

function entities(text: string) {
  const hashtags = [...text.matchAll(/#(\w+)/g)].map((m) => ({ indices: [m.index!, m.index! + m[0].length], text: m[1] }));
  const mentions = [...text.matchAll(/@(\w+)/g)].map((m) => ({ indices: [m.index!, m.index! + m[0].length], screen_name: m[1], name: m[1], id_str: '0' }));
  return { hashtags, symbols: [], timestamps: [], urls: [], user_mentions: mentions };
}

export type TweetIndex = ReadonlyMap<string, DemoTweet>;

export function indexTweets(tweets: readonly DemoTweet[]): TweetIndex {
  return new Map(tweets.map((tweet) => [tweet.key, tweet]));
}

function conversationRoot(tweet: DemoTweet, index: TweetIndex): DemoTweet {
  let root = tweet;
  while (root.replyTo && index.get(root.replyTo)) root = index.get(root.replyTo)!;
  return root;
}

export function tweetJson(tweet: DemoTweet, clock: XDemoClock, index: TweetIndex): Record<string, unknown> {
  const id = clock.idOf(tweet);
  const original = tweet.retweetOf ? index.get(tweet.retweetOf) : undefined;
  const parent = tweet.replyTo ? index.get(tweet.replyTo) : undefined;
  const text = original ? `RT @${original.user.handle}: ${original.text}` : tweet.text;
  const legacy: Record<string, unknown> = {
    bookmark_count: Math.round(tweet.likes / 12),
    bookmarked: false,
    created_at: xTime(clock.at(tweet)),
    conversation_id_str: clock.idOf(conversationRoot(tweet, index)),
    display_text_range: [0, [...text].length],
    entities: entities(text),
    favorite_count: tweet.likes,
    favorited: false,
    full_text: escapeHtml(text),
    id_str: id,
    is_quote_status: false,
    lang: original?.lang ?? tweet.lang ?? 'en',
    quote_count: tweet.quotes ?? 0,
    reply_count: tweet.replies,
    retweet_count: tweet.retweets,
    retweeted: false,
    user_id_str: tweet.user.id,
  };
  if (parent) {
    Object.assign(legacy, {
      in_reply_to_screen_name: parent.user.handle,
      in_reply_to_status_id_str: clock.idOf(parent),
      in_reply_to_user_id_str: parent.user.id,
    });
  }
  if (original) legacy.retweeted_status_result = { result: tweetJson(original, clock, index) };
  return {
    __typename: 'Tweet',
    rest_id: id,
    core: { user_results: { result: userJson(tweet.user) } },
    edit_control: { edit_tweet_ids: [id], editable_until_msecs: String(clock.at(tweet).getTime() + 3_600_000), is_edit_eligible: false, edits_remaining: '5' },
    is_translatable: (tweet.lang ?? 'en') !== 'en',
    views: tweet.views === undefined ? { state: 'Enabled' } : { count: String(tweet.views), state: 'EnabledWithCount' },
    source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
    legacy,
  };
}

function tweetItem(tweet: DemoTweet, clock: XDemoClock, index: TweetIndex, extra: Record<string, unknown> = {}) {
  return {
    itemType: 'TimelineTweet',
    __typename: 'TimelineTweet',
    tweet_results: { result: tweetJson(tweet, clock, index) },
    tweetDisplayType: 'Tweet',
    ...extra,
  };
}

function tweetEntry(tweet: DemoTweet, clock: XDemoClock, index: TweetIndex, sortIndex: string, extra: Record<string, unknown> = {}) {
  return {
    entryId: `tweet-${clock.idOf(tweet)}`,
    sortIndex,
    content: { entryType: 'TimelineTimelineItem', __typename: 'TimelineTimelineItem', itemContent: tweetItem(tweet, clock, index, extra) },
  };
}

function cursorEntry(kind: 'Top' | 'Bottom', sortIndex: string) {
  return {
    entryId: `cursor-${kind.toLowerCase()}-${sortIndex}`,
    sortIndex,
    content: { entryType: 'TimelineTimelineCursor', __typename: 'TimelineTimelineCursor', value: `DAABCgAB${sortIndex}`, cursorType: kind },
  };
}

const sortIndexes = (count: number, base = 1_900_000_000_000_000_000n) =>
  Array.from({ length: count }, (_, i) => String(base - BigInt(i)));

/** TweetDetail: the focal tweet, then one conversation module per reply thread. */
export function tweetDetail(focal: DemoTweet, replies: readonly DemoTweet[], clock: XDemoClock, index: TweetIndex) {
  const threads = replies.filter((reply) => reply.replyTo === focal.key);
  const sort = sortIndexes(threads.length + 2);
  const threadOf = (head: DemoTweet): DemoTweet[] => [head, ...replies.filter((r) => r.replyTo === head.key).flatMap(threadOf)];
  const modules = threads.map((head, i) => {
    const headId = clock.idOf(head);
    return {
      entryId: `conversationthread-${headId}`,
      sortIndex: sort[i + 1],
      content: {
        entryType: 'TimelineTimelineModule',
        __typename: 'TimelineTimelineModule',
        displayType: 'VerticalConversation',
        items: threadOf(head).map((tweet) => ({
          entryId: `conversationthread-${headId}-tweet-${clock.idOf(tweet)}`,
          item: { itemContent: tweetItem(tweet, clock, index) },
        })),
        metadata: { conversationMetadata: { allTweetIds: threadOf(head).map((t) => clock.idOf(t)), enableDeduplication: true } },
      },
    };
  });
  return {
    data: {
      threaded_conversation_with_injections_v2: {
        instructions: [
          { type: 'TimelineClearCache' },
          { type: 'TimelineAddEntries', entries: [tweetEntry(focal, clock, index, sort[0]), ...modules, cursorEntry('Bottom', sort[sort.length - 1])] },
          { type: 'TimelineTerminateTimeline', direction: 'Top' },
        ],
      },
    },
  };
}

/** UserTweets: the pinned tweet, then the profile's tweets (retweets included). */
export function userTweets(user: DemoXUser, pinned: DemoTweet, tweets: readonly DemoTweet[], clock: XDemoClock, index: TweetIndex) {
  const rest = tweets.filter((tweet) => tweet.key !== pinned.key);
  const sort = sortIndexes(rest.length + 3);
  const pin = { socialContext: { type: 'TimelineGeneralContext', contextType: 'Pin', text: 'Pinned' } };
  return {
    data: {
      user: {
        result: {
          __typename: 'User',
          rest_id: user.id,
          timeline: {
            timeline: {
              instructions: [
                { type: 'TimelineClearCache' },
                { type: 'TimelinePinEntry', entry: tweetEntry(pinned, clock, index, sort[0], pin) },
                {
                  type: 'TimelineAddEntries',
                  entries: [
                    ...rest.map((tweet, i) => tweetEntry(tweet, clock, index, sort[i + 1])),
                    cursorEntry('Top', sort[rest.length + 1]),
                    cursorEntry('Bottom', sort[rest.length + 2]),
                  ],
                },
              ],
            },
          },
        },
      },
    },
  };
}

/** SearchTimeline ("Latest"): one entry per result. */
export function searchTimeline(results: readonly DemoTweet[], clock: XDemoClock, index: TweetIndex) {
  const sort = sortIndexes(results.length + 2);
  return {
    data: {
      search_by_raw_query: {
        search_timeline: {
          timeline: {
            instructions: [
              {
                type: 'TimelineAddEntries',
                entries: [
                  ...results.map((tweet, i) => tweetEntry(tweet, clock, index, sort[i])),
                  cursorEntry('Top', sort[results.length]),
                  cursorEntry('Bottom', sort[results.length + 1]),
                ],
              },
            ],
          },
        },
      },
    },
  };
}
