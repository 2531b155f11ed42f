// Weibo pages in real Chromium with the built extension: the page's own XHR/fetch calls are
// answered with real captures, and every post and comment they hold must land in the extension's
// database exactly once, and show in the popup.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared, sharedJson } from '../shared-fixtures';
import { weiboCardPosts, weiboCommentIds, weiboNestedReplies } from './expected';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, routeFixtures, type ExtensionSession } from './harness';
import { popupFromRows, readPopup } from './popup-view';
import { sharedFile, WEIBO_FIXTURES, WEIBO_URLS, weiboRoutes } from './shared-pages';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
const weiboIds = (nativeIds: string[]) => nativeIds.map((id) => `weibo:${id}`).sort();

describeShared('Weibo pages captured in Chromium', () => {
  let session: ExtensionSession;
  let db: ExtensionDb;

  // Read in beforeAll, not here: vitest runs a skipped suite's body too, and without ../shared
  // these files do not exist.
  let buildCommentIds: string[];
  let hotflowIds: string[];
  let timeline: ReturnType<typeof weiboCardPosts>;

  beforeAll(async () => {
    buildCommentIds = weiboIds(weiboCommentIds(sharedJson(WEIBO_FIXTURES.buildComments)));
    hotflowIds = weiboIds(weiboCommentIds(sharedJson(WEIBO_FIXTURES.hotflow)));
    timeline = weiboCardPosts(sharedJson(WEIBO_FIXTURES.userTimeline));
    session = await launchWithExtension();
    await routeFixtures(session.context, weiboRoutes());
    db = await ExtensionDb.open(session.context, session.extensionId);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the fixtures hold what the specs below count', () => {
    expect(buildCommentIds).toHaveLength(20);
    expect(hotflowIds).toHaveLength(21);
    expect(timeline.ids).toHaveLength(10);
  });

  it('weibo.com status page (XHR buildComments): all 20 comments land, and the page got the same bytes', async () => {
    const page = await session.context.newPage();
    await page.goto(WEIBO_URLS.desktopDetail);
    await page.waitForSelector('body[data-loaded="comments"]');
    expect(await page.locator('#comments li').count()).toBe(20);

    const comments = await pollUntil(() => db.rows('comments'), (rows) => rows.length >= 20, { what: '20 buildComments comments in IndexedDB' });
    expect(ids(comments)).toEqual(buildCommentIds);
    expect(comments.every((row) => row.platform === 'weibo' && row.seenOn.includes(WEIBO_URLS.desktopDetail))).toBe(true);

    const seen = await page.evaluate(() => (window as any).__page.responses);
    expect(seen).toHaveLength(1);
    expect(seen[0].sha256).toBe(sha256(readFileSync(sharedFile(WEIBO_FIXTURES.buildComments))));
    await page.close();
  });

  it('m.weibo.cn SPA: hotflow by XHR, then a tap on the author pushes /u/<uid> and its fetch is captured too', async () => {
    const page = await session.context.newPage();
    await page.goto(WEIBO_URLS.mobileDetail);
    await page.waitForSelector(`body[data-loaded="/detail/4383183661430868"]`);

    const expectedComments = [...buildCommentIds, ...hotflowIds].sort();
    const comments = await pollUntil(() => db.rows('comments'), (rows) => rows.length >= expectedComments.length, {
      what: '20 + 21 weibo comments in IndexedDB',
    });
    expect(ids(comments)).toEqual(expectedComments);
    const hotflowRows = comments.filter((row) => hotflowIds.includes(row.id));
    expect(hotflowRows.every((row) => row.seenOn.includes(WEIBO_URLS.mobileDetail))).toBe(true);
    // The nested reply keeps its thread: its parent is the root comment it was nested under.
    const nested = weiboNestedReplies(sharedJson(WEIBO_FIXTURES.hotflow));
    expect(nested).toHaveLength(1);
    for (const [replyId, rootId] of nested) {
      expect(hotflowRows.find((row) => row.id === `weibo:${replyId}`)?.parentId).toBe(`weibo:${rootId}`);
    }

    await page.click('#to-profile');
    await page.waitForSelector('body[data-loaded="/u/1669879400"]');
    expect(page.url()).toBe(WEIBO_URLS.mobileProfile);
    expect(await page.locator('#items li').count()).toBe(10);

    const expectedPosts = weiboIds(timeline.ids);
    const posts = await pollUntil(() => db.rows('posts'), (rows) => expectedPosts.every((id) => rows.some((row) => row.id === id)), {
      what: 'the 10 getIndex posts in IndexedDB',
    });
    // The one repost's original may be kept as a post of its own; nothing else may appear.
    const extra = ids(posts).filter((id) => !expectedPosts.includes(id));
    expect(weiboIds(timeline.repostedIds)).toEqual(expect.arrayContaining(extra));
    const timelineRows = posts.filter((row) => expectedPosts.includes(row.id));
    expect(timelineRows.every((row) => row.seenOn.includes(WEIBO_URLS.mobileProfile))).toBe(true);
    // Comments are still exactly the 41: re-rendering and navigating must not duplicate anything.
    expect(await db.count('comments')).toBe(41);

    const pageSaw = await page.evaluate(() => (window as any).__page.responses);
    expect(pageSaw.map((r: any) => r.via)).toEqual(['xhr', 'fetch']);
    expect(pageSaw[0].sha256).toBe(sha256(readFileSync(sharedFile(WEIBO_FIXTURES.hotflow))));
    expect(pageSaw[1].sha256).toBe(sha256(readFileSync(sharedFile(WEIBO_FIXTURES.userTimeline))));
    await page.close();
  });

  it('the popup shows the database totals, the Weibo count and this tab\'s items', async () => {
    const posts = await db.rows('posts');
    const comments = await db.rows('comments');
    const want = popupFromRows(posts, comments, WEIBO_URLS.mobileProfile);
    expect(want.tabIds.length).toBeGreaterThanOrEqual(10);

    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId, WEIBO_URLS.mobileProfile));
    const shown = await pollUntil(() => readPopup(popup), (view) => view.posts === want.posts && view.tabCount === want.tabIds.length, {
      what: `popup KPIs ${want.posts} posts / tab count ${want.tabIds.length}`,
      timeout: 10_000,
    });
    expect(shown.posts).toBe(want.posts);
    expect(shown.comments).toBe(want.comments);
    expect(shown.comments).toBe(41);
    expect(shown.engagement).toBe(want.engagement);
    expect(shown.engagement).toBeGreaterThan(0);
    expect(shown.platforms.weibo).toBe(want.platforms.weibo);
    expect(shown.tabCount).toBe(want.tabIds.length);
    expect(shown.tabItemIds.length).toBe(Math.min(want.tabIds.length, 50));
    expect(want.tabIds).toEqual(expect.arrayContaining(shown.tabItemIds));
    expect(shown.health.weibo?.items).toBeGreaterThanOrEqual(want.platforms.weibo);
    expect(shown.health.weibo?.errors).toBe(0);
    await popup.close();
  });
});
