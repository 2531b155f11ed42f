// Zhihu pages in real Chromium with the built extension: a zhuanlan article whose XHR is answered
// with the real 2015 /api/posts capture, the real 2021 column page and 2015 question page served as
// saved, and an answer page with embedded state that fetches its comments. What each holds must land
// in the extension's database once, and the popup must show it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared } from '../shared-fixtures';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, routeFixtures, type ExtensionSession } from './harness';
import type { FixtureRoutes } from './routes';
import { popupFromRows, readPopup } from './popup-view';
import { page, sharedFile } from './shared-pages';

const FIXTURES = {
  zhuanlanPost: 'zhihu/zhuanlan_api_post_2015.json',
  columnPage: 'zhihu/zhihu_column_page_dom_2021.html',
  questionPage: 'zhihu/zhihu_question_page_2015.html',
} as const;

const URLS = {
  article: 'https://zhuanlan.zhihu.com/p/20202275',
  column: 'https://www.zhihu.com/column/c_1335313713054887936',
  question: 'https://www.zhihu.com/question/24825703',
  answer: 'https://www.zhihu.com/question/600000001/answer/3100000001',
} as const;

const ownFixture = (name: string) => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/zhihu', name);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

function zhihuRoutes(): FixtureRoutes {
  return [
    [/^https:\/\/zhuanlan\.zhihu\.com\/p\/\d+$/, page('zhihu-zhuanlan.html')],
    ['https://zhuanlan.zhihu.com/api/posts/20202275', { file: sharedFile(FIXTURES.zhuanlanPost) }],
    [URLS.column, { file: sharedFile(FIXTURES.columnPage) }],
    [URLS.question, { file: sharedFile(FIXTURES.questionPage) }],
    [URLS.answer, page('zhihu-answer.html')],
    [/^https:\/\/www\.zhihu\.com\/api\/v4\/comment_v5\/answers\/3100000001\/root_comment\?/, { file: ownFixture('comment_v5_root.json') }],
  ];
}

/** The answer tokens of the 2015 page, read with a regex independent of the adapter. */
function legacyAnswerIds(html: string): string[] {
  return Array.from(html.matchAll(/data-atoken="(\d+)"/g), (match) => `zhihu:answer:${match[1]}`).sort();
}

describeShared('Zhihu pages captured in Chromium', () => {
  let session: ExtensionSession;
  let db: ExtensionDb;
  let questionIds: string[];

  beforeAll(async () => {
    questionIds = legacyAnswerIds(readFileSync(sharedFile(FIXTURES.questionPage), 'utf8'));
    session = await launchWithExtension();
    await routeFixtures(session.context, zhihuRoutes());
    db = await ExtensionDb.open(session.context, session.extensionId);
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  it('the fixtures hold what the specs below count', () => {
    expect(questionIds).toHaveLength(50);
    expect(new Set(questionIds).size).toBe(50);
  });

  it('zhuanlan article (XHR /api/posts, 2015 shape): the one article lands, and the page got the same bytes', async () => {
    const tab = await session.context.newPage();
    await tab.goto(URLS.article);
    await tab.waitForSelector('body[data-loaded="post"]');
    const posts = await pollUntil(() => db.rows('posts'), (rows) => rows.length >= 1, { what: 'the zhuanlan article in IndexedDB', timeout: 20_000 });
    expect(ids(posts)).toEqual(['zhihu:article:20202275']);
    expect(posts[0]).toMatchObject({ platform: 'zhihu', source: 'api', metrics: { likes: 963, comments: 199 }, author: { name: '谢熊猫君' } });
    expect(posts[0].seenOn).toContain(URLS.article);
    const seen = await tab.evaluate(() => (window as any).__page.responses);
    expect(seen.map((r: any) => r.sha256)).toEqual([sha256(readFileSync(sharedFile(FIXTURES.zhuanlanPost)))]);
    await tab.close();
  }, 60_000);

  it('2021 column page (real saved DOM): its 3 article cards land with the author from js-initialData', async () => {
    const tab = await session.context.newPage();
    await tab.goto(URLS.column);
    const expected = ['zhihu:article:345790344', 'zhihu:article:347402803', 'zhihu:article:348810960'];
    const posts = await pollUntil(() => db.rows('posts'), (rows) => expected.every((id) => rows.some((row) => row.id === id)), {
      what: 'the 3 column cards in IndexedDB', timeout: 20_000,
    });
    const cards = posts.filter((row) => expected.includes(row.id));
    expect(cards.every((row) => row.author.name === 'bigo前端' && row.author.handle === 'feng-ye-85' && row.seenOn.includes(URLS.column))).toBe(true);
    expect(posts).toHaveLength(4);
    await tab.close();
  }, 60_000);

  it('2015 question page (retired layout, real saved page): all 50 answers land', async () => {
    const tab = await session.context.newPage();
    await tab.goto(URLS.question);
    const posts = await pollUntil(() => db.rows('posts'), (rows) => questionIds.every((id) => rows.some((row) => row.id === id)), {
      what: 'the 50 answers of the 2015 question page in IndexedDB', timeout: 30_000,
    });
    expect(posts).toHaveLength(54);
    const answers = posts.filter((row) => questionIds.includes(row.id));
    expect(answers.reduce((sum, row) => sum + row.metrics.likes, 0)).toBe(4911);
    expect(answers.every((row) => row.seenOn.includes(URLS.question) && row.title === '关系亲密的人之间要说「谢谢」吗？')).toBe(true);
    await tab.close();
  }, 60_000);

  it('answer page: embedded answer and question, then fetched comment_v5 comments with their threads', async () => {
    const tab = await session.context.newPage();
    await tab.goto(URLS.answer);
    await tab.waitForSelector('body[data-loaded="comments"]');
    const comments = await pollUntil(() => db.rows('comments'), (rows) => rows.length >= 4, { what: '4 answer comments in IndexedDB', timeout: 20_000 });
    expect(ids(comments)).toEqual(['zhihu:comment:10500000001', 'zhihu:comment:10500000002', 'zhihu:comment:10500000003', 'zhihu:comment:10500000004']);
    expect(comments.every((row) => row.postId === 'zhihu:answer:3100000001')).toBe(true);
    expect(comments.find((row) => row.id === 'zhihu:comment:10500000003')?.parentId).toBe('zhihu:comment:10500000002');
    const posts = await pollUntil(() => db.rows('posts'), (rows) => rows.length >= 56, { what: 'answer + question posts', timeout: 20_000 });
    expect(posts.find((row) => row.id === 'zhihu:answer:3100000001')).toMatchObject({ source: 'embedded', metrics: { likes: 15034, saves: 890 } });
    expect(posts.some((row) => row.id === 'zhihu:question:600000001')).toBe(true);
    await tab.close();
  }, 60_000);

  it('the popup shows the totals, the Zhihu count and this tab\'s items', async () => {
    const posts = await db.rows('posts');
    const comments = await db.rows('comments');
    expect([posts.length, comments.length]).toEqual([56, 4]);
    const want = popupFromRows(posts, comments, URLS.answer);
    expect(want.tabIds).toHaveLength(6);

    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId, URLS.answer));
    const shown = await pollUntil(() => readPopup(popup), (view) => view.posts === 56 && view.tabCount === want.tabIds.length, {
      what: 'popup KPIs 56 posts / tab count 6', timeout: 15_000,
    });
    expect(shown.posts).toBe(56);
    expect(shown.comments).toBe(4);
    expect(shown.engagement).toBe(want.engagement);
    expect(shown.platforms.zhihu).toBe(60);
    expect([...shown.tabItemIds].sort()).toEqual([...want.tabIds].sort());
    expect(shown.health.zhihu?.errors).toBe(0);
    await popup.close();
  }, 60_000);
});
