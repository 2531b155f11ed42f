// The Bilibili adapter under fuzzing (tests/fuzz.ts): broken variants of every capture must never make
// it throw, and every record that comes out must still pass the background's record check.
import { expect, it } from 'vitest';
import { fuzzDocuments, fuzzResponses } from '../../tests/fuzz';
import { describeShared, projectFixture, readSharedFixture } from '../../tests/shared-fixtures';
import { bilibiliAdapter } from './bilibili';

const API = 'https://api.bilibili.com';
const own = (name: string) => JSON.parse(projectFixture(`bilibili/${name}`));

it('Bilibili: the project\'s own fixtures, 3,000 broken variants, and the video page cut up', () => {
  const problems = fuzzResponses(bilibiliAdapter, [
    { url: `${API}/x/v2/reply?type=1&oid=1001&pn=1`, body: own('reply_paged_small.json') },
    { url: `${API}/x/v2/reply/reply?type=17&oid=880001&root=6001`, body: own('reply_reply_dynamic_small.json') },
    { url: `${API}/x/web-interface/wbi/view?bvid=BV1xx411c7mD`, body: own('view_small.json') },
    { url: `${API}/x/web-interface/popular?ps=20&pn=2`, body: own('popular_small.json') },
    { url: `${API}/x/polymer/web-dynamic/v1/feed/space?host_mid=90001`, body: own('dynamic_space_small.json') },
    { url: `${API}/x/web-interface/wbi/search/all/v2?keyword=a`, body: own('search_all_small.json') },
  ], 3000, 5);
  expect(problems.slice(0, 5)).toEqual([]);
  const page = { url: 'https://www.bilibili.com/video/BV1xx411c7mD/', html: projectFixture('bilibili/video_page.html') };
  expect(fuzzDocuments(bilibiliAdapter, [page], 300, 9)).toEqual([]);
});

describeShared('Bilibili adapter under fuzzing', () => {
  it('every shared capture, 2,000 broken variants', () => {
    const problems = fuzzResponses(bilibiliAdapter, [
      { url: `${API}/x/v2/reply/wbi/main?oid=694724153&type=1&mode=3`, body: JSON.parse(readSharedFixture('bilibili/bilibili_x_v2_reply_main_cursor_mode_2023_trimmed.json')) },
      { url: `${API}/x/web-interface/wbi/search/type?search_type=video&keyword=a`, body: JSON.parse(readSharedFixture('bilibili/tikhub_bilibili_web_search_2026.json')) },
    ], 2000, 13);
    expect(problems.slice(0, 5)).toEqual([]);
  }, 60_000);
});
