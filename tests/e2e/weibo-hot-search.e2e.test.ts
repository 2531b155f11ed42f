// weibo.com 热搜 page in real Chromium with the built extension: the page's own fetches of the hot list
// (ajax/statuses/hot_band and ajax/side/hotSearch) are answered with the project's own fixtures (no
// real capture of these exists; see lib/platforms/weibo-hot.test.ts), and every entry must land in the
// extension's trends table once, and count in the popup's captures per hour.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, REPO_ROOT, routeFixtures, type ExtensionSession } from './harness';
import { readPopup } from './popup-view';
import { page } from './shared-pages';

const HOT_PAGE = 'https://weibo.com/hot/search';
const ownFixture = (name: string) => ({ file: path.join(REPO_ROOT, 'tests/fixtures/weibo', name) });
// side/hotSearch: 4 entries (an ad and an empty word left out); hot_band: 3 (a repeat and a broken item
// left out); 听风新品发布会 and 台风最新路径 are on both lists.
const EXPECTED_WORDS = ['听风新品发布会', '台风最新路径', '明天降温', '考研成绩查询', '周末去哪儿'];

describe('weibo.com hot-search page captured in Chromium', () => {
  let session: ExtensionSession;
  let db: ExtensionDb;

  beforeAll(async () => {
    session = await launchWithExtension();
    await routeFixtures(session.context, [
      ['https://weibo.com/hot/search', page('weibo-hot-search.html')],
      ['https://weibo.com/ajax/statuses/hot_band', ownFixture('statuses_hot_band_small.json')],
      ['https://weibo.com/ajax/side/hotSearch', ownFixture('side_hotSearch_small.json')],
    ]);
    db = await ExtensionDb.open(session.context, session.extensionId);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('both hot lists land as trends, each word once, with the place and heat of the newest list read', async () => {
    const tab = await session.context.newPage();
    await tab.goto(HOT_PAGE);
    await tab.waitForSelector('body[data-loaded="hot"]');
    expect(await tab.locator('#band li').count()).toBe(4);

    const trends = await pollUntil(() => db.rows('trends'), (rows) => rows.length >= EXPECTED_WORDS.length, { what: '5 weibo trends in IndexedDB' });
    expect(trends.map((row) => row.id).sort()).toEqual(EXPECTED_WORDS.map((word) => `weibo:hot:${word}`).sort());
    expect(trends.every((row) => row.platform === 'weibo' && row.kind === 'trend' && row.seenOn.includes(HOT_PAGE))).toBe(true);
    const byTitle = Object.fromEntries(trends.map((row) => [row.title, row]));
    expect(byTitle['周末去哪儿']).toMatchObject({ rank: 3, heat: 88888, url: 'https://s.weibo.com/weibo?q=%23%E5%91%A8%E6%9C%AB%E5%8E%BB%E5%93%AA%E5%84%BF%23' });
    expect(byTitle['考研成绩查询']).toMatchObject({ rank: 5, heat: 413000 });
    expect([2400001, 2345678]).toContain(byTitle['听风新品发布会'].heat);
    expect(await db.count('posts')).toBe(0);
    await tab.close();
  });

  it('the popup is not empty: no posts or comments, and the 5 trends counted in captures per hour', async () => {
    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId, HOT_PAGE));
    const hourlyTotal = () => popup.locator('[data-testid="hourly-total"]').getAttribute('data-value').catch(() => null);
    await pollUntil(hourlyTotal, (value) => value === '5', { what: 'popup hourly total 5', timeout: 10_000 });
    const shown = await readPopup(popup);
    expect(shown.posts).toBe(0);
    expect(shown.comments).toBe(0);
    expect(shown.health.weibo?.items).toBe(5 + 2); // 4 + 3 sent; the two words on both lists are sent twice
    expect(shown.health.weibo?.errors).toBe(0);
    expect(shown.health.weibo?.skipped).toBe(2); // the empty word and the broken band_list item
    await popup.close();
  });
});
