// WeChat article pages in real Chromium with the built extension. An article page is itself the capture:
// the three real 2018 pages from ../shared/fixtures/wechat are served as the pages, and the read/like
// counts come the way the page's own script asks for them (POST mp/getappmsgext), answered with the
// project's own fixture (no real capture exists: it needs a WeChat client session).
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared } from '../shared-fixtures';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, REPO_ROOT, routeFixtures, type ExtensionSession } from './harness';
import { readPopup } from './popup-view';
import { sharedFile } from './shared-pages';

// Real article URLs of the three pages (the ids are the ones in each page's script variables).
const ARTICLES = [
  { file: 'wechat/mp_weixin_article_backgroud-image_2018.html', url: 'https://mp.weixin.qq.com/s?__biz=ODUzMjkwMzYx&mid=2654593305&idx=1', id: 'wechat:ODUzMjkwMzYx_2654593305_1', title: '4月6日周五【新闻速览一分钟】' },
  { file: 'wechat/mp_weixin_article_mpvoice_2018.html', url: 'https://mp.weixin.qq.com/s?__biz=MjM5ODAyNTcwMA==&mid=2651788393&idx=1', id: 'wechat:MjM5ODAyNTcwMA==_2651788393_1', title: '语音 | 早安武汉〔2018.3.19 周一〕' },
  { file: 'wechat/mp_weixin_article_qqmusic_2018.html', url: 'https://mp.weixin.qq.com/s?__biz=MzIwOTc2ODc1NQ==&mid=2247484727&idx=1', id: 'wechat:MzIwOTc2ODc1NQ==_2247484727_1', title: '关于音乐' },
] as const;
const STATS_URL = 'https://mp.weixin.qq.com/mp/getappmsgext?f=json&__biz=ODUzMjkwMzYx&mid=2654593305&sn=&idx=1&appmsg_token=t';

describeShared('WeChat article pages captured in Chromium', () => {
  let session: ExtensionSession;
  let db: ExtensionDb;

  beforeAll(async () => {
    session = await launchWithExtension();
    await routeFixtures(session.context, [
      ...ARTICLES.map(({ file, url }) => [url, { file: sharedFile(file), contentType: 'text/html; charset=utf-8' }] as const),
      [/^https:\/\/mp\.weixin\.qq\.com\/mp\/getappmsgext\?/, { file: path.join(REPO_ROOT, 'tests/fixtures/wechat/getappmsgext_small.json') }],
    ]);
    db = await ExtensionDb.open(session.context, session.extensionId);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('each article page lands as one post: title, account, byline, time and text from the page', async () => {
    for (const article of ARTICLES) {
      const tab = await session.context.newPage();
      await tab.goto(article.url, { waitUntil: 'domcontentloaded' });
      await pollUntil(() => db.rows('posts'), (rows) => rows.some((row) => row.id === article.id), { what: `${article.id} in IndexedDB` });
      await tab.close();
    }
    const posts = await db.rows('posts');
    expect(posts.map((row) => row.id).sort()).toEqual(ARTICLES.map((a) => a.id).sort());
    for (const article of ARTICLES) {
      const row = posts.find((post) => post.id === article.id);
      expect(row).toMatchObject({ platform: 'wechat', media: 'article', title: article.title, source: 'embedded', metrics: {} });
      expect(row.seenOn).toContain(article.url);
      expect(row.text.length).toBeGreaterThan(1000);
    }
    expect(posts.find((row) => row.id === ARTICLES[0].id)).toMatchObject({
      author: { id: 'wechat:ODUzMjkwMzYx', name: '华商报' },
      byline: '🌏华商君',
      createdAt: '2018-04-05T22:56:20.000Z',
    });
    // Read in Chromium after the page's own inline scripts ran: the same body text as in Node.
    const text: string = posts.find((row) => row.id === ARTICLES[0].id).text;
    expect(text.split('\n')[0]).toBe('早上好~');
    expect(text.split('\n').at(-1)).toBe('欢迎分享到朋友圈~');
  });

  it('the counts the page fetches from mp/getappmsgext merge into the article read from the page', async () => {
    const tab = await session.context.newPage();
    await tab.goto(ARTICLES[0].url, { waitUntil: 'domcontentloaded' });
    // What the article's own script does once loaded (its appmsg.js is not served here: no network).
    const status = await tab.evaluate(async (url) => (await fetch(url, { method: 'POST', body: 'is_only_read=1' })).status, STATS_URL);
    expect(status).toBe(200);
    const posts = await pollUntil(() => db.rows('posts'), (rows) => rows.some((row) => row.metrics?.views === 100001), { what: 'read count merged' });
    expect(posts).toHaveLength(3);
    expect(posts.find((row) => row.id === ARTICLES[0].id)).toMatchObject({
      metrics: { views: 100001, likes: 2345 },
      title: ARTICLES[0].title,
      author: { id: 'wechat:ODUzMjkwMzYx', name: '华商报' },
    });
    await tab.close();
  });

  it('the popup shows 3 posts, 0 comments and the WeChat count', async () => {
    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId, ARTICLES[0].url));
    const shown = await pollUntil(() => readPopup(popup), (view) => view.posts === 3, { what: 'popup KPIs 3 posts', timeout: 10_000 });
    expect(shown.comments).toBe(0);
    expect(shown.platforms.wechat).toBe(3);
    expect(shown.engagement).toBe(2345);
    expect(shown.tabItemIds).toEqual([ARTICLES[0].id]);
    expect(shown.health.wechat?.errors).toBe(0);
    await popup.close();
  });
});
