// Bilibili pages in real Chromium with the built extension: the pages call api.bilibili.com (another
// origin, with credentials, as the real SPA does), the answers are the REAL captures in ../shared, and
// every comment, search result and hot-list entry must land in the extension's database once and
// show in the popup.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared, sharedJson } from '../shared-fixtures';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, routeFixtures, type ExtensionSession, type FixtureRoutes } from './harness';
import { popupFromRows, readPopup } from './popup-view';
import { page, sharedFile } from './shared-pages';

const FIXTURES = {
  replies: 'bilibili/bilibili_x_v2_reply_main_cursor_mode_2023_trimmed.json',
  search: 'bilibili/tikhub_bilibili_web_search_2026.json',
} as const;
const POPULAR = path.resolve(__dirname, '../fixtures/bilibili/popular_small.json');

const URLS = {
  video: 'https://www.bilibili.com/video/av694724153/',
  search: 'https://search.bilibili.com/video?keyword=%E7%81%AB%E5%BD%B1%E5%BF%8D%E8%80%85',
  popular: 'https://www.bilibili.com/v/popular/all',
} as const;

/** api.bilibili.com answers the page's origin by name, with credentials, as the real API does. */
const fromApi = (file: string, origin: string) => ({
  file,
  headers: { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' },
});

function bilibiliRoutes(): FixtureRoutes {
  return [
    [/^https:\/\/www\.bilibili\.com\/video\/av\d+\/$/, page('bilibili-video.html')],
    [/^https:\/\/search\.bilibili\.com\/video\?/, page('bilibili-search.html')],
    ['https://www.bilibili.com/v/popular/all', page('bilibili-popular.html')],
    // Only the comment area the capture is of: another oid would get the blocker's refusal.
    [/^https:\/\/api\.bilibili\.com\/x\/v2\/reply\/wbi\/main\?oid=694724153&type=1&/, fromApi(sharedFile(FIXTURES.replies), 'https://www.bilibili.com')],
    [/^https:\/\/api\.bilibili\.com\/x\/web-interface\/wbi\/search\/type\?search_type=video&/, fromApi(sharedFile(FIXTURES.search), 'https://search.bilibili.com')],
    [/^https:\/\/api\.bilibili\.com\/x\/web-interface\/popular\?/, fromApi(POPULAR, 'https://www.bilibili.com')],
  ];
}

const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

describeShared('Bilibili pages captured in Chromium', () => {
  let session: ExtensionSession;
  let db: ExtensionDb;
  // Read in beforeAll: vitest runs a skipped suite's body too, and without ../shared these files are absent.
  let replyIds: string[];
  let searchIds: string[];

  beforeAll(async () => {
    const replies = sharedJson(FIXTURES.replies).data.replies as any[];
    replyIds = replies.flatMap((reply) => [reply, ...(reply.replies ?? [])]).map((reply) => `bilibili:${reply.rpid_str}`).sort();
    searchIds = (sharedJson(FIXTURES.search).data.result as any[]).map((video) => `bilibili:av${video.aid}`).sort();
    // EARSHOT_EXTENSION_DIR: a private copy of the build, for when other builds rewrite .output meanwhile.
    session = await launchWithExtension({ extensionPath: process.env.EARSHOT_EXTENSION_DIR });
    await routeFixtures(session.context, bilibiliRoutes());
    db = await ExtensionDb.open(session.context, session.extensionId);
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  it('the fixtures hold what the specs below count', () => {
    expect(replyIds).toHaveLength(11);
    expect(searchIds).toHaveLength(42);
  });

  it('video page: the cursor-mode comment list fetched from api.bilibili.com lands, threads intact', async () => {
    const tab = await session.context.newPage();
    await tab.goto(URLS.video);
    await tab.waitForSelector('body[data-loaded="comments"]', { timeout: 30_000 });
    expect(await tab.locator('#comments li').count()).toBe(8);
    expect(await tab.evaluate(() => (window as any).__page.errors)).toEqual([]);

    const comments = await pollUntil(() => db.rows('comments'), (rows) => rows.length >= 11, { what: '11 bilibili comments in IndexedDB', timeout: 30_000 });
    expect(ids(comments)).toEqual(replyIds);
    expect(comments.every((row) => row.postId === 'bilibili:av694724153' && row.seenOn.includes(URLS.video))).toBe(true);
    expect(comments.find((row) => row.id === 'bilibili:160921623488')?.parentId).toBe('bilibili:159872860272');
    await tab.close();
  });

  it('search page (XHR) and B站热门 (fetch): 42 results and 3 ranked hot-list entries with their videos', async () => {
    const search = await session.context.newPage();
    await search.goto(URLS.search);
    await search.waitForSelector('body[data-loaded="results"]', { timeout: 30_000 });
    expect(await search.locator('#results li').count()).toBe(42);
    await search.close();

    const popular = await session.context.newPage();
    await popular.goto(URLS.popular);
    await popular.waitForSelector('body[data-loaded="hot"]', { timeout: 30_000 });
    await popular.close();

    const hotIds = ['bilibili:av2001', 'bilibili:av2002', 'bilibili:av2003'];
    const posts = await pollUntil(() => db.rows('posts'), (rows) => [...searchIds, ...hotIds].every((id) => rows.some((row) => row.id === id)), {
      what: 'the 42 search posts and 3 hot videos in IndexedDB', timeout: 30_000,
    });
    // The video page's own post comes from __INITIAL_STATE__ only, whose script the page removes as it
    // runs (see bilibili-video.html); the collector keeps removed inline scripts, so it is there too.
    const extra = ids(posts).filter((id) => !searchIds.includes(id) && !hotIds.includes(id));
    expect(extra).toEqual(['bilibili:av694724153']);
    expect(posts.find((row) => row.id === 'bilibili:av694724153')).toMatchObject({ source: 'embedded', author: { followers: 12345 } });
    expect(posts.filter((row) => searchIds.includes(row.id)).every((row) => row.seenOn.includes(URLS.search))).toBe(true);

    const trends = await pollUntil(() => db.rows('trends'), (rows) => rows.length >= 3, { what: '3 bilibili trends', timeout: 30_000 });
    expect(trends.map((row) => [row.id, row.rank, row.heat])).toEqual([
      ['bilibili:popular:BV1Ab411c7aa', 1, 2465053], ['bilibili:popular:BV1Ab411c7bb', 2, 406829], ['bilibili:popular:BV1Ab411c7cc', 3, 150000],
    ]);
  });

  it('the popup shows the totals, the Bilibili count, and the video tab\'s post check', async () => {
    const posts = await db.rows('posts');
    const comments = await db.rows('comments');
    const want = popupFromRows(posts, comments, URLS.video);
    expect(want.comments).toBe(11);

    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId, URLS.video));
    const shown = await pollUntil(() => readPopup(popup), (view) => view.posts === want.posts && view.comments === 11, {
      what: `popup KPIs ${want.posts} posts / 11 comments`, timeout: 15_000,
    });
    expect(shown.posts).toBe(want.posts);
    expect(shown.comments).toBe(11);
    expect(shown.engagement).toBe(want.engagement);
    expect(shown.platforms.bilibili).toBe(want.platforms.bilibili);
    expect(shown.platforms.bilibili).toBe(posts.length + 11);
    expect(shown.health.bilibili?.errors).toBe(0);
    // The tab's post is the one its comments belong to.
    expect(await popup.getAttribute('[data-testid="page-check"]', 'data-post-id')).toBe('bilibili:av694724153');
    await popup.close();
  });
});
