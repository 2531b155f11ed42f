// Reddit in real Chromium with the built extension: a comment thread read from the JSON API (served
// from the shared PRAW capture), then a new-Reddit shreddit page (the project's own fixture: no real
// capture exists) that loads more comments as an HTML fragment, as new Reddit does. The fragment is
// not JSON, so it is read from the DOM once the page inserts it.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared, sharedJson } from '../shared-fixtures';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, REPO_ROOT, routeFixtures, type ExtensionSession } from './harness';
import { readPopup } from './popup-view';
import { sharedFile } from './shared-pages';

const THREAD_URL = 'https://www.reddit.com/r/Lil_SpazJoekp/comments/1j7g9uj/test_post_pls_ignore/myngt77/';
const SHREDDIT_URL = 'https://www.reddit.com/r/photography/comments/1h2k3lm/which_lens_for_street_photography/';
const FRAGMENT = `<shreddit-comment thingid="t1_kx1zzzz" postid="t3_1h2k3lm" depth="0" author="late_reply" score="3"
  permalink="/r/photography/comments/1h2k3lm/comment/kx1zzzz/" created="2025-03-11T10:00:00.000000+0000">
  <div slot="comment"><p>Rent both for a weekend.</p></div></shreddit-comment>`;

function countThings(node: unknown, kind: string): number {
  if (Array.isArray(node)) return node.reduce((sum: number, item) => sum + countThings(item, kind), 0);
  if (!node || typeof node !== 'object') return 0;
  const own = (node as { kind?: unknown }).kind === kind ? 1 : 0;
  return own + Object.values(node).reduce((sum: number, value) => sum + countThings(value, kind), 0);
}

describeShared('Reddit pages captured in Chromium', () => {
  let session: ExtensionSession;
  let db: ExtensionDb;

  beforeAll(async () => {
    session = await launchWithExtension();
    await routeFixtures(session.context, [
      [/^https:\/\/www\.reddit\.com\/r\/Lil_SpazJoekp\/comments\/1j7g9uj\/test_post_pls_ignore\/myngt77\/\.json\?/, { file: sharedFile('reddit/reddit_comment_context_thread_2025.json') }],
      [THREAD_URL, { file: path.join(REPO_ROOT, 'tests/e2e/pages/reddit-comments.html') }],
      [SHREDDIT_URL, { file: path.join(REPO_ROOT, 'tests/fixtures/reddit/shreddit_post_page.html') }],
      [/^https:\/\/www\.reddit\.com\/svc\/shreddit\/more-comments\//, { body: FRAGMENT, contentType: 'text/vnd.reddit.partial+html; charset=utf-8' }],
    ]);
    db = await ExtensionDb.open(session.context, session.extensionId);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the fixture holds 1 post and 67 comments', () => {
    const thread = sharedJson('reddit/reddit_comment_context_thread_2025.json');
    expect(countThings(thread, 't3')).toBe(1);
    expect(countThings(thread, 't1')).toBe(67);
  });

  it('JSON thread: the post and all 67 comments land in IndexedDB', async () => {
    const tab = await session.context.newPage();
    await tab.goto(THREAD_URL);
    await tab.waitForSelector('body[data-loaded]');
    expect(await tab.evaluate(() => (window as any).__page.errors)).toEqual([]);
    const comments = await pollUntil(() => db.rows('comments'), (rows) => rows.length >= 67, { what: '67 Reddit comments in IndexedDB' });
    const posts = await db.rows('posts');
    expect(posts.map((row) => row.id)).toEqual(['reddit:1j7g9uj']);
    expect(posts[0]).toMatchObject({ platform: 'reddit', title: 'Test post pls ignore', metrics: { likes: 1, comments: 228 }, source: 'api' });
    expect(comments).toHaveLength(67);
    expect(comments.every((row) => row.postId === 'reddit:1j7g9uj')).toBe(true);
    expect(comments.find((row) => row.id === 'reddit:mynfuan')).toMatchObject({ parentId: 'reddit:mynfrrh', text: 'Test u/Lil_SpazTest mention' });
    await tab.close();
  });

  it('shreddit page: post and comments from the elements, then a more-comments fragment once inserted', async () => {
    const tab = await session.context.newPage();
    await tab.goto(SHREDDIT_URL);
    await pollUntil(() => db.rows('comments'), (rows) => rows.length >= 67 + 4, { what: '4 shreddit comments in IndexedDB' });
    // What new Reddit's comment tree does on "more replies": fetch a partial and insert it.
    const inserted = await tab.evaluate(async () => {
      const response = await fetch('/svc/shreddit/more-comments/photography/t3_1h2k3lm?cursor=abc');
      const fragment = new DOMParser().parseFromString(await response.text(), 'text/html');
      const tree = document.querySelector('shreddit-comment-tree')!;
      for (const node of Array.from(fragment.body.children)) tree.append(document.importNode(node, true));
      return document.querySelectorAll('shreddit-comment').length;
    });
    expect(inserted).toBe(5);
    const comments = await pollUntil(() => db.rows('comments'), (rows) => rows.some((row) => row.id === 'reddit:kx1zzzz'), { what: 'fragment comment in IndexedDB' });
    expect(comments).toHaveLength(67 + 5);
    const posts = await db.rows('posts');
    expect(posts.find((row) => row.id === 'reddit:1h2k3lm')).toMatchObject({ title: 'Which lens for street photography?', metrics: { likes: 5400, comments: 1234 }, source: 'dom' });
    expect(comments.find((row) => row.id === 'reddit:kx1bbbb')).toMatchObject({ parentId: 'reddit:kx1aaaa', postId: 'reddit:1h2k3lm' });
    expect(comments.find((row) => row.id === 'reddit:kx1zzzz')).toMatchObject({ text: 'Rent both for a weekend.', metrics: { likes: 3 } });

    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId, SHREDDIT_URL));
    const shown = await pollUntil(() => readPopup(popup), (view) => view.posts === 2 && view.comments === 72, { what: 'popup KPIs 2 posts / 72 comments', timeout: 10_000 });
    expect(shown.platforms.reddit).toBe(74);
    expect(shown.health.reddit?.errors).toBe(0);
    await popup.close();
    await tab.close();
  });
});
