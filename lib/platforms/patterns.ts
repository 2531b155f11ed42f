// Which API responses each adapter reads. Kept apart from the parsers so the MAIN-world tap
// bundles only these few regexes, not the adapters.

export const WEIBO_RESPONSE_PATTERNS: readonly RegExp[] = [
  // weibo.com desktop: statuses/show, statuses/buildComments, statuses/mymblog, feed/*, 热搜 (statuses/hot_band, side/hotSearch)
  /^https:\/\/(?:www\.)?weibo\.com\/ajax\/(?:statuses\/|feed\/|side\/hotSearch)/,
  // m.weibo.cn: container/getIndex (timelines, search), comments (hotflow, show), statuses (show, extend)
  /^https:\/\/m\.weibo\.cn\/(?:api\/container\/getIndex|comments\/hotflow|api\/comments\/show|statuses\/(?:show|extend)|api\/statuses\/repostTimeline)/,
];

export const X_RESPONSE_PATTERNS: readonly RegExp[] = [
  // GraphQL query ids rotate; the operation name after them is stable.
  /^https:\/\/(?:(?:www|mobile)\.)?(?:x|twitter)\.com\/i\/api\/graphql\/[^/]+\/(?:TweetDetail|SearchTimeline|UserTweets|UserTweetsAndReplies|UserMedia|HomeTimeline|HomeLatestTimeline|ListLatestTweetsTimeline|Likes|CommunityTweetsTimeline)(?:\?|$)/,
];

export const DOUYIN_RESPONSE_PATTERNS: readonly RegExp[] = [
  // douyin.com web API: aweme detail/post lists, comments and replies, search, feeds, 抖音热榜
  /^https:\/\/www\.douyin\.com\/aweme\/v1\/web\/(?:aweme\/|comment\/list|general\/search|search\/|tab\/feed|module\/feed|channel\/feed|hot\/search\/list)/,
  // iesdouyin.com share API (user post lists, item info)
  /^https:\/\/www\.iesdouyin\.com\/web\/api\/v2\/aweme\//,
];

export const BILIBILI_RESPONSE_PATTERNS: readonly RegExp[] = [
  // api.bilibili.com (called from www/t/search/space.bilibili.com): comments (paged, cursor, replies),
  // video view (+ /detail), search, dynamics (polymer feeds, detail), B站热门 lists
  /^https:\/\/api\.bilibili\.com\/x\/(?:v2\/reply(?:\/wbi)?(?:\/main|\/reply)?|web-interface\/(?:wbi\/)?(?:view(?:\/detail)?|search\/(?:type|all\/v2)|popular(?:\/series\/one|\/precious)?|ranking\/v2)|polymer\/web-dynamic\/v1\/(?:feed\/(?:all|space)|detail))(?:\?|$)/,
];

export const WECHAT_RESPONSE_PATTERNS: readonly RegExp[] = [
  // Read and like counts of the open article (answered only inside a WeChat client session).
  /^https:\/\/mp\.weixin\.qq\.com\/mp\/getappmsgext(?:\?|$)/,
];

export const YOUTUBE_RESPONSE_PATTERNS: readonly RegExp[] = [
  // InnerTube as the watch/Shorts pages call it: watch data and comment pages (next), video details (player)
  /^https:\/\/(?:www|m)\.youtube\.com\/youtubei\/v1\/(?:next|player)(?:\?|$)/,
];

export const XIAOHONGSHU_RESPONSE_PATTERNS: readonly RegExp[] = [
  // edith web API: search, note detail (feed), home feed, profile notes, comments and replies, 热搜
  /^https:\/\/edith\.xiaohongshu\.com\/api\/sns\/web\/v[12]\/(?:search\/(?:notes|hot_list)|feed|homefeed|user_posted|comment\/(?:sub\/)?page)(?:\?|$)/,
];

export const ZHIHU_RESPONSE_PATTERNS: readonly RegExp[] = [
  // www.zhihu.com API v4: question feeds/answers, single answers/articles/pins/zvideos, comments
  // (comment_v5 root/child and the older v4 ones), member and column lists, search
  /^https:\/\/www\.zhihu\.com\/api\/v4\/(?:comment_v5\/|comments\/\d+\/child_comments|questions\/\d+(?:\/(?:feeds|answers|root_comments|comments))?(?:\?|$)|(?:answers|articles|pins|zvideos)\/\d+(?:\/(?:root_comments|comments))?(?:\?|$)|members\/[^/?]+\/(?:answers|articles|pins|zvideos)|columns\/[^/?]+\/(?:items|articles)|search_v3)/,
  // 知乎热榜 and the home feed
  /^https:\/\/www\.zhihu\.com\/api\/v3\/feed\/topstory\/(?:hot-lists?\/total|hot-list-web|recommend)/,
  // zhuanlan.zhihu.com column APIs: /api/posts/{id} (2015, camelCase), /api/articles/{id}, column post lists
  /^https:\/\/zhuanlan\.zhihu\.com\/api\/(?:posts\/\d+|articles\/\d+|columns\/[^/?]+\/(?:posts|articles))/,
];

export const TIKTOK_RESPONSE_PATTERNS: readonly RegExp[] = [
  // www.tiktok.com web API: user post lists, item detail, feeds, search, comments and replies
  /^https:\/\/www\.tiktok\.com\/api\/(?:post\/item_list|item\/detail|recommend\/item_list|related\/item_list|search\/(?:general|item)\/full|comment\/list(?:\/reply)?)\/?(?:\?|$)/,
];

export const REDDIT_RESPONSE_PATTERNS: readonly RegExp[] = [
  // www/old.reddit.com `.json` views (listings, /comments/{id}, user pages) and api/morechildren
  /^https:\/\/(?:www|old)\.reddit\.com\/(?:[^?#]*\.json|api\/morechildren)(?:[?#]|$)/,
  // oauth.reddit.com: the same objects without the `.json` suffix
  /^https:\/\/oauth\.reddit\.com\/(?:r\/|comments\/|user\/|api\/morechildren|(?:best|hot|new|top|rising|controversial)(?:[/?]|$))/,
];

export const INSTAGRAM_RESPONSE_PATTERNS: readonly RegExp[] = [
  // www.instagram.com GraphQL (xdt_api__v1__… operations; legacy graphql/query shortcode_media)
  /^https:\/\/www\.instagram\.com\/(?:api\/graphql|graphql\/query)\/?(?:\?|$)/,
  // v1 REST: feeds (timeline, user, saved, tags, reels), media info, comments and their replies
  /^https:\/\/www\.instagram\.com\/api\/v1\/(?:feed\/|media\/\d+\/(?:info|comments)\/|clips\/)/,
];

export const ALL_RESPONSE_PATTERNS: readonly RegExp[] = [...ZHIHU_RESPONSE_PATTERNS, ...WEIBO_RESPONSE_PATTERNS, ...X_RESPONSE_PATTERNS, ...DOUYIN_RESPONSE_PATTERNS, ...BILIBILI_RESPONSE_PATTERNS, ...WECHAT_RESPONSE_PATTERNS, ...XIAOHONGSHU_RESPONSE_PATTERNS, ...YOUTUBE_RESPONSE_PATTERNS, ...TIKTOK_RESPONSE_PATTERNS, ...REDDIT_RESPONSE_PATTERNS, ...INSTAGRAM_RESPONSE_PATTERNS];

export function isCapturableResponseUrl(url: string): boolean {
  return ALL_RESPONSE_PATTERNS.some((pattern) => pattern.test(url));
}
