// The Reddit adapter under fuzzing (tests/fuzz.ts): scrambled API things and cut shreddit / old.reddit pages.
import { expect, it } from 'vitest';
import { fuzzDocuments, fuzzResponses } from '../../tests/fuzz';
import { describeShared, projectFixture, sharedJson } from '../../tests/shared-fixtures';
import { redditAdapter } from './reddit';

it('Reddit: own fixtures, 2,000 broken morechildren replies and 600 cut pages, no throw and no malformed record', () => {
  const responses = fuzzResponses(redditAdapter, [{ url: 'https://www.reddit.com/api/morechildren.json', body: JSON.parse(projectFixture('reddit/morechildren_small.json')) }], 2000, 8);
  expect(responses.slice(0, 5)).toEqual([]);
  const pages = fuzzDocuments(redditAdapter, [
    { url: 'https://www.reddit.com/r/photography/comments/1h2k3lm/which_lens/', html: projectFixture('reddit/shreddit_post_page.html') },
    { url: 'https://old.reddit.com/r/AskReddit/comments/48fbm9/serious_parents/', html: projectFixture('reddit/old_reddit_comments.html') },
  ], 600, 8);
  expect(pages.slice(0, 5)).toEqual([]);
}, 30_000);

describeShared('Reddit adapter under fuzzing', () => {
  it('the four PRAW cassette bodies, scrambled 1,000 times (the 2,000 above always run)', () => {
    const samples = [
      ['reddit_comment_context_thread_2025.json', 'https://oauth.reddit.com/r/Lil_SpazJoekp/comments/1j7g9uj/test_post_pls_ignore/myngt77/?context=100&raw_json=1'],
      ['reddit_submission_comments_2gmzqe_2016.json', 'https://oauth.reddit.com/comments/2gmzqe/?sort=confidence&limit=2048&raw_json=1'],
      ['reddit_r_popular_hot_2026_trimmed.json', 'https://oauth.reddit.com/r/popular/hot?limit=100&raw_json=1'],
      ['reddit_r_askreddit_new_2016.json', 'https://oauth.reddit.com/r/askreddit/new?raw_json=1&limit=100'],
    ].map(([file, url]) => ({ url, body: sharedJson(`reddit/${file}`) }));
    expect(fuzzResponses(redditAdapter, samples, 1000, 9).slice(0, 5)).toEqual([]);
  }, 60_000);
});
