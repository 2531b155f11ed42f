// Facebook in real Chromium with the built extension. The two real m.facebook.com pages of 2021
// (../shared/fixtures/facebook) are served as the pages at their recorded URLs: the story page with
// four posts and 108 comments, and the photo page whose 12 comments sit in a commented-out deferred
// block (its inflating script was removed from the capture, so the page shows them only as markup text).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared } from '../shared-fixtures';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, routeFixtures, type ExtensionSession } from './harness';
import { readPopup } from './popup-view';
import { sharedFile } from './shared-pages';

const STORY_URL = 'https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711';
const PHOTO_URL = 'https://m.facebook.com/Nintendo/photos/pcb.3065154550235644/3065146783569754/?type=3&source=48';
const HTML = 'text/html; charset=utf-8';

describeShared('Facebook m.facebook.com pages captured in Chromium', () => {
  let session: ExtensionSession;
  let db: ExtensionDb;

  beforeAll(async () => {
    session = await launchWithExtension();
    await routeFixtures(session.context, [
      [STORY_URL, { file: sharedFile('facebook/m_facebook_story_page_with_comments_2021.html'), contentType: HTML }],
      [PHOTO_URL, { file: sharedFile('facebook/m_facebook_photo_page_with_comments_2021.html'), contentType: HTML }],
    ]);
    db = await ExtensionDb.open(session.context, session.extensionId);
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  it('the story page lands as 4 posts and 108 comments with their fields', async () => {
    const tab = await session.context.newPage();
    await tab.goto(STORY_URL, { waitUntil: 'domcontentloaded' });
    const comments = await pollUntil(() => db.rows('comments'), (rows) => rows.length >= 108, { what: '108 comments in IndexedDB', timeout: 60_000 });
    const posts = await db.rows('posts');
    expect(posts.map((row) => row.id).sort()).toEqual(['facebook:3065154550235644', 'facebook:4191173794300375', 'facebook:4193752747375813', 'facebook:4194934713924283']);
    expect(comments).toHaveLength(108);
    expect(posts.every((row) => row.seenOn.includes(STORY_URL))).toBe(true);
    expect(posts.find((row) => row.id === 'facebook:3065154550235644')).toMatchObject({
      platform: 'facebook', media: 'image', createdAt: '2020-05-13T01:01:18.000Z', metrics: { shares: 281 }, source: 'dom',
      author: { id: 'facebook:119240841493711', name: 'Nintendo', verified: true },
    });
    expect(comments.find((row) => row.id === 'facebook:4192127297538358')).toMatchObject({ postId: 'facebook:4191173794300375', metrics: { replies: 39 } });
    expect(comments.find((row) => row.id === 'facebook:3154024434681988')).toMatchObject({
      postId: 'facebook:3065154550235644', author: { id: 'facebook:100004071004949', name: 'Yusof Elmahboub' },
    });
    await tab.close();
  }, 120_000);

  it('the photo page adds its 12 deferred comments', async () => {
    const tab = await session.context.newPage();
    await tab.goto(PHOTO_URL, { waitUntil: 'domcontentloaded' });
    const comments = await pollUntil(() => db.rows('comments'), (rows) => rows.length >= 120, { what: '120 comments in IndexedDB', timeout: 60_000 });
    expect(comments.filter((row) => row.postId === 'facebook:3065146783569754')).toHaveLength(12);
    expect(comments.find((row) => row.id === 'facebook:3066888746728891')).toMatchObject({ text: 'My sons', author: { name: 'Rhiannon Comito' } });
    expect(await db.rows('posts')).toHaveLength(4);
    await tab.close();
  }, 120_000);

  it('the popup shows 4 posts, 120 comments and the Facebook count', async () => {
    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId, STORY_URL));
    const shown = await pollUntil(() => readPopup(popup), (view) => view.posts === 4 && view.comments === 120 && view.tabItemIds.length > 0, { what: 'popup KPIs 4 posts / 120 comments', timeout: 20_000 });
    // The platform row counts posts and comments together.
    expect(shown.platforms).toEqual({ facebook: 124 });
    expect(shown.health.facebook?.errors).toBe(0);
    expect(shown.health.facebook?.skipped).toBe(0);
    // This tab's items: the story page's 4 posts and 108 comments (the list shows the first 50).
    expect(shown.tabCount).toBe(112);
    expect(shown.tabItemIds.every((id) => id.startsWith('facebook:'))).toBe(true);
    await popup.close();
  }, 60_000);
});
