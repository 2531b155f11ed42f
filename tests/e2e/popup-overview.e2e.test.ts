// The popup overview in real Chromium with the built extension: the demo pages (own data, published
// 20 minutes to 7 days before "now", so they fall in and out of the 24 h and 7 day windows) are
// browsed and captured, then the overview must show exactly the posts, comments, engagement and net
// sentiment of the records whose time lies in its window, with the change against the window
// before — figures worked out here from the demo data and the stored rows, not from the stats table.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoSite } from '../../lib/cli/demo/site';
import { tourWeibo, tourX } from '../../lib/cli/demo/tour';
import { allComments, WEIBO_DEMO_POSTS } from '../../lib/cli/demo/weibo-data';
import { X_ALL_TWEETS } from '../../lib/cli/demo/x-data';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, routeFixtures, type ExtensionSession } from './harness';

const HOUR = 3_600_000;

interface Window { from: number; to: number }
interface Shown { value: string; change: string }

/** What the overview shows: each card's data-value and its change's, and the chart's buckets. */
async function readOverview(popup: Page) {
  return popup.evaluate(() => {
    const section = document.querySelector<HTMLElement>('[data-testid="popup-overview"]')!;
    const card = (id: string) => {
      const element = section.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
      return { value: element.dataset.value!, change: element.querySelector<HTMLElement>('[data-testid="overview-change"]')!.dataset.value! };
    };
    return {
      range: section.dataset.range,
      from: Number(section.dataset.from),
      to: Number(section.dataset.to),
      posts: card('overview-posts'),
      comments: card('overview-comments'),
      engagement: card('overview-engagement'),
      netSentiment: card('overview-net-sentiment'),
      buckets: Array.from(section.querySelectorAll<HTMLElement>('[data-testid="overview-bucket"]'), (row) => Number(row.dataset.value)),
      pressed: ['24h', '7d'].filter((range) => section.querySelector(`[data-testid="overview-${range}"]`)!.getAttribute('aria-pressed') === 'true'),
    };
  });
}

const inWindow = (at: number, window: Window) => at >= window.from && at < window.to;
const previousOf = (window: Window): Window => ({ from: 2 * window.from - window.to, to: window.from });
/** A row's time as the analytics define it, worked out here: its publish time, else its first capture. */
const timeOf = (row: any) => (row.createdAt && !Number.isNaN(Date.parse(row.createdAt)) ? Date.parse(row.createdAt) : Date.parse(row.firstSeenAt));
/** Weibo and X count likes + comments + shares (anchors A.2); a post with none of them known has no engagement. */
function engagementOf(posts: any[]): number | undefined {
  let sum: number | undefined;
  for (const post of posts) {
    for (const key of ['likes', 'comments', 'shares']) {
      if (typeof post.metrics?.[key] === 'number') sum = (sum ?? 0) + post.metrics[key];
    }
  }
  return sum;
}
/** (positive − negative) ÷ labelled, the user's correction winning over the analyzer. */
function netSentimentOf(rows: any[]): number | undefined {
  const labels = rows.map((row) => row.sentimentCorrection?.label ?? row.sentiment?.label).filter(Boolean);
  if (labels.length === 0) return undefined;
  return (labels.filter((label) => label === 'positive').length - labels.filter((label) => label === 'negative').length) / labels.length;
}
const raw = (value: number | undefined) => (value === undefined ? '' : String(value));

describe('popup overview over captured demo pages', () => {
  // Whole seconds: Weibo shows times to the second, so every record's stored time is exactly now − minutesAgo.
  const site = new DemoSite(new Date(Math.floor(Date.now() / 1000) * 1000));
  const expected = site.expected();
  /** Every captured record's publish time, from the demo data itself. */
  const publishedAt = new Map<string, number>();
  const at = (minutesAgo: number) => site.now.getTime() - minutesAgo * 60_000;
  for (const post of WEIBO_DEMO_POSTS) {
    publishedAt.set(`weibo:${post.id}`, at(post.minutesAgo));
    for (const comment of allComments(post)) publishedAt.set(`weibo:${comment.id}`, at(comment.minutesAgo));
  }
  for (const tweet of X_ALL_TWEETS) publishedAt.set(`x:${site.clock.idOf(tweet)}`, at(tweet.minutesAgo));
  const postIds = [...expected.weibo.posts, ...expected.x.posts];
  const commentIds = [...expected.weibo.comments, ...expected.x.comments];

  let session: ExtensionSession;
  let db: ExtensionDb;
  let posts: any[] = [];
  let comments: any[] = [];

  /** The overview's figures for a window, from the demo's publish times (counts) and the stored rows (engagement, sentiment). */
  function want(window: Window) {
    const count = (ids: string[]) => ids.filter((id) => inWindow(publishedAt.get(id)!, window)).length;
    const rowsIn = (rows: any[]) => rows.filter((row) => inWindow(timeOf(row), window));
    return {
      posts: count(postIds),
      comments: count(commentIds),
      engagement: engagementOf(rowsIn(posts)),
      netSentiment: netSentimentOf([...rowsIn(posts), ...rowsIn(comments)]),
    };
  }

  beforeAll(async () => {
    session = await launchWithExtension();
    await routeFixtures(session.context, site.routes());
    db = await ExtensionDb.open(session.context, session.extensionId);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('captures the Weibo and X demo tours, every record with the publish time the page showed', async () => {
    await (await tourWeibo(session.context, site)).close();
    await (await tourX(session.context, site)).close();
    await pollUntil(async () => (await db.count('posts')) + (await db.count('comments')), (n) => n >= postIds.length + commentIds.length, {
      what: `${postIds.length} posts and ${commentIds.length} comments`,
    });
    posts = await db.rows('posts');
    comments = await db.rows('comments');
    expect(posts.map((row) => row.id).sort()).toEqual([...postIds].sort());
    expect(comments.map((row) => row.id).sort()).toEqual([...commentIds].sort());
    for (const row of [...posts, ...comments]) expect(timeOf(row), row.id).toBe(publishedAt.get(row.id));
    // The data straddles both windows, so each figure below tells the windows apart.
    const minutes = [...publishedAt.values()].map((time) => (site.now.getTime() - time) / 60_000);
    expect(minutes.some((m) => m < 24 * 60) && minutes.some((m) => m > 24 * 60 && m < 48 * 60) && minutes.some((m) => m > 48 * 60)).toBe(true);
  });

  it('24 h: the records published in the last 24 hours, the change against the 24 hours before, one bar per hour', async () => {
    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId));
    await popup.waitForSelector('main[data-ready~="overview"]');
    const shown = await readOverview(popup);
    expect(shown.range).toBe('24h');
    expect(shown.pressed).toEqual(['24h']);
    // The window ends with the hour now is in.
    expect(shown.to % HOUR).toBe(0);
    expect(shown.to - shown.from).toBe(24 * HOUR);
    expect(shown.to).toBeGreaterThan(Date.now() - HOUR);
    expect(shown.to).toBeLessThanOrEqual(Date.now() + HOUR);

    const current = want(shown);
    const previous = want(previousOf(shown));
    expect(current.posts).toBeGreaterThan(0);
    expect(current.comments).toBeGreaterThan(0);
    expect(previous.posts + previous.comments).toBeGreaterThan(0);
    expect(current.engagement).toBeGreaterThan(0);
    expect(current.netSentiment).toBeDefined();
    expect(shown.posts).toEqual<Shown>({ value: String(current.posts), change: String(current.posts - previous.posts) });
    expect(shown.comments).toEqual<Shown>({ value: String(current.comments), change: String(current.comments - previous.comments) });
    expect(shown.engagement.value).toBe(raw(current.engagement));
    expect(shown.engagement.change).toBe(current.engagement === undefined || previous.engagement === undefined ? '' : String(current.engagement - previous.engagement));
    expect(Number(shown.netSentiment.value)).toBeCloseTo(current.netSentiment!, 12);

    const perHour = Array(24).fill(0);
    for (const id of [...postIds, ...commentIds]) {
      const time = publishedAt.get(id)!;
      if (inWindow(time, shown)) perHour[Math.floor((time - shown.from) / HOUR)] += 1;
    }
    expect(shown.buckets).toEqual(perHour);
    await popup.close();
  });

  it('7 days: the toggle changes the figures, and the choice is remembered when the popup opens again', async () => {
    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId));
    await popup.click('[data-testid="overview-7d"]');
    await popup.waitForSelector('[data-testid="popup-overview"][data-range="7d"][data-from]');
    const shown = await readOverview(popup);
    expect(shown.to - shown.from).toBe(7 * 24 * HOUR);
    const current = want(shown);
    const previous = want(previousOf(shown));
    const lastDay = want({ from: shown.to - 24 * HOUR, to: shown.to });
    expect(current.posts).toBeGreaterThan(lastDay.posts);
    expect(current.comments).toBeGreaterThan(lastDay.comments);
    // Published exactly 7 days ago: just before this window, so in the previous one.
    expect(previous.posts).toBeGreaterThan(0);
    expect(shown.posts).toEqual<Shown>({ value: String(current.posts), change: String(current.posts - previous.posts) });
    expect(shown.comments).toEqual<Shown>({ value: String(current.comments), change: String(current.comments - previous.comments) });
    expect(shown.engagement.value).toBe(raw(current.engagement));
    expect(Number(shown.netSentiment.value)).toBeCloseTo(current.netSentiment!, 12);
    expect(shown.buckets.reduce((sum, value) => sum + value, 0)).toBe(current.posts + current.comments);
    await popup.close();

    const again = await session.context.newPage();
    await again.goto(popupUrl(session.extensionId));
    await again.waitForSelector('main[data-ready~="overview"]');
    expect((await readOverview(again)).pressed).toEqual(['7d']);
    await again.close();
  });

  it('the dashboard link opens the analytics view at the same range, with the same post count', async () => {
    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId));
    await popup.waitForSelector('main[data-ready~="overview"]');
    const shown = await readOverview(popup);
    const [dashboard] = await Promise.all([session.context.waitForEvent('page'), popup.click('[data-testid="overview-open-dashboard"]')]);
    await dashboard.waitForURL(/dashboard\.html/);
    expect(dashboard.url()).toBe(`chrome-extension://${session.extensionId}/dashboard.html#analytics?range=${shown.range}`);
    await dashboard.waitForSelector('[data-testid="analytics"][data-ready~="kpis"]');
    expect(await dashboard.getAttribute('[data-testid="kpi-posts"]', 'data-value')).toBe(shown.posts.value);
    expect(await dashboard.getAttribute('[data-testid="kpi-comments"]', 'data-value')).toBe(shown.comments.value);
    await dashboard.close();
    await popup.close();
  });
});
