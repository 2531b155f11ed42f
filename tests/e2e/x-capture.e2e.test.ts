// x.com in real Chromium with the built extension: a status page's TweetDetail, then SPA
// navigation (pushState) to the author's timeline and to a search, each answered with a real
// GraphQL capture; what each response holds must land in the extension's database.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared, sharedJson } from '../shared-fixtures';
import { xTimelineTweets, type XTimelineTweet } from './expected';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, routeFixtures, type ExtensionSession } from './harness';
import { popupFromRows, readPopup } from './popup-view';
import { X_FIXTURES, X_URLS, xRoutes } from './shared-pages';

const xId = (id: string) => `x:${id}`;

/** A cell is kept when its tweet, or for a pure retweet the original, is stored. */
function keptIds(cells: XTimelineTweet[], stored: Set<string>): string[] {
  return cells.filter((cell) => stored.has(xId(cell.id)) || (cell.retweetOf && stored.has(xId(cell.retweetOf)))).map((cell) => cell.id);
}

describeShared('x.com pages captured in Chromium', () => {
  let session: ExtensionSession;
  let db: ExtensionDb;

  // Read in beforeAll, not here: vitest runs a skipped suite's body too, and without ../shared
  // these files do not exist.
  let userTweets: XTimelineTweet[];
  let search: XTimelineTweet[];
  let focal: XTimelineTweet[];
  let replies: XTimelineTweet[];

  beforeAll(async () => {
    const detail = xTimelineTweets(sharedJson(X_FIXTURES.tweetDetail));
    userTweets = xTimelineTweets(sharedJson(X_FIXTURES.userTweets));
    search = xTimelineTweets(sharedJson(X_FIXTURES.search));
    focal = detail.filter((tweet) => !tweet.isReply);
    replies = detail.filter((tweet) => tweet.isReply);
    session = await launchWithExtension();
    await routeFixtures(session.context, xRoutes());
    db = await ExtensionDb.open(session.context, session.extensionId);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the fixtures hold what the specs below count', () => {
    expect(focal).toHaveLength(1);
    expect(replies).toHaveLength(36);
    expect(userTweets).toHaveLength(21);
    expect(userTweets.filter((tweet) => tweet.isReply)).toHaveLength(1);
    expect(search).toHaveLength(20);
  });

  it('status page: TweetDetail lands as 1 post and its 36 replies as comments of it', async () => {
    const page = await session.context.newPage();
    await page.goto(X_URLS.status);
    await page.waitForSelector('body[data-loaded]');
    expect(await page.locator('[data-testid="cellInnerDiv"]').count()).toBe(37);

    const comments = await pollUntil(() => db.rows('comments'), (rows) => rows.length >= 36, { what: '36 TweetDetail replies in IndexedDB' });
    const posts = await db.rows('posts');
    expect(posts.map((row) => row.id)).toEqual([xId(focal[0].id)]);
    expect(comments.map((row) => row.id).sort()).toEqual(replies.map((reply) => xId(reply.id)).sort());
    expect(comments.every((row) => row.postId === xId(focal[0].id))).toBe(true);
    expect(posts[0].seenOn).toContain(X_URLS.status);

    // The popup on this tab: the same totals as the database, all of it on this tab.
    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId, X_URLS.status));
    const want = popupFromRows(posts, comments, X_URLS.status);
    const shown = await pollUntil(() => readPopup(popup), (view) => view.tabCount === 37, { what: 'popup tab count 37', timeout: 10_000 });
    expect([shown.posts, shown.comments, shown.engagement]).toEqual([1, 36, want.engagement]);
    expect(shown.platforms.x).toBe(37);
    expect(shown.tabItemIds).toHaveLength(37);
    await popup.close();
    await page.close();
  });

  it('SPA navigation: the profile link pushes /XDevelopers and UserTweets is captured on the new URL', async () => {
    const page = await session.context.newPage();
    await page.goto(X_URLS.status);
    await page.waitForSelector('body[data-loaded]');
    await page.click('#to-profile');
    await page.waitForSelector('body[data-loaded="/XDevelopers"]');
    expect(page.url()).toBe(X_URLS.profile);

    const stored = await pollUntil(
      async () => new Set([...(await db.rows('posts')), ...(await db.rows('comments'))].map((row) => row.id as string)),
      (ids) => keptIds(userTweets, ids).length === userTweets.length,
      { what: 'every UserTweets cell (or its retweeted original) in IndexedDB' },
    );
    expect(keptIds(userTweets, stored)).toHaveLength(21);
    const reply = userTweets.find((tweet) => tweet.isReply)!;
    const replyRow = (await db.rows('comments')).find((row) => row.id === xId(reply.id));
    expect(replyRow?.seenOn).toContain(X_URLS.profile);
    // The first page's records were not stored again under new ids.
    expect((await db.rows('comments')).filter((row) => replies.some((r) => xId(r.id) === row.id))).toHaveLength(36);
    await page.close();
  });

  it('SPA navigation to a search (XHR SearchTimeline) captures its 20 results as posts', async () => {
    const page = await session.context.newPage();
    await page.goto(X_URLS.profile);
    await page.waitForSelector('body[data-loaded="/XDevelopers"]');
    await page.click('#search-go');
    await page.waitForSelector('body[data-loaded^="/search"]');
    expect(page.url().startsWith(X_URLS.searchPrefix)).toBe(true);

    const want = search.map((tweet) => xId(tweet.id));
    const posts = await pollUntil(() => db.rows('posts'), (rows) => want.every((id) => rows.some((row) => row.id === id)), {
      what: 'the 20 SearchTimeline results as posts',
    });
    const searchRows = posts.filter((row) => want.includes(row.id));
    expect(searchRows).toHaveLength(20);
    expect(searchRows.every((row) => row.seenOn.includes(page.url()))).toBe(true);
    const pageSaw = await page.evaluate(() => (window as any).__page.responses.map((r: any) => r.via));
    expect(pageSaw).toEqual(['fetch', 'xhr']);
    await page.close();
  });
});
