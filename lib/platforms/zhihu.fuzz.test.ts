// The Zhihu adapter under fuzzing (tests/fuzz.ts): thousands of truncated, mistyped and random
// variants of its captures must never throw and never yield a malformed record.
import { expect, it } from 'vitest';
import { describeShared, projectFixture, readSharedFixture } from '../../tests/shared-fixtures';
import { fuzzDocuments, fuzzResponses } from '../../tests/fuzz';
import { zhihuAdapter } from './zhihu';

const json = (text: string) => JSON.parse(text);
const own = (name: string) => json(projectFixture(`zhihu/${name}`));

it('Zhihu: the project\'s own API fixtures, 3,000 broken variants, and its pages cut up', () => {
  const problems = fuzzResponses(zhihuAdapter, [
    { url: 'https://www.zhihu.com/api/v4/questions/600000001/feeds?limit=5', body: own('question_feeds.json') },
    { url: 'https://www.zhihu.com/api/v4/comment_v5/answers/3100000001/root_comment?limit=20', body: own('comment_v5_root.json') },
    { url: 'https://www.zhihu.com/api/v3/feed/topstory/hot-lists/total?limit=50', body: own('hot_lists_total.json') },
    { url: 'https://www.zhihu.com/api/v3/feed/topstory/hot-list-web?limit=50', body: own('hot_list_web.json') },
    { url: 'https://www.zhihu.com/api/v4/members/audio-reviewer/pins', body: own('member_pins.json') },
  ], 3000, 5);
  expect(problems.slice(0, 5)).toEqual([]);
  expect(fuzzDocuments(zhihuAdapter, [
    { url: 'https://www.zhihu.com/question/600000001/answer/3100000001', html: projectFixture('zhihu/answer_page_initial_data.html') },
    { url: 'https://www.zhihu.com/hot', html: projectFixture('zhihu/hot_page_initial_data.html') },
  ], 400, 9)).toEqual([]);
}, 60_000);

describeShared('Zhihu adapter under fuzzing', () => {
  it('the 2015 zhuanlan post, 2,000 broken variants; the column and question pages cut up', () => {
    const problems = fuzzResponses(zhihuAdapter, [
      { url: 'https://zhuanlan.zhihu.com/api/posts/20202275', body: json(readSharedFixture('zhihu/zhuanlan_api_post_2015.json')) },
    ], 2000, 13);
    expect(problems.slice(0, 5)).toEqual([]);
    // Each cut page is parsed anew by happy-dom (the 2015 page is 229 KB): few rounds, or this takes minutes.
    expect(fuzzDocuments(zhihuAdapter, [
      { url: 'https://www.zhihu.com/column/c_1335313713054887936', html: readSharedFixture('zhihu/zhihu_column_page_dom_2021.html') },
    ], 40, 3)).toEqual([]);
    expect(fuzzDocuments(zhihuAdapter, [
      { url: 'https://www.zhihu.com/question/24825703', html: readSharedFixture('zhihu/zhihu_question_page_2015.html') },
    ], 8, 4)).toEqual([]);
  }, 120_000);
});
