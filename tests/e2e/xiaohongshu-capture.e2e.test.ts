// A Xiaohongshu note page in real Chromium with the built extension: its embedded state (a JS literal
// with `undefined` in it) is read as data, its cross-origin edith API calls (fetch, then a POST by XHR
// after a pushState "search") are answered with the real captures, and the popup shows the totals.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared, sharedJson } from '../shared-fixtures';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, routeFixtures, type ExtensionSession, type FixtureRoutes } from './harness';
import { popupFromRows, readPopup } from './popup-view';
import { PAGES_DIR, sharedFile } from './shared-pages';

const FIXTURES = {
  comments: 'xiaohongshu/xhs_web_v2_comment_page_2024.json',
  search: 'xiaohongshu/xhs_web_v1_search_notes_2024.json',
} as const;
const NOTE_ID = '66696f98000000000d00f289';
const NOTE_URL = `https://www.xiaohongshu.com/explore/${NOTE_ID}?xsec_token=AB2ngtDge1SBYqsH8NXPJ25m5KaxP5SN8lmIUC6lh1Kpg%3D`;
const SEARCH_URL = 'https://www.xiaohongshu.com/search_result?keyword=%E5%AE%A2%E6%88%B7&source=web_explore_feed';
// The page calls another origin (edith), as the real site does: the answers must allow it.
const CORS = { 'access-control-allow-origin': 'https://www.xiaohongshu.com', 'access-control-allow-credentials': 'true' };
const xhsId = (id: string) => `xiaohongshu:${id}`;

function xiaohongshuRoutes(): FixtureRoutes {
  return [
    [/^https:\/\/www\.xiaohongshu\.com\/(?:explore\/|search_result)/, { file: path.join(PAGES_DIR, 'xiaohongshu-note.html') }],
    // Only the note the capture is of: another note id gets a 404, as a wrong id would.
    [/^https:\/\/edith\.xiaohongshu\.com\/api\/sns\/web\/v2\/comment\/page\?/, (url) => (url.searchParams.get('note_id') === NOTE_ID
      ? { file: sharedFile(FIXTURES.comments), headers: CORS }
      : { status: 404, body: '{}', headers: CORS })],
    [/^https:\/\/edith\.xiaohongshu\.com\/api\/sns\/web\/v1\/search\/notes$/, { file: sharedFile(FIXTURES.search), headers: CORS }],
  ];
}

describeShared('Xiaohongshu pages captured in Chromium', () => {
  let session: ExtensionSession;
  let db: ExtensionDb;
  // Read in beforeAll: without ../shared a skipped suite's body still runs, and these files are absent.
  let commentIds: string[];
  let searchIds: string[];

  beforeAll(async () => {
    const comments = sharedJson(FIXTURES.comments).data.comments as any[];
    commentIds = comments.flatMap((c) => [c.id, ...(c.sub_comments ?? []).map((s: any) => s.id)]).map(xhsId).sort();
    searchIds = (sharedJson(FIXTURES.search).data.items as any[]).filter((i) => i.model_type === 'note').map((i) => xhsId(i.id)).sort();
    session = await launchWithExtension();
    await routeFixtures(session.context, xiaohongshuRoutes());
    db = await ExtensionDb.open(session.context, session.extensionId);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the fixtures hold what the specs below count', () => {
    expect(commentIds).toHaveLength(19);
    expect(searchIds).toHaveLength(20);
    expect(searchIds).toContain(xhsId(NOTE_ID));
  });

  it('note page: the embedded note and the 19 fetched comments land, threads kept', async () => {
    const page = await session.context.newPage();
    await page.goto(NOTE_URL);
    await page.waitForSelector('body[data-loaded="comments"]');
    expect(await page.locator('#comments li').count()).toBe(19);

    const comments = await pollUntil(() => db.rows('comments'), (rows) => rows.length >= 19, { what: '19 Xiaohongshu comments in IndexedDB' });
    expect(comments.map((row) => row.id).sort()).toEqual(commentIds);
    expect(comments.every((row) => row.postId === xhsId(NOTE_ID) && row.seenOn.includes(NOTE_URL))).toBe(true);
    expect(comments.filter((row) => row.parentId)).toHaveLength(9);
    expect(comments.find((row) => row.id === xhsId('66cbd789000000000f00435d'))).toMatchObject({
      parentId: xhsId('66cb0747000000000f00c50e'), author: { location: '河南' }, metrics: { likes: 0 },
    });

    const posts = await pollUntil(() => db.rows('posts'), (rows) => rows.length >= 1, { what: 'the embedded note in IndexedDB' });
    expect(posts.map((row) => row.id)).toEqual([xhsId(NOTE_ID)]);
    expect(posts[0]).toMatchObject({ text: '测试页面的正文 #获客', metrics: { likes: 45 }, createdAt: '2024-06-12T09:51:20.000Z' });
    expect(await page.evaluate(() => (window as any).__page.errors)).toEqual([]);
    await page.close();
  });

  it('SPA search: pushState, then the XHR POST search/notes lands as 20 posts, the note not twice', async () => {
    const page = await session.context.newPage();
    await page.goto(NOTE_URL);
    await page.waitForSelector('body[data-loaded="comments"]');
    await page.click('#search-go');
    await page.waitForSelector('body[data-loaded="search"]');
    expect(page.url()).toBe(SEARCH_URL);
    // The page renders the results as `.note-item` cards, which the DOM fallback also reads.
    expect(await page.locator('.note-item').count()).toBe(20);

    const posts = await pollUntil(() => db.rows('posts'), (rows) => searchIds.every((id) => rows.some((row) => row.id === id)), {
      what: 'the 20 search results as posts',
    });
    expect(posts.map((row) => row.id).sort()).toEqual(searchIds);
    expect(posts.filter((row) => row.seenOn.includes(SEARCH_URL))).toHaveLength(20);
    // The embedded note and its search card are one row, seen on both pages.
    const note = posts.find((row) => row.id === xhsId(NOTE_ID));
    expect(note.seenOn).toEqual(expect.arrayContaining([NOTE_URL, SEARCH_URL]));
    expect(await db.count('comments')).toBe(19);
    const pageSaw = await page.evaluate(() => (window as any).__page);
    expect(pageSaw.responses.map((r: any) => [r.via, r.status])).toEqual([['fetch', 200], ['xhr', 200]]);
    expect(pageSaw.errors).toEqual([]);
    await page.close();
  });

  it('the popup shows 20 posts, 19 comments and 39 Xiaohongshu items, and this tab\'s 20', async () => {
    const posts = await db.rows('posts');
    const comments = await db.rows('comments');
    const want = popupFromRows(posts, comments, SEARCH_URL);
    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId, SEARCH_URL));
    const shown = await pollUntil(() => readPopup(popup), (view) => view.posts === 20 && view.tabCount === want.tabIds.length, {
      what: 'popup KPIs 20 posts', timeout: 10_000,
    });
    expect([shown.posts, shown.comments]).toEqual([20, 19]);
    expect(shown.platforms.xiaohongshu).toBe(39);
    expect(shown.engagement).toBe(want.engagement);
    expect(shown.engagement).toBe(60754);
    expect(shown.tabCount).toBe(20);
    expect(shown.health.xiaohongshu?.errors).toBe(0);
    await popup.close();
  });
});
