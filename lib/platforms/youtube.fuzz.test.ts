// The YouTube adapter under fuzzing (tests/fuzz.ts): mutated InnerTube responses and cut watch pages.
import { expect, it } from 'vitest';
import { fuzzDocuments, fuzzResponses } from '../../tests/fuzz';
import { describeShared, projectFixture, sharedJson } from '../../tests/shared-fixtures';
import { youtubeAdapter } from './youtube';

const NEXT_URL = 'https://www.youtube.com/youtubei/v1/next?prettyPrint=false';

it('YouTube: own fixtures, 2,000 broken responses and 400 cut pages, no throw and no malformed record', () => {
  const page = projectFixture('youtube/watch_page_small.html');
  const responses = fuzzResponses(youtubeAdapter, [{ url: NEXT_URL, body: JSON.parse(projectFixture('youtube/next_replies_renderer_small.json')) }], 2000, 8);
  expect(responses.slice(0, 5)).toEqual([]);
  const pages = fuzzDocuments(youtubeAdapter, [{ url: 'https://www.youtube.com/watch?v=dEmOvIdEo01', html: page }], 400, 8);
  expect(pages.slice(0, 5)).toEqual([]);
}, 30_000);

describeShared('YouTube adapter under fuzzing', () => {
  it('the four InnerTube captures, 800 mutated variants (each clones up to 290 KB)', () => {
    const samples = [
      { url: NEXT_URL, body: sharedJson('youtube/youtubei_next_comments_continuation_pinned_2026.json') },
      { url: NEXT_URL, body: sharedJson('youtube/youtubei_next_replies_continuation_2026.json') },
      { url: NEXT_URL, body: sharedJson('youtube/youtubei_next_watch_primary_2026_trimmed.json') },
      { url: 'https://www.youtube.com/youtubei/v1/player', body: sharedJson('youtube/youtubei_player_videodetails_2026.json') },
    ];
    expect(fuzzResponses(youtubeAdapter, samples, 800, 12).slice(0, 5)).toEqual([]);
  }, 60_000);
});
