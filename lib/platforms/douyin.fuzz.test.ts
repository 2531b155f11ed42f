// Douyin adapter under fuzzing (tests/fuzz.ts): thousands of broken variants of its API bodies and pages.
import { expect, it } from 'vitest';
import { fuzzDocuments, fuzzResponses } from '../../tests/fuzz';
import { describeShared, projectFixture, readSharedFixture } from '../../tests/shared-fixtures';
import { douyinAdapter } from './douyin';

const own = (name: string) => JSON.parse(projectFixture(`douyin/${name}`));
const api = (path: string) => `https://www.douyin.com/aweme/v1/web/${path}`;

it('Douyin: the project\'s own fixtures, 2,400 broken API bodies and 600 cut pages, no throw and no malformed record', () => {
  const problems = fuzzResponses(douyinAdapter, [
    { url: api('comment/list/?aweme_id=7300000000000000001&cursor=0&count=20'), body: own('comment_list_small.json') },
    { url: api('comment/list/reply/?item_id=7300000000000000001&comment_id=7300000000000000101'), body: own('comment_reply_small.json') },
    { url: api('aweme/detail/?aweme_id=7300000000000000002'), body: own('aweme_detail_small.json') },
    { url: api('hot/search/list/?detail_list=1'), body: own('hot_search_list_small.json') },
  ], 2400, 5);
  expect(problems.slice(0, 5)).toEqual([]);
  expect(fuzzDocuments(douyinAdapter, [
    { url: 'https://www.douyin.com/video/7300000000000000003', html: projectFixture('douyin/video_page_render_data.html') },
    { url: 'https://www.douyin.com/user/MS4wLjABAAAAownfixtureC', html: projectFixture('douyin/user_page_render_data.html') },
    { url: 'https://www.douyin.com/', html: projectFixture('douyin/home_pace_f.html') },
  ], 600, 9)).toEqual([]);
}, 60_000);

describeShared('Douyin adapter under fuzzing', () => {
  it('every shared capture, 2,000 broken variants', () => {
    const problems = fuzzResponses(douyinAdapter, [
      { url: 'https://www.iesdouyin.com/web/api/v2/aweme/post/?sec_uid=x&count=21', body: JSON.parse(readSharedFixture('douyin/iesdouyin_web_api_v2_aweme_post_2020_a.json')) },
      { url: 'https://www.iesdouyin.com/web/api/v2/aweme/post/?sec_uid=y&count=21', body: JSON.parse(readSharedFixture('douyin/iesdouyin_web_api_v2_aweme_post_2020_b.json')) },
      { url: api('general/search/single/?keyword=x'), body: JSON.parse(readSharedFixture('douyin/tikhub_douyin_general_search_2026_trimmed.json')) },
    ], 2000, 13);
    expect(problems.slice(0, 5)).toEqual([]);
  }, 60_000);
});
