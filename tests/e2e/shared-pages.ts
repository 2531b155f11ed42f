// The page shells of tests/e2e/pages served at real platform URLs, their API calls answered by
// the REAL captures in ../shared/fixtures (read in place, never copied into the project).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED_DIR } from '../shared-fixtures';
import type { FixtureRoutes } from './routes';

export const PAGES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');
export const page = (name: string) => ({ file: path.join(PAGES_DIR, name) });
export const sharedFile = (relPath: string) => path.join(SHARED_DIR, 'fixtures', relPath);

export const WEIBO_FIXTURES = {
  buildComments: 'weibo/weibocom_ajax_statuses_buildComments_2024.json',
  hotflow: 'weibo/mweibocn_comments_hotflow_2019.json',
  userTimeline: 'weibo/mweibocn_container_getIndex_user_weibo_2019.json',
} as const;

export const X_FIXTURES = {
  tweetDetail: 'twitter/raw_tweet_details.json',
  userTweets: 'twitter/raw_user_tweets.json',
  search: 'twitter/raw_search.json',
} as const;

export const WEIBO_URLS = {
  /** weibo.com desktop status page of the post whose comments buildComments holds. */
  desktopDetail: 'https://weibo.com/detail/5045260761957739',
  mobileDetail: 'https://m.weibo.cn/detail/4383183661430868',
  mobileProfile: 'https://m.weibo.cn/u/1669879400',
} as const;

export const X_URLS = {
  status: 'https://x.com/XDevelopers/status/1649191520250245121',
  profile: 'https://x.com/XDevelopers',
  searchPrefix: 'https://x.com/search?q=',
} as const;

export function weiboRoutes(): FixtureRoutes {
  return [
    ['https://weibo.com/detail/*', page('weibo-detail.html')],
    [/^https:\/\/m\.weibo\.cn\/(?:detail|u)\//, page('weibo-mobile.html')],
    [/^https:\/\/weibo\.com\/ajax\/statuses\/buildComments\?/, { file: sharedFile(WEIBO_FIXTURES.buildComments) }],
    // Only the comment page the capture is of: another id would get a 404, as a wrong id would.
    ['https://m.weibo.cn/comments/hotflow?id=4383183661430868&mid=4383183661430868&max_id_type=0', { file: sharedFile(WEIBO_FIXTURES.hotflow) }],
    [/^https:\/\/m\.weibo\.cn\/api\/container\/getIndex\?/, { file: sharedFile(WEIBO_FIXTURES.userTimeline) }],
  ];
}

const graphql = (operation: string) => new RegExp(`^https://x\\.com/i/api/graphql/[^/]+/${operation}\\?`);

export function xRoutes(): FixtureRoutes {
  return [
    [/^https:\/\/x\.com\/(?:XDevelopers(?:\/status\/\d+)?|search)(?:\?.*)?$/, page('x-status.html')],
    [graphql('TweetDetail'), { file: sharedFile(X_FIXTURES.tweetDetail) }],
    [graphql('UserTweets'), { file: sharedFile(X_FIXTURES.userTweets) }],
    [graphql('SearchTimeline'), { file: sharedFile(X_FIXTURES.search) }],
  ];
}
