// The project's own demo pages (invented Lumina Coffee data, lib/cli/demo) browsed in real
// Chromium with the built extension. Needs nothing outside the repository, so it always runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoSite } from '../../lib/cli/demo/site';
import { tourWeibo, tourX } from '../../lib/cli/demo/tour';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, routeFixtures, type ExtensionSession } from './harness';
import { popupFromRows, readPopup } from './popup-view';

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('demo pages (own data) captured in Chromium', () => {
  const site = new DemoSite();
  const expected = site.expected();
  let session: ExtensionSession;
  let db: ExtensionDb;
  let lastTabUrl = '';

  beforeAll(async () => {
    session = await launchWithExtension();
    await routeFixtures(session.context, site.routes());
    db = await ExtensionDb.open(session.context, session.extensionId);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('Weibo tour (status → author → another status, all by SPA navigation) stores exactly its posts and comments', async () => {
    const page = await tourWeibo(session.context, site);
    const want = sorted([...expected.weibo.posts, ...expected.weibo.comments]);
    const rows = await pollUntil(
      async () => [...(await db.rows('posts')), ...(await db.rows('comments'))].filter((row) => row.platform === 'weibo'),
      (found) => found.length >= want.length,
      { what: `${want.length} weibo records` },
    );
    expect(sorted(rows.filter((r) => r.kind === 'post').map((r) => r.id))).toEqual(sorted(expected.weibo.posts));
    expect(sorted(rows.filter((r) => r.kind === 'comment').map((r) => r.id))).toEqual(sorted(expected.weibo.comments));
    const outageComments = rows.filter((r) => r.kind === 'comment' && r.postId === 'weibo:5231401177009988');
    expect(outageComments.length).toBe(7);
    expect(outageComments.every((r) => r.seenOn.includes(site.urls.weiboOutage))).toBe(true);
    await page.close();
  });

  it('X tour (status → profile → search) stores exactly its posts and comments', async () => {
    const page = await tourX(session.context, site);
    const want = [...expected.x.posts, ...expected.x.comments];
    const rows = await pollUntil(
      async () => [...(await db.rows('posts')), ...(await db.rows('comments'))].filter((row) => row.platform === 'x'),
      (found) => found.length >= want.length,
      { what: `${want.length} x records` },
    );
    expect(sorted(rows.filter((r) => r.kind === 'post').map((r) => r.id))).toEqual(sorted(expected.x.posts));
    expect(sorted(rows.filter((r) => r.kind === 'comment').map((r) => r.id))).toEqual(sorted(expected.x.comments));

    lastTabUrl = page.url();
    await page.close();
  });

  it('the popup shows the database totals, both platforms and a clean capture health', async () => {
    const posts = await db.rows('posts');
    const comments = await db.rows('comments');
    const want = popupFromRows(posts, comments, lastTabUrl);
    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId, lastTabUrl));
    const shown = await pollUntil(() => readPopup(popup), (view) => view.posts === posts.length && view.tabCount === want.tabIds.length, {
      what: 'popup showing the demo totals', timeout: 10_000,
    });
    expect(shown.posts).toBe(15);
    expect(shown.comments).toBe(27);
    expect(shown.engagement).toBe(want.engagement);
    expect(shown.platforms).toEqual({ weibo: 23, x: 19 });
    expect(sorted(shown.tabItemIds)).toEqual(sorted(want.tabIds));
    expect(shown.health.weibo).toMatchObject({ errors: 0, skipped: 0 });
    expect(shown.health.x).toMatchObject({ errors: 0, skipped: 0 });
    expect(shown.health.weibo.items).toBeGreaterThanOrEqual(23);
    expect(shown.health.x.items).toBeGreaterThanOrEqual(19);
    await popup.close();
  });

  it('"this tab" after SPA navigation to the search holds all 7 results, also the one first seen on the profile', async () => {
    // The fan review was first captured on /LuminaCoffee (retweeted there), then shown again by
    // the search on the same tab: the search page showed it, so the search page's list has it.
    const posts = await db.rows('posts');
    const comments = await db.rows('comments');
    expect(popupFromRows(posts, comments, lastTabUrl).tabIds).toHaveLength(7);
  });
});
