// The Xiaohongshu adapter under fuzzing (tests/fuzz.ts): broken variants of its API answers and pages
// must never make it throw or emit a malformed record.
import { expect, it } from 'vitest';
import { fuzzDocuments, fuzzResponses } from '../../tests/fuzz';
import { describeShared, projectFixture, readSharedFixture } from '../../tests/shared-fixtures';
import { xiaohongshuAdapter } from './xiaohongshu';

const EDITH = 'https://edith.xiaohongshu.com/api/sns/web';
const json = (text: string) => JSON.parse(text);

it('own fixtures: 2,000 broken API answers and 300 cut-up pages, no throw and no malformed record', () => {
  const problems = fuzzResponses(xiaohongshuAdapter, [
    { url: `${EDITH}/v1/feed`, body: json(projectFixture('xiaohongshu/feed_video_note.json')) },
    { url: `${EDITH}/v2/comment/sub/page?note_id=6650a1b2000000001e01c3d4&root_comment_id=6651b0c1000000000300a1b2`, body: json(projectFixture('xiaohongshu/comment_sub_page.json')) },
    { url: `${EDITH}/v1/user_posted?user_id=5f1a2b3c000000000101d2e3`, body: json(projectFixture('xiaohongshu/user_posted.json')) },
    { url: `${EDITH}/v1/search/hot_list`, body: json(projectFixture('xiaohongshu/hot_list.json')) },
  ], 2000, 5);
  expect(problems.slice(0, 5)).toEqual([]);
  const pages = fuzzDocuments(xiaohongshuAdapter, [
    { url: 'https://www.xiaohongshu.com/explore/6650a1b2000000001e01c3d4', html: projectFixture('xiaohongshu/note_detail_state.html') },
    { url: 'https://www.xiaohongshu.com/user/profile/5f1a2b3c000000000101d2e3', html: projectFixture('xiaohongshu/profile_state.html') },
    { url: 'https://www.xiaohongshu.com/explore', html: projectFixture('xiaohongshu/feed_cards_dom.html') },
  ], 300, 9);
  expect(pages.slice(0, 5)).toEqual([]);
}, 60_000);

describeShared('Xiaohongshu adapter under fuzzing', () => {
  it('every shared capture (web and app shape), 2,500 broken variants', () => {
    const problems = fuzzResponses(xiaohongshuAdapter, [
      { url: `${EDITH}/v2/comment/page?note_id=66696f98000000000d00f289`, body: json(readSharedFixture('xiaohongshu/xhs_web_v2_comment_page_2024.json')) },
      { url: `${EDITH}/v1/search/notes`, body: json(readSharedFixture('xiaohongshu/xhs_web_v1_search_notes_2024.json')) },
      { url: `${EDITH}/v2/comment/page?note_id=6683b283000000001f0052bf`, body: json(readSharedFixture('xiaohongshu/tikhub_xhs_note_comments_appshape_2026.json')) },
      { url: `${EDITH}/v1/search/notes`, body: json(readSharedFixture('xiaohongshu/tikhub_xhs_search_notes_appshape_2026_trimmed.json')) },
    ], 2500, 13);
    expect(problems.slice(0, 5)).toEqual([]);
  }, 60_000);
});
