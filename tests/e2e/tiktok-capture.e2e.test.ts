// TikTok pages in real Chromium with the built extension: a search page whose XHR is answered with
// the REAL search capture in ../shared/fixtures (a TikHub proxy capture; its body is the upstream
// api/search/general/full/ shape), and a video page whose item is embedded in
// __UNIVERSAL_DATA_FOR_REHYDRATION__ with its comments fetched from the project's own fixture.
// Every post and comment must land in the extension's database once, and the popup must agree.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared, sharedJson } from '../shared-fixtures';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, routeFixtures, type ExtensionSession } from './harness';
import { popupFromRows, readPopup } from './popup-view';
import { page, sharedFile } from './shared-pages';

const SEARCH_FIXTURE = 'tiktok/tikhub_tiktok_api_search_general_2026.json';
const URLS = {
  search: 'https://www.tiktok.com/search?q=TikTok',
  video: 'https://www.tiktok.com/@autumn.style/video/7400000000000000002',
} as const;
const OWN_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/tiktok');
const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

function tiktokRoutes() {
  return [
    [/^https:\/\/www\.tiktok\.com\/search\?/, page('tiktok-search.html')],
    [/^https:\/\/www\.tiktok\.com\/api\/search\/general\/full\/\?/, { file: sharedFile(SEARCH_FIXTURE) }],
    [/^https:\/\/www\.tiktok\.com\/@[\w.]+\/video\/\d+/, page('tiktok-video.html')],
    [/^https:\/\/www\.tiktok\.com\/api\/comment\/list\/\?/, { file: path.join(OWN_DIR, 'comment_list_small.json') }],
  ] as const;
}

describeShared('TikTok pages captured in Chromium', () => {
  let session: ExtensionSession;
  let db: ExtensionDb;
  // Read in beforeAll: vitest runs a skipped suite's body too, and without ../shared this file does not exist.
  let searchPosts: string[];

  beforeAll(async () => {
    searchPosts = sharedJson(SEARCH_FIXTURE).data.filter((entry: any) => entry.type === 1).map((entry: any) => `tiktok:${entry.item.id}`).sort();
    session = await launchWithExtension();
    await routeFixtures(session.context, tiktokRoutes());
    db = await ExtensionDb.open(session.context, session.extensionId);
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  it('search page (XHR search/general/full): the 11 video results land, not the user-list card', async () => {
    expect(searchPosts).toHaveLength(11);
    const tab = await session.context.newPage();
    await tab.goto(URLS.search);
    await tab.waitForSelector('body[data-loaded="search"]', { timeout: 30_000 });
    expect(await tab.locator('#results li').count()).toBe(11);
    const posts = await pollUntil(() => db.rows('posts'), (rows) => rows.length >= 11, { what: '11 search posts in IndexedDB', timeout: 30_000 });
    expect(ids(posts)).toEqual(searchPosts);
    expect(posts.every((row) => row.platform === 'tiktok' && row.source === 'api' && row.seenOn.includes(URLS.search))).toBe(true);
    expect(posts.find((row) => row.id === 'tiktok:7603296357641735445')).toMatchObject({
      url: 'https://www.tiktok.com/@dua_zahra014/video/7603296357641735445',
      metrics: { likes: 2887, comments: 179, shares: 38, saves: 100, views: 12100 },
      author: { handle: 'dua_zahra014', followers: 398400 },
    });
    await tab.close();
  });

  it('video page: the embedded itemStruct and the fetched comment/list (a root reply riding along) land', async () => {
    const tab = await session.context.newPage();
    await tab.goto(URLS.video);
    await tab.waitForSelector('body[data-loaded="comments"]', { timeout: 30_000 });
    const post = await pollUntil(async () => (await db.rows('posts')).find((row) => row.id === 'tiktok:7400000000000000002'), Boolean, {
      what: 'the embedded video post', timeout: 30_000,
    });
    expect(post).toMatchObject({ source: 'embedded', media: 'video', metrics: { likes: 45100, comments: 1337, shares: 812, saves: 5600, views: 2100000 } });
    const comments = await pollUntil(() => db.rows('comments'), (rows) => rows.length >= 3, { what: '3 comments', timeout: 30_000 });
    expect(ids(comments)).toEqual(['tiktok:7400000000000000101', 'tiktok:7400000000000000102', 'tiktok:7400000000000000201']);
    expect(comments.every((row) => row.postId === 'tiktok:7400000000000000002')).toBe(true);
    expect(comments.find((row) => row.id === 'tiktok:7400000000000000201')?.parentId).toBe('tiktok:7400000000000000101');
    await tab.close();
  });

  it('the popup shows the database totals and the TikTok count', async () => {
    const posts = await db.rows('posts');
    const comments = await db.rows('comments');
    expect(posts).toHaveLength(11 + 1);
    expect(comments).toHaveLength(3);
    const want = popupFromRows(posts, comments, URLS.video);
    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId, URLS.video));
    const shown = await pollUntil(() => readPopup(popup), (view) => view.posts === want.posts && view.comments === want.comments && view.tabCount === want.tabIds.length, {
      what: `popup KPIs ${want.posts} posts / ${want.comments} comments / tab count ${want.tabIds.length}`, timeout: 15_000,
    });
    expect(shown.posts).toBe(12);
    expect(shown.comments).toBe(3);
    expect(shown.platforms.tiktok).toBe(15);
    expect(shown.engagement).toBe(want.engagement);
    // This tab (the video page) saw its post and 3 comments.
    expect(shown.tabCount).toBe(4);
    expect(shown.health.tiktok?.errors).toBe(0);
    await popup.close();
  });
});
