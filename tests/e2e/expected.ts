// What a fixture holds, read straight from its JSON (independently of the adapters), so the
// specs can say "every comment of this response landed" with the response as the oracle.

type Json = any;

function idOf(item: Json): string {
  return String(item.idstr ?? item.id);
}

/** Weibo comment ids in a buildComments (`data[]`) or hotflow (`data.data[]`) body, nested replies included. */
export function weiboCommentIds(body: Json): string[] {
  const roots: Json[] = Array.isArray(body.data) ? body.data : body.data?.data ?? [];
  const ids: string[] = [];
  for (const root of roots) {
    ids.push(idOf(root));
    if (Array.isArray(root.comments)) for (const reply of root.comments) ids.push(idOf(reply));
  }
  return ids;
}

export interface WeiboTimelinePosts {
  /** The statuses the cards show. */
  ids: string[];
  /** Originals embedded in reposts: real posts too, an adapter may keep them. */
  repostedIds: string[];
}

/** m.weibo.cn getIndex: cards with card_type 9 carry a status (`mblog`). */
export function weiboCardPosts(body: Json): WeiboTimelinePosts {
  const statuses: Json[] = (body.data?.cards ?? []).filter((card: Json) => card.card_type === 9).map((card: Json) => card.mblog);
  return {
    ids: statuses.map(idOf),
    repostedIds: statuses.filter((status) => status.retweeted_status).map((status) => idOf(status.retweeted_status)),
  };
}

export interface XTimelineTweet {
  id: string;
  isReply: boolean;
  /** Set for a pure retweet: the original's id (an adapter may keep the original instead). */
  retweetOf?: string;
}

function unwrapTweet(result: Json): Json {
  return result?.__typename === 'TweetWithVisibilityResults' ? result.tweet : result;
}

/** The tweets a GraphQL timeline shows as cells (entries and conversation-module items), in order. */
export function xTimelineTweets(body: Json): XTimelineTweet[] {
  const tweets: XTimelineTweet[] = [];
  const take = (itemContent: Json) => {
    const tweet = unwrapTweet(itemContent?.tweet_results?.result);
    if (!tweet?.rest_id || !tweet.legacy) return;
    const original = unwrapTweet(tweet.legacy.retweeted_status_result?.result);
    tweets.push({ id: tweet.rest_id, isReply: Boolean(tweet.legacy.in_reply_to_status_id_str), retweetOf: original?.rest_id });
  };
  (function walk(node: Json): void {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node.entryId === 'string' && node.content) {
      if (node.content.itemContent) take(node.content.itemContent);
      for (const item of node.content.items ?? []) take(item.item?.itemContent);
      return;
    }
    for (const value of Object.values(node)) walk(value);
  })(body);
  return tweets;
}

/** [reply id, root comment id] for each reply nested under a root comment. */
export function weiboNestedReplies(body: Json): Array<[string, string]> {
  const roots: Json[] = Array.isArray(body.data) ? body.data : body.data?.data ?? [];
  return roots.flatMap((root) => (Array.isArray(root.comments) ? root.comments.map((reply: Json) => [idOf(reply), idOf(root)]) : []));
}
