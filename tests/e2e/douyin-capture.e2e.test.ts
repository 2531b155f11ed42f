// Douyin pages in real Chromium with the built extension: an iesdouyin share page and a douyin.com
// search page whose XHR/fetch calls are answered with the REAL captures in ../shared/fixtures, and a
// video page whose state is embedded (RENDER_DATA) with its comments fetched from the project's own
// fixture. Every post, comment and hot-list entry must land in the extension's database once, and
// the popup must show the same counts.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared, sharedJson } from '../shared-fixtures';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, routeFixtures, type ExtensionSession } from './harness';
import { popupFromRows, readPopup } from './popup-view';
import { page, sharedFile } from './shared-pages';

const FIXTURES = {
  userA: 'douyin/iesdouyin_web_api_v2_aweme_post_2020_a.json',
  userB: 'douyin/iesdouyin_web_api_v2_aweme_post_2020_b.json',
  search: 'douyin/tikhub_douyin_general_search_2026_trimmed.json',
} as const;
const SEC_UID_A = 'MS4wLjABAAAAAI3oSIRdM9cE-AflbGPjaw_xUg6xajgGJtM_yX4hkCY';
const SEC_UID_B = 'MS4wLjABAAAAOCNkaYVIwWH8z7H6EnpmDCbhVil-7uhlFAQPPxXiLmw';
const URLS = {
  userA: `https://www.iesdouyin.com/share/user/52895175925?sec_uid=${SEC_UID_A}`,
  userB: `https://www.iesdouyin.com/share/user/61431549002?sec_uid=${SEC_UID_B}`,
  search: `https://www.douyin.com/search/${encodeURIComponent('猫咪')}?type=general`,
  video: 'https://www.douyin.com/video/7300000000000000001',
} as const;
const OWN_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/douyin');

const douyinIds = (nativeIds: string[]) => nativeIds.map((id) => `douyin:${id}`).sort();
const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

function douyinRoutes() {
  return [
    [/^https:\/\/www\.iesdouyin\.com\/share\/user\/\d+\?/, page('douyin-share-user.html')],
    [/^https:\/\/www\.iesdouyin\.com\/web\/api\/v2\/aweme\/post\/\?/, (url: URL) => {
      const secUid = url.searchParams.get('sec_uid');
      if (secUid === SEC_UID_A) return { file: sharedFile(FIXTURES.userA) };
      if (secUid === SEC_UID_B) return { file: sharedFile(FIXTURES.userB) };
      return { status: 404, body: '{"status_code":2053}' };
    }],
    [/^https:\/\/www\.douyin\.com\/search\//, page('douyin-search.html')],
    [/^https:\/\/www\.douyin\.com\/aweme\/v1\/web\/general\/search\/single\/\?/, { file: sharedFile(FIXTURES.search) }],
    [/^https:\/\/www\.douyin\.com\/aweme\/v1\/web\/hot\/search\/list\/\?/, { file: path.join(OWN_DIR, 'hot_search_list_small.json') }],
    [/^https:\/\/www\.douyin\.com\/video\/\d+/, page('douyin-video.html')],
    [/^https:\/\/www\.douyin\.com\/aweme\/v1\/web\/comment\/list\/\?/, { file: path.join(OWN_DIR, 'comment_list_small.json') }],
  ] as const;
}

describeShared('Douyin pages captured in Chromium', () => {
  let session: ExtensionSession;
  let db: ExtensionDb;
  // Read in beforeAll: vitest runs a skipped suite's body too, and without ../shared these files do not exist.
  let listA: string[];
  let listB: string[];
  let searchPosts: string[];
  let searchComments: string[];

  beforeAll(async () => {
    listA = douyinIds(sharedJson(FIXTURES.userA).aweme_list.map((aweme: any) => aweme.aweme_id));
    listB = douyinIds(sharedJson(FIXTURES.userB).aweme_list.map((aweme: any) => aweme.aweme_id));
    const cards = sharedJson(FIXTURES.search).data;
    searchPosts = douyinIds(cards.map((card: any) => card.aweme_info.aweme_id));
    searchComments = douyinIds(cards.flatMap((card: any) => (card.comment_list ?? []).map((comment: any) => comment.cid)));
    session = await launchWithExtension();
    await routeFixtures(session.context, douyinRoutes());
    db = await ExtensionDb.open(session.context, session.extensionId);
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  it('the fixtures hold what the specs below count', () => {
    expect([listA.length, listB.length, searchPosts.length, searchComments.length]).toEqual([25, 41, 3, 2]);
  });

  it('iesdouyin share pages (XHR aweme/post): the 25 and the 41 videos land, under their authors', async () => {
    for (const [url, expected] of [[URLS.userA, listA], [URLS.userB, listB]] as const) {
      const tab = await session.context.newPage();
      await tab.goto(url);
      await tab.waitForSelector(`body[data-loaded="${expected.length}"]`, { timeout: 30_000 });
      await tab.close();
    }
    const want = [...listA, ...listB].sort();
    const posts = await pollUntil(() => db.rows('posts'), (rows) => rows.length >= want.length, { what: '66 iesdouyin posts in IndexedDB', timeout: 30_000 });
    expect(ids(posts)).toEqual(want);
    expect(posts.every((row) => row.platform === 'douyin' && row.source === 'api' && row.createdAt === undefined)).toBe(true);
    expect(posts.filter((row) => row.author.id === 'douyin:52895175925')).toHaveLength(25);
    expect(posts.find((row) => row.id === 'douyin:6839298761143930116')?.metrics).toEqual({ likes: 4517, comments: 479, shares: 27 });
  });

  it('douyin.com search page (fetch): 3 results, their 2 top comments, and the 抖音热榜 as trends', async () => {
    const tab = await session.context.newPage();
    await tab.goto(URLS.search);
    await tab.waitForSelector('body[data-loaded="search"]', { timeout: 30_000 });
    expect(await tab.locator('#results li').count()).toBe(3);

    const posts = await pollUntil(() => db.rows('posts'), (rows) => searchPosts.every((id) => rows.some((row) => row.id === id)), {
      what: 'the 3 search posts in IndexedDB', timeout: 30_000,
    });
    expect(posts.filter((row) => searchPosts.includes(row.id)).every((row) => row.seenOn.includes(URLS.search))).toBe(true);
    expect(posts.find((row) => row.id === 'douyin:7584769166932233472')).toMatchObject({ media: 'image', metrics: { likes: 2816, comments: 1046, shares: 2298, saves: 711 } });
    const comments = await pollUntil(() => db.rows('comments'), (rows) => rows.length >= 2, { what: '2 search comments', timeout: 30_000 });
    expect(ids(comments)).toEqual(searchComments);
    const trends = await pollUntil(() => db.rows('trends'), (rows) => rows.length >= 3, { what: '3 hot-list trends', timeout: 30_000 });
    expect(trends.map((row) => [row.rank, row.title]).sort()).toEqual([[1, '某某奶茶回应配方争议'], [2, '初雪'], [4, '周末去哪儿']]);
    await tab.close();
  });

  it('douyin.com video page: the RENDER_DATA post and the fetched comment/list land', async () => {
    const tab = await session.context.newPage();
    await tab.goto(URLS.video);
    await tab.waitForSelector('body[data-loaded="comments"]', { timeout: 30_000 });
    const post = await pollUntil(async () => (await db.rows('posts')).find((row) => row.id === 'douyin:7300000000000000001'), Boolean, {
      what: 'the embedded video post', timeout: 30_000,
    });
    expect(post).toMatchObject({ source: 'embedded', media: 'video', metrics: { likes: 8800, comments: 57, shares: 120, saves: 430 } });
    const comments = await pollUntil(() => db.rows('comments'), (rows) => rows.length >= 5, { what: '2 + 3 comments', timeout: 30_000 });
    const own = comments.filter((row) => row.postId === 'douyin:7300000000000000001');
    expect(ids(own)).toEqual(['douyin:7300000000000000101', 'douyin:7300000000000000102', 'douyin:7300000000000000201']);
    expect(own.find((row) => row.id === 'douyin:7300000000000000201')?.parentId).toBe('douyin:7300000000000000101');
    await tab.close();
  });

  it('the popup shows the database totals and the Douyin count', async () => {
    const posts = await db.rows('posts');
    const comments = await db.rows('comments');
    expect(posts).toHaveLength(66 + 3 + 1);
    expect(comments).toHaveLength(2 + 3);
    const want = popupFromRows(posts, comments, URLS.search);
    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId, URLS.search));
    const shown = await pollUntil(() => readPopup(popup), (view) => view.posts === want.posts && view.comments === want.comments && view.tabCount === want.tabIds.length, {
      what: `popup KPIs ${want.posts} posts / ${want.comments} comments / tab count ${want.tabIds.length}`, timeout: 15_000,
    });
    expect(shown.posts).toBe(70);
    expect(shown.comments).toBe(5);
    expect(shown.platforms.douyin).toBe(want.platforms.douyin);
    expect(shown.platforms.douyin).toBe(75);
    expect(shown.engagement).toBe(want.engagement);
    // This tab (the search page) saw its 3 results and their 2 comments.
    expect(want.tabIds).toHaveLength(5);
    expect(shown.tabCount).toBe(5);
    expect(shown.health.douyin?.errors).toBe(0);
    await popup.close();
  });
});
