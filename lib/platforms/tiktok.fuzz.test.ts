// TikTok adapter under fuzzing (tests/fuzz.ts): thousands of broken variants of its API bodies and pages.
import { expect, it } from 'vitest';
import { fuzzDocuments, fuzzResponses } from '../../tests/fuzz';
import { describeShared, projectFixture, readSharedFixture } from '../../tests/shared-fixtures';
import { tiktokAdapter } from './tiktok';

const own = (name: string) => JSON.parse(projectFixture(`tiktok/${name}`));
const api = (path: string) => `https://www.tiktok.com/api/${path}`;

it("TikTok: the project's own fixtures, 2,000 broken API bodies and 400 cut pages, no throw and no malformed record", () => {
  const problems = fuzzResponses(tiktokAdapter, [
    { url: api('comment/list/?aweme_id=7400000000000000002&cursor=0&count=20'), body: own('comment_list_small.json') },
    { url: api('comment/list/reply/?item_id=7400000000000000002&comment_id=7400000000000000101'), body: own('comment_reply_small.json') },
    { url: api('item/detail/?itemId=7400000000000000002'), body: own('item_detail_small.json') },
    { url: api('post/item_list/?secUid=x&cursor=0'), body: own('item_list_small.json') },
  ], 2000, 5);
  expect(problems.slice(0, 5)).toEqual([]);
  expect(fuzzDocuments(tiktokAdapter, [
    { url: 'https://www.tiktok.com/@autumn.style/video/7400000000000000002', html: projectFixture('tiktok/video_page_universal.html') },
    { url: 'https://www.tiktok.com/@old.style', html: projectFixture('tiktok/user_page_sigi.html') },
  ], 400, 9)).toEqual([]);
}, 60_000);

describeShared('TikTok adapter under fuzzing', () => {
  it('every shared capture, 600 broken variants', () => {
    const problems = fuzzResponses(tiktokAdapter, [
      { url: api('search/general/full/?keyword=TikTok&offset=0'), body: JSON.parse(readSharedFixture('tiktok/tikhub_tiktok_api_search_general_2026.json')) },
      { url: api('comment/list/?aweme_id=7426227701096123655&count=20'), body: JSON.parse(readSharedFixture('tiktok/tiktok_comment_objects_2024.json')) },
    ], 600, 13);
    expect(problems.slice(0, 5)).toEqual([]);
  }, 60_000);
});
