// Weibo and X adapters under fuzzing (tests/fuzz.ts): thousands of broken variants of the real captures.
import { expect, it } from 'vitest';
import { describeShared, projectFixture, readSharedFixture } from '../../tests/shared-fixtures';
import { fuzzDocuments, fuzzResponses } from '../../tests/fuzz';
import { weiboAdapter } from './weibo';
import { xAdapter } from './x';

const json = (text: string) => JSON.parse(text);

it('Weibo: the project\'s own fixtures, 2,000 broken variants, no throw and no malformed record', () => {
  const problems = fuzzResponses(weiboAdapter, [
    { url: 'https://weibo.com/ajax/statuses/buildComments?id=5045260761957739', body: json(projectFixture('weibo/buildComments_small.json')) },
    { url: 'https://m.weibo.cn/api/container/getIndex?containerid=100103type%3D1', body: json(projectFixture('weibo/getIndex_search_small.json')) },
  ], 2000);
  expect(problems.slice(0, 5)).toEqual([]);
  expect(fuzzDocuments(weiboAdapter, [{ url: 'https://m.weibo.cn/detail/4383183661430868', html: projectFixture('weibo/m_detail_render_data.html') }], 300)).toEqual([]);
}, 60_000);

describeShared('Weibo and X adapters under fuzzing', () => {
  it('Weibo: every shared capture, 4,000 broken variants', () => {
    const problems = fuzzResponses(weiboAdapter, [
      { url: 'https://m.weibo.cn/api/container/getIndex?type=uid&value=1669879400&containerid=1076031669879400', body: json(readSharedFixture('weibo/mweibocn_container_getIndex_user_weibo_2019.json')) },
      { url: 'https://m.weibo.cn/comments/hotflow?id=4383183661430868&mid=4383183661430868&max_id_type=0', body: json(readSharedFixture('weibo/mweibocn_comments_hotflow_2019.json')) },
      { url: 'https://m.weibo.cn/statuses/extend?id=4383487819465288', body: json(readSharedFixture('weibo/mweibocn_statuses_extend_longtext_2019.json')) },
      { url: 'https://weibo.com/ajax/statuses/buildComments?is_reload=1&id=5045260761957739', body: json(readSharedFixture('weibo/weibocom_ajax_statuses_buildComments_2024.json')) },
    ], 4000, 7);
    expect(problems.slice(0, 5)).toEqual([]);
  }, 60_000);

  it('X: every shared GraphQL capture, 2,000 broken variants, and the saved page cut up', () => {
    const url = (operation: string) => `https://x.com/i/api/graphql/abc/${operation}?variables=%7B%7D`;
    const problems = fuzzResponses(xAdapter, [
      { url: url('TweetDetail'), body: json(readSharedFixture('twitter/raw_tweet_details.json')) },
      { url: url('SearchTimeline'), body: json(readSharedFixture('twitter/raw_search.json')) },
      { url: url('UserTweets'), body: json(readSharedFixture('twitter/raw_user_tweets.json')) },
      { url: url('TweetDetail'), body: json(readSharedFixture('twitter/_issue_28_1.json')) },
      { url: url('TweetDetail'), body: json(readSharedFixture('twitter/card_summary.json')) },
    ], 2000, 11);
    expect(problems.slice(0, 5)).toEqual([]);
    expect(fuzzDocuments(xAdapter, [{ url: 'https://x.com/someone/status/1', html: readSharedFixture('twitter/x_com_article_page_dom_2026.html') }], 150, 3)).toEqual([]);
  }, 120_000);
});
