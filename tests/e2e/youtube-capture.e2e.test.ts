// A YouTube watch page in real Chromium with the built extension: the page's InnerTube calls
// (player, next, two comment continuations) are answered with the real 2026 captures in
// ../shared/fixtures/youtube; the video, 20 comments and 10 replies must land in IndexedDB and the popup.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared } from '../shared-fixtures';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, routeFixtures, type ExtensionSession } from './harness';
import { readPopup } from './popup-view';
import { page, sharedFile } from './shared-pages';

const WATCH_URL = 'https://www.youtube.com/watch?v=7PIMiDcwNvc';
// /next answers by what the page asks, in the order it asks: watch data, the comment page, the replies.
// (The routing helper sees only the URL, and the real app posts every /next to the same one.)
const NEXT_ANSWERS = [
  'youtube/youtubei_next_watch_primary_2026_trimmed.json',
  'youtube/youtubei_next_comments_continuation_pinned_2026.json',
  'youtube/youtubei_next_replies_continuation_2026.json',
];

describeShared('YouTube watch page captured in Chromium', () => {
  let session: ExtensionSession;
  let db: ExtensionDb;
  let nextCalls = 0;

  beforeAll(async () => {
    session = await launchWithExtension();
    await routeFixtures(session.context, [
      [WATCH_URL, page('youtube-watch.html')],
      [/^https:\/\/www\.youtube\.com\/youtubei\/v1\/player\?/, { file: sharedFile('youtube/youtubei_player_videodetails_2026.json') }],
      [/^https:\/\/www\.youtube\.com\/youtubei\/v1\/next\?/, () => ({ file: sharedFile(NEXT_ANSWERS[nextCalls++ % NEXT_ANSWERS.length]) })],
    ]);
    db = await ExtensionDb.open(session.context, session.extensionId);
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  it('player + next land as one video; the comment page and the reply page as 30 comments', async () => {
    const tab = await session.context.newPage();
    await tab.goto(WATCH_URL);
    await tab.waitForSelector('body[data-loaded="true"]', { timeout: 30_000 });
    expect(await tab.locator('#comments li').count()).toBe(30);

    const comments = await pollUntil(() => db.rows('comments'), (rows) => rows.length >= 30, { what: '30 YouTube comments in IndexedDB', timeout: 30_000 });
    const posts = await pollUntil(() => db.rows('posts'), (rows) => rows.some((row) => row.metrics?.likes === 5471574), { what: 'watch data merged into the video' });
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      id: 'youtube:7PIMiDcwNvc', platform: 'youtube', title: 'Marzia & Felix - Wedding 19.08.2019', media: 'video',
      metrics: { likes: 5471574 },
      author: { id: 'youtube:UC-lHJZR3Gqxm24_Vd_AJ5Yw', name: 'PewDiePie', followers: 110000000, verified: true },
    });
    expect(comments).toHaveLength(30);
    expect(comments.filter((row) => row.postId === 'youtube:bjFtFMilb34' && !row.parentId)).toHaveLength(20);
    expect(comments.filter((row) => row.parentId === 'youtube:UgwSOM0QHBLysE3vZE54AaABAg')).toHaveLength(10);
    expect(comments.find((row) => row.id === 'youtube:Ugyh_hTLZVme65Jqc954AaABAg')).toMatchObject({ metrics: { likes: 67, replies: 76 }, author: { name: '@lemondefr' } });
    await tab.close();
  }, 90_000);

  it('the popup shows 1 post, 30 comments and the YouTube count', async () => {
    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId, WATCH_URL));
    const shown = await pollUntil(() => readPopup(popup), (view) => view.posts === 1 && view.comments === 30, { what: 'popup KPIs 1 post / 30 comments', timeout: 15_000 });
    expect(shown.platforms.youtube).toBe(31);
    expect(shown.health.youtube?.errors).toBe(0);
    await popup.close();
  }, 60_000);
});
