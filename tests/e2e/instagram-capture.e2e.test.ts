// An Instagram post page in real Chromium with the built extension: the legacy graphql/query answer
// (the real 2021 capture) is fetched, then an SPA step POSTs api/graphql by XHR for the xdt home feed
// (the project's own fixture: no capture of the current shape exists); the popup shows the totals.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared, sharedJson } from '../shared-fixtures';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, routeFixtures, REPO_ROOT, type ExtensionSession, type FixtureRoutes } from './harness';
import { popupFromRows, readPopup } from './popup-view';
import { PAGES_DIR, sharedFile } from './shared-pages';

const LEGACY = 'instagram/ig_graphql_shortcode_media_2021.json';
const FEED = path.join(REPO_ROOT, 'tests/fixtures/instagram/xdt_feed_timeline.json');
const POST_URL = 'https://www.instagram.com/p/CSTg-0FH89e/';
const HOME_URL = 'https://www.instagram.com/';
const POST_ID = 'instagram:2635595260958330718';
const FEED_IDS = ['instagram:3400000000000000001', 'instagram:3400000000000000002'];

function instagramRoutes(): FixtureRoutes {
  return [
    [/^https:\/\/www\.instagram\.com\/p\/[\w-]+\/$/, { file: path.join(PAGES_DIR, 'instagram-post.html') }],
    // Only the shortcode the capture is of: another one gets a 404, as a wrong one would.
    [/^https:\/\/www\.instagram\.com\/graphql\/query\/\?/, (url) => (JSON.parse(url.searchParams.get('variables') ?? '{}').shortcode === 'CSTg-0FH89e'
      ? { file: sharedFile(LEGACY) }
      : { status: 404, body: '{"status":"fail"}' })],
    [/^https:\/\/www\.instagram\.com\/api\/graphql$/, { file: FEED }],
  ];
}

describeShared('Instagram pages captured in Chromium', () => {
  let session: ExtensionSession;
  let db: ExtensionDb;
  // Read in beforeAll: without ../shared a skipped suite's body still runs, and the file is absent.
  let commentIds: string[];

  beforeAll(async () => {
    const parents = sharedJson(LEGACY).data.shortcode_media.edge_media_to_parent_comment.edges as any[];
    commentIds = parents.flatMap((edge) => [edge.node.id, ...edge.node.edge_threaded_comments.edges.map((reply: any) => reply.node.id)])
      .map((id: string) => `instagram:${id}`).sort();
    session = await launchWithExtension();
    await routeFixtures(session.context, instagramRoutes());
    db = await ExtensionDb.open(session.context, session.extensionId);
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  it('post page: the post and its 109 comments land, replies threaded under their parents', async () => {
    expect(commentIds).toHaveLength(109);
    const page = await session.context.newPage();
    await page.goto(POST_URL);
    await page.waitForSelector('body[data-loaded="post"]');
    expect(await page.locator('#comments li').count()).toBe(109);

    const comments = await pollUntil(() => db.rows('comments'), (rows) => rows.length >= 109, { what: '109 Instagram comments in IndexedDB', timeout: 30_000 });
    expect(comments.map((row) => row.id).sort()).toEqual(commentIds);
    expect(comments.every((row) => row.postId === POST_ID && row.seenOn.includes(POST_URL))).toBe(true);
    expect(comments.filter((row) => row.parentId)).toHaveLength(59);
    expect(comments.find((row) => row.id === 'instagram:17922812404751001')).toMatchObject({
      parentId: 'instagram:17893266416179905', text: '@chunn.17 你好色', author: { handle: 'mi.816_' },
    });

    const posts = await pollUntil(() => db.rows('posts'), (rows) => rows.length >= 1, { what: 'the Instagram post in IndexedDB' });
    expect(posts.map((row) => row.id)).toEqual([POST_ID]);
    expect(posts[0]).toMatchObject({
      url: POST_URL, text: '嗨 我是被判定色情內容ㄉ物體', metrics: { likes: 1692, comments: 122 }, createdAt: '2021-08-08T07:24:20.000Z',
      author: { handle: 'mi.816_', followers: 11001 },
    });
    expect(await page.evaluate(() => (window as any).__page.errors)).toEqual([]);
    await page.close();
  }, 120_000);

  it('SPA home: pushState, then the XHR POST api/graphql feed lands as 2 posts (the ad left out)', async () => {
    const page = await session.context.newPage();
    await page.goto(POST_URL);
    await page.waitForSelector('body[data-loaded="post"]');
    await page.click('#to-home');
    await page.waitForSelector('body[data-loaded="home"]');
    expect(page.url()).toBe(HOME_URL);

    const posts = await pollUntil(() => db.rows('posts'), (rows) => FEED_IDS.every((id) => rows.some((row) => row.id === id)), {
      what: 'the 2 feed posts', timeout: 30_000,
    });
    expect(posts.map((row) => row.id).sort()).toEqual([...FEED_IDS, POST_ID].sort());
    expect(posts.find((row) => row.id === FEED_IDS[1])).toMatchObject({ url: 'https://www.instagram.com/reel/C9bbbbbbbbb/', metrics: { views: 45678 } });
    expect(posts.filter((row) => row.seenOn.includes(HOME_URL))).toHaveLength(2);
    const pageSaw = await page.evaluate(() => (window as any).__page);
    expect(pageSaw.responses.map((r: any) => [r.via, r.status])).toEqual([['fetch', 200], ['xhr', 200]]);
    expect(pageSaw.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('the popup shows 3 posts, 109 comments and 112 Instagram items, and this tab\'s 2', async () => {
    const posts = await db.rows('posts');
    const comments = await db.rows('comments');
    const want = popupFromRows(posts, comments, HOME_URL);
    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId, HOME_URL));
    const shown = await pollUntil(() => readPopup(popup), (view) => view.posts === 3 && view.tabCount === want.tabIds.length, {
      what: 'popup KPIs 3 posts', timeout: 20_000,
    });
    expect([shown.posts, shown.comments]).toEqual([3, 109]);
    expect(shown.platforms.instagram).toBe(112);
    expect(shown.engagement).toBe(want.engagement);
    expect(shown.tabCount).toBe(2);
    expect(shown.health.instagram?.errors).toBe(0);
    await popup.close();
  }, 60_000);
});
