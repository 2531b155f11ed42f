// The Facebook adapter under fuzzing (tests/fuzz.ts): cut and scrambled m.facebook.com pages.
// It reads pages only (no API responses are tapped), so every variant is a document: 1,000 cut pages,
// each read by fromDocument and fromDom (2,000 parser runs). A happy-dom window costs ~10-20 ms per page.
import { expect, it } from 'vitest';
import { fuzzDocuments } from '../../tests/fuzz';
import { describeShared, projectFixture, readSharedFixture } from '../../tests/shared-fixtures';
import { facebookAdapter } from './facebook';

it('Facebook: own story page, 1,000 cut and scrambled variants (2,000 parser runs), no throw and no malformed record', () => {
  const samples = [{ url: 'https://m.facebook.com/story.php?story_fbid=5550001&id=777', html: projectFixture('facebook/m_story_small.html') }];
  expect(fuzzDocuments(facebookAdapter, samples, 1000, 8).slice(0, 5)).toEqual([]);
}, 60_000);

describeShared('Facebook adapter under fuzzing', () => {
  it('the two 2021 m.facebook.com pages, cut and scrambled 30 times (happy-dom parses ~320 KB per story variant)', () => {
    const samples = [
      { url: 'https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711', html: readSharedFixture('facebook/m_facebook_story_page_with_comments_2021.html') },
      { url: 'https://m.facebook.com/Nintendo/photos/pcb.3065154550235644/3065146783569754/', html: readSharedFixture('facebook/m_facebook_photo_page_with_comments_2021.html') },
    ];
    expect(fuzzDocuments(facebookAdapter, samples, 30, 8).slice(0, 5)).toEqual([]);
  }, 60_000);
});
