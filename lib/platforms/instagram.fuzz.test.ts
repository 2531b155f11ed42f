// Instagram adapter under fuzzing (tests/fuzz.ts): thousands of broken variants of its API bodies and pages.
import { expect, it } from 'vitest';
import { fuzzDocuments, fuzzResponses } from '../../tests/fuzz';
import { describeShared, projectFixture, sharedJson } from '../../tests/shared-fixtures';
import { instagramAdapter } from './instagram';

const own = (name: string) => JSON.parse(projectFixture(`instagram/${name}`));
const MEDIA = 'https://www.instagram.com/api/v1/media/3400000000000000001';

it('Instagram: the project\'s own fixtures, 2,400 broken API bodies and 600 cut pages, no throw and no malformed record', () => {
  const problems = fuzzResponses(instagramAdapter, [
    { url: 'https://www.instagram.com/api/graphql', body: own('xdt_feed_timeline.json') },
    { url: 'https://www.instagram.com/api/graphql', body: own('xdt_shortcode_web_info.json') },
    { url: `${MEDIA}/comments/?can_support_threading=true`, body: own('v1_media_comments.json') },
    { url: `${MEDIA}/comments/18000000000000001/child_comments/`, body: own('v1_child_comments.json') },
  ], 2400, 17);
  expect(problems.slice(0, 5)).toEqual([]);
  expect(fuzzDocuments(instagramAdapter, [
    { url: 'https://www.instagram.com/acme.brand/', html: projectFixture('instagram/profile_page_relay.html') },
  ], 600, 19)).toEqual([]);
}, 60_000);

describeShared('Instagram adapter under fuzzing', () => {
  it('the legacy shortcode_media capture, 2,000 broken variants', () => {
    const problems = fuzzResponses(instagramAdapter, [
      { url: 'https://www.instagram.com/graphql/query/', body: sharedJson('instagram/ig_graphql_shortcode_media_2021.json') },
    ], 2000, 23);
    expect(problems.slice(0, 5)).toEqual([]);
  }, 60_000);
});
