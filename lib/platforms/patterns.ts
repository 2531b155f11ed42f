// Which API responses each adapter reads. Kept apart from the parsers so the MAIN-world tap
// bundles only these few regexes, not the adapters.

export const WEIBO_RESPONSE_PATTERNS: readonly RegExp[] = [
  // weibo.com desktop: statuses/show, statuses/buildComments, statuses/mymblog, feed/*
  /^https:\/\/(?:www\.)?weibo\.com\/ajax\/(?:statuses|feed)\//,
  // m.weibo.cn: container/getIndex (timelines, search), comments (hotflow, show), statuses (show, extend)
  /^https:\/\/m\.weibo\.cn\/(?:api\/container\/getIndex|comments\/hotflow|api\/comments\/show|statuses\/(?:show|extend)|api\/statuses\/repostTimeline)/,
];

export const X_RESPONSE_PATTERNS: readonly RegExp[] = [
  // GraphQL query ids rotate; the operation name after them is stable.
  /^https:\/\/(?:(?:www|mobile)\.)?(?:x|twitter)\.com\/i\/api\/graphql\/[^/]+\/(?:TweetDetail|SearchTimeline|UserTweets|UserTweetsAndReplies|UserMedia|HomeTimeline|HomeLatestTimeline|ListLatestTweetsTimeline|Likes|CommunityTweetsTimeline)(?:\?|$)/,
];

export const ALL_RESPONSE_PATTERNS: readonly RegExp[] = [...WEIBO_RESPONSE_PATTERNS, ...X_RESPONSE_PATTERNS];

export function isCapturableResponseUrl(url: string): boolean {
  return ALL_RESPONSE_PATTERNS.some((pattern) => pattern.test(url));
}
