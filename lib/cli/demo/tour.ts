// Browse the demo pages as a person would: open a post, scroll, tap the author (SPA navigation),
// open another post or search. Shared by `npm run demo` and the e2e spec on the demo pages.
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_SEARCH_QUERY, type DemoSite } from './site';
import { WEIBO_DEMO_OUTAGE } from './weibo-data';

/** Called after each step, e.g. to take a screenshot. */
export type TourStep = (name: string, page: Page) => Promise<void>;

async function loaded(page: Page, marker: string): Promise<void> {
  await page.waitForSelector(`body[data-loaded=${JSON.stringify(marker)}]`, { timeout: 15_000 });
}

async function scrollThrough(page: Page): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(150);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;

export async function tourWeibo(context: BrowserContext, site: DemoSite, step: TourStep = async () => {}): Promise<Page> {
  const { urls } = site;
  const page = await context.newPage();
  await page.goto(urls.weiboLaunch);
  await loaded(page, pathOf(urls.weiboLaunch));
  await step('weibo-status', page);
  await scrollThrough(page);

  await page.click('article.card a.author');
  await loaded(page, pathOf(urls.weiboProfile));
  await step('weibo-profile', page);

  await page.click(`a.status-link[href$="/${WEIBO_DEMO_OUTAGE.mblogid}"]`);
  await loaded(page, pathOf(urls.weiboOutage));
  await scrollThrough(page);
  await step('weibo-outage', page);
  return page;
}

export async function tourX(context: BrowserContext, site: DemoSite, step: TourStep = async () => {}): Promise<Page> {
  const { urls } = site;
  const page = await context.newPage();
  await page.goto(urls.xLaunch);
  await loaded(page, pathOf(urls.xLaunch));
  await step('x-status', page);
  await scrollThrough(page);

  await page.click(`article a.name[href="${pathOf(urls.xProfile)}"]`);
  await loaded(page, pathOf(urls.xProfile));
  await step('x-profile', page);

  await page.fill('#search input[name="q"]', DEMO_SEARCH_QUERY);
  await page.press('#search input[name="q"]', 'Enter');
  await page.waitForSelector('body[data-loaded^="/search?"]', { timeout: 15_000 });
  await step('x-search', page);
  return page;
}
