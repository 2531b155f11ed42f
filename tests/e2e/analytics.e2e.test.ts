// The analytics dashboard in real Chromium with the built extension (issue #7 acceptance). Two watches
// are set up (Tesla, 吃), then real captures are browsed: a Weibo post's comments (hotflow) and its
// author's timeline (getIndex), and an x.com search (SearchTimeline). The dashboard's KPIs must equal
// what the responses' raw fields say (engagement per the per-platform definition table, rates by views
// and by followers) and what the stored rows' sentiment says; the filters must change them; the CSV,
// PNG and NDJSON exports and the printed report must hold what is shown; campaign compare gives a verdict.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared, sharedJson } from '../shared-fixtures';
import {
  expectedKpis, rawEngagement, type RawComment, type RawPost,
  weiboRawComments, weiboTimelineRawPosts, xRawTimeline,
} from './analytics-expected';
import { columnOf, parseCsv, parseNdjson, pdfPageCount, pngSize, UTF8_BOM } from './analytics-files';
import {
  byTestId, decodePng, download, type KpiView, near, numberOf, openAnalytics, settleKpis, setAnalyticsHash, waitForChart,
} from './analytics-view';
import { ExtensionDb, launchWithExtension, pollUntil, routeFixtures, type ExtensionSession } from './harness';
import { WEIBO_FIXTURES, WEIBO_URLS, weiboRoutes, X_FIXTURES, xRoutes } from './shared-pages';

const X_SEARCH_URL = 'https://x.com/search?q=Tesla&src=typed_query&f=live';
const WATCHES = [
  { name: 'Tesla', terms: ['Tesla'] },
  { name: '吃货', terms: ['吃'], kind: 'competitor' },
] as const;
const DAY = 86_400_000;
/** 8 July 2026 (UTC): the x.com search results were published that evening; 7 July had nothing. */
const JULY_8 = Date.UTC(2026, 6, 8);

type Row = { id: string; kind: string; platform: string; createdAt?: string; firstSeenAt: string; watchIds?: string[]; sentiment?: any; sentimentCorrection?: any; [key: string]: any };
type Basis = 'views' | 'followers';

const sortedIds = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describeShared('analytics dashboard (real Chromium)', () => {
  let session: ExtensionSession;
  let db: ExtensionDb;
  let desk: Page;
  let rawPosts: RawPost[];
  let rawComments: RawComment[];
  let watchIds: Record<string, string>;
  /** Uncaught errors and console errors of the dashboard page: printed, and none may happen. */
  const pageErrors: string[] = [];

  const rawPost = (id: string) => rawPosts.find((post) => post.id === id);
  const storedRows = async (): Promise<Row[]> => [...(await db.rows<Row>('posts')), ...(await db.rows<Row>('comments'))];

  /** What the dashboard must show for the stored rows that pass `keep`: counts and sums from the responses. */
  function want(rows: Row[], keep: (row: Row) => boolean) {
    const kept = rows.filter(keep);
    const posts = kept.filter((row) => row.kind === 'post').map((row) => rawPost(row.id)!);
    return expectedKpis(posts, kept.filter((row) => row.kind === 'comment').length, kept);
  }

  function kpisMatch(view: KpiView, expected: ReturnType<typeof want>, basis: Basis): boolean {
    return numberOf(view.posts.value) === expected.posts
      && numberOf(view.comments.value) === expected.comments
      && near(numberOf(view.engagement.value), expected.engagement)
      && near(numberOf(view.rate.value), expected.rate[basis].value)
      && near(numberOf(view['net-sentiment'].value), expected.netSentiment);
  }

  function expectKpis(view: KpiView, expected: ReturnType<typeof want>, basis: Basis): void {
    expect({ posts: numberOf(view.posts.value), comments: numberOf(view.comments.value) }).toEqual({ posts: expected.posts, comments: expected.comments });
    expect(near(numberOf(view.engagement.value), expected.engagement), `engagement ${view.engagement.value} vs ${expected.engagement}`).toBe(true);
    expect(near(numberOf(view.rate.value), expected.rate[basis].value), `rate by ${basis} ${view.rate.value} vs ${expected.rate[basis].value}`).toBe(true);
    expect(near(numberOf(view['net-sentiment'].value), expected.netSentiment), `net sentiment ${view['net-sentiment'].value} vs ${expected.netSentiment}`).toBe(true);
  }

  /** Waits for the KPIs of `expected`, then checks them one by one (a timeout shows what differs). */
  async function expectShown(expected: ReturnType<typeof want>, basis: Basis): Promise<KpiView> {
    const view = await settleKpis(desk, (shown) => kpisMatch(shown, expected, basis));
    expectKpis(view, expected, basis);
    return view;
  }

  async function choose(testId: string, value: string): Promise<void> {
    await byTestId(desk, testId).selectOption(value);
  }

  /** All time (range=all in the hash), with the other filters of `query`. */
  async function allTime(query = ''): Promise<void> {
    await setAnalyticsHash(desk, ['range=all', query].filter(Boolean).join('&'));
    await waitForChart(desk);
  }

  beforeAll(async () => {
    rawPosts = [...weiboTimelineRawPosts(sharedJson(WEIBO_FIXTURES.userTimeline)), ...xRawTimeline(sharedJson(X_FIXTURES.search)).posts];
    rawComments = [...weiboRawComments(sharedJson(WEIBO_FIXTURES.hotflow)), ...xRawTimeline(sharedJson(X_FIXTURES.search)).comments];
    session = await launchWithExtension({ viewport: { width: 1280, height: 1000 } });
    await routeFixtures(session.context, weiboRoutes());
    await routeFixtures(session.context, xRoutes());
    db = await ExtensionDb.open(session.context, session.extensionId);
  });

  afterAll(async () => {
    if (pageErrors.length) console.info('[e2e] dashboard errors:', pageErrors);
    await session?.close();
  });

  it('the responses hold what the specs below count', () => {
    // 10 timeline statuses + the original one of them reposts; 20 search results + 5 quoted tweets, 2 of them replies.
    expect(rawPosts.filter((post) => post.platform === 'weibo')).toHaveLength(11);
    expect(rawPosts.filter((post) => post.platform === 'x')).toHaveLength(23);
    expect(rawComments.filter((row) => row.id.startsWith('weibo:'))).toHaveLength(21);
    expect(rawComments.filter((row) => row.id.startsWith('x:'))).toHaveLength(2);
    expect(rawPosts.every((post) => rawEngagement(post) !== undefined)).toBe(true);
  });

  it('two watches set up, then the Weibo and x.com pages are captured', async () => {
    const setup = await session.context.newPage();
    await setup.goto(`chrome-extension://${session.extensionId}/dashboard.html#watchlist`);
    for (const watch of WATCHES) {
      await byTestId(setup, 'watch-add').click();
      const form = byTestId(setup, 'watch-form');
      await form.locator('input[name="name"]').fill(watch.name);
      await form.locator('textarea[name="terms"]').fill(watch.terms.join('\n'));
      if ('kind' in watch) await form.locator(`input[name="kind"][value="${watch.kind}"]`).check();
      await byTestId(form, 'watch-save').click();
      await pollUntil(() => db.rows('watches'), (rows) => rows.some((row) => row.name === watch.name), { what: `watch ${watch.name} saved` });
    }
    watchIds = Object.fromEntries((await db.rows('watches')).map((row) => [row.name, row.id]));
    await setup.close();

    for (const [url, loaded] of [
      [WEIBO_URLS.mobileDetail, '/detail/4383183661430868'],
      [WEIBO_URLS.mobileProfile, '/u/1669879400'],
      [X_SEARCH_URL, '/search?q=Tesla&src=typed_query&f=live'],
    ]) {
      const page = await session.context.newPage();
      await page.goto(url);
      await page.waitForSelector(`body[data-loaded="${loaded}"]`);
      await page.close();
    }
    const wantPosts = sortedIds(rawPosts);
    const wantComments = sortedIds(rawComments);
    await pollUntil(storedRows, (rows) => rows.length >= wantPosts.length + wantComments.length, { what: `${wantPosts.length} posts + ${wantComments.length} comments stored` });
    expect(sortedIds(await db.rows('posts'))).toEqual(wantPosts);
    expect(sortedIds(await db.rows('comments'))).toEqual(wantComments);
    // The rollup the dashboard reads exists (schema v5): a failure here is the stats engine's, not the view's.
    const totals = (await db.rows('stats')).filter((row) => row.scope === '' && row.hour === 'all');
    const all = want(await storedRows(), () => true);
    expect({
      posts: sum(totals.map((row) => row.posts)),
      comments: sum(totals.map((row) => row.comments)),
      engagement: sum(totals.map((row) => row.engagement)),
      rateByViewsPosts: sum(totals.map((row) => row.rateByViewsPosts)),
      rateByFollowersPosts: sum(totals.map((row) => row.rateByFollowersPosts)),
    }, 'the running totals in `stats`').toEqual({
      posts: all.posts, comments: all.comments, engagement: all.engagement, rateByViewsPosts: all.rate.views.posts, rateByFollowersPosts: all.rate.followers.posts,
    });

    // Watch tags, checked against the stored texts: 吃 is a substring match, Tesla a whole word.
    const rows = await storedRows();
    const tagged = (name: string) => sortedIds(rows.filter((row) => row.watchIds?.includes(watchIds[name])));
    expect(tagged('吃货')).toEqual(sortedIds(rows.filter((row) => `${row.title ?? ''}\n${row.text}`.includes('吃'))));
    expect(tagged('Tesla')).toEqual(sortedIds(rows.filter((row) => /(?<![\p{L}\p{Nd}_])tesla(?![\p{L}\p{Nd}_])/iu.test(`${row.title ?? ''}\n${row.text}`))));
    expect(tagged('Tesla').length).toBeGreaterThan(5);
    expect(tagged('吃货').length).toBeGreaterThan(5);
  });

  it('all time: the KPIs are the responses\' sums, rate by views and by followers, net sentiment of the stored rows', async () => {
    desk = await openAnalytics(session.context, session.extensionId);
    desk.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    desk.on('console', (message) => { if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`); });
    // The range select, as a user would (the other specs set the same state through the hash).
    await choose('range-preset', 'all');
    await pollUntil(async () => desk.url(), (url) => url.includes('range=all'), { what: 'range=all in the address' });
    const rows = await storedRows();
    const all = want(rows, () => true);
    // The fixtures' own numbers, so a wrong oracle cannot pass unnoticed.
    expect(all.posts).toBe(34);
    expect(all.comments).toBe(23);
    expect(all.engagement).toBe(sum(rawPosts.map((post) => rawEngagement(post)!)));
    expect(all.rate.views.posts).toBe(23); // Weibo timelines show no read counts
    expect(all.rate.followers.posts).toBe(34);
    expect(all.netSentiment).toBeDefined();

    await choose('filter-basis', 'views');
    const byViews = await expectShown(all, 'views');
    expect(byViews.rate.text).toContain('23');
    expect(byViews.rate.text).toContain('34');
    for (const name of ['posts', 'comments', 'engagement', 'rate', 'net-sentiment'] as const) expect(byViews[name].change, `kpi-${name} has a kpi-change`).not.toBeNull();
    // Without a watch chosen, share of voice is the own brand's (Tesla; 吃货 was set up as a competitor):
    // its mentions among all watches' mentions, counted here from the stored rows' tags.
    const mentionsOf = (name: string) => rows.filter((row) => row.watchIds?.includes(watchIds[name])).length;
    expect(numberOf(byViews.sov.value)).toBeCloseTo(mentionsOf('Tesla') / (mentionsOf('Tesla') + mentionsOf('吃货')), 9);
    expect(byViews.sov.text).toContain('Tesla');

    await choose('filter-basis', 'followers');
    const byFollowers = await expectShown(all, 'followers');
    expect(byFollowers.rate.text).toContain('34');
    expect(desk.url()).toContain('basis=followers');
  });

  it('the platform filter narrows every KPI to that platform', async () => {
    const rows = await storedRows();
    await allTime('basis=followers');
    await choose('filter-platform', 'weibo');
    const weibo = want(rows, (row) => row.platform === 'weibo');
    expect([weibo.posts, weibo.comments]).toEqual([11, 21]);
    await expectShown(weibo, 'followers');
    expect(desk.url()).toContain('platform=weibo');

    // No Weibo post states its reads: by views the rate is unknown, shown as a dash.
    await choose('filter-basis', 'views');
    const noViews = await settleKpis(desk, (view) => view.rate.value === '');
    expect(noViews.rate.value).toBe('');
    expect(noViews.rate.text).toContain('—');

    await choose('filter-platform', 'x');
    const x = want(rows, (row) => row.platform === 'x');
    expect([x.posts, x.comments]).toEqual([23, 2]);
    await expectShown(x, 'views');
  });

  it('a range: 8 July 2026 (UTC) holds only x.com records; a range without captures shows 0 and unknowns', async () => {
    const rows = await storedRows();
    // Weibo's timeline shows "06-14"-style dates (no year): whatever year they resolve to, never 8 July 2026.
    const atOf = (row: Row) => Date.parse(row.createdAt ?? row.firstSeenAt);
    const inJuly8 = (row: Row) => atOf(row) >= JULY_8 && atOf(row) < JULY_8 + DAY;
    expect(rows.filter((row) => row.platform === 'weibo' && inJuly8(row))).toEqual([]);
    // …and the oracle's own times (from the raw created_at) agree with the stored ones.
    const july8 = [...rawPosts, ...rawComments].filter((item) => item.createdAt !== undefined && item.createdAt >= JULY_8 && item.createdAt < JULY_8 + DAY);
    expect(sortedIds(rows.filter(inJuly8))).toEqual(sortedIds(july8));

    await setAnalyticsHash(desk, `from=${JULY_8}&to=${JULY_8 + DAY}&basis=views`);
    const expected = want(rows, inJuly8);
    expect([expected.posts, expected.comments]).toEqual([22, 1]);
    const view = await expectShown(expected, 'views');
    // The previous period (7 July) had nothing: the change is the whole count; engagement had no previous value.
    expect(numberOf(view.posts.change)).toBe(expected.posts);
    expect(numberOf(view.comments.change)).toBe(expected.comments);
    expect(view.engagement.change).toBe('');

    // The same day through the date inputs (local days, "to" inclusive; both ends are July 8 here).
    await setAnalyticsHash(desk, 'range=all&basis=views');
    await waitForChart(desk);
    await byTestId(desk, 'range-from').fill('2026-07-08');
    await byTestId(desk, 'range-to').fill('2026-07-08');
    const localJuly8 = new Date(2026, 6, 8).getTime();
    const inLocalJuly8 = (row: Row) => atOf(row) >= localJuly8 && atOf(row) < new Date(2026, 6, 9).getTime();
    await expectShown(want(rows, inLocalJuly8), 'views');
    expect(desk.url()).toMatch(/from=2026-07-08&to=2026-07-08/);

    await setAnalyticsHash(desk, 'from=2020-01-01&to=2020-01-31&basis=views');
    const empty = await settleKpis(desk, (shown) => shown.posts.value === '0' && shown.comments.value === '0');
    expect([empty.posts.value, empty.comments.value]).toEqual(['0', '0']);
    expect([empty.engagement.value, empty.rate.value, empty['net-sentiment'].value]).toEqual(['', '', '']);
    expect(empty.engagement.text).toContain('—');
    expect(empty.rate.text).toContain('—');
  });

  it('the watch filter counts only the records that mention it, with its share of voice', async () => {
    const rows = await storedRows();
    await allTime('basis=followers');
    await choose('filter-watch', watchIds.Tesla);
    const mentions = (name: string) => rows.filter((row) => row.watchIds?.includes(watchIds[name]));
    const tesla = want(rows, (row) => Boolean(row.watchIds?.includes(watchIds.Tesla)));
    expect(tesla.posts).toBeGreaterThan(0);
    const view = await expectShown(tesla, 'followers');
    const allWatchMentions = sum(Object.keys(watchIds).map((name) => mentions(name).length));
    const share = mentions('Tesla').length / allWatchMentions;
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(1);
    const shown = await settleKpis(desk, (current) => near(numberOf(current.sov.value), share));
    expect(numberOf(shown.sov.value), `share of voice ${shown.sov.value} vs ${mentions('Tesla').length}/${allWatchMentions}`).toBeCloseTo(share, 9);
    expect(view.posts.value).toBe(String(tesla.posts));
    expect(desk.url()).toContain(`watch=${encodeURIComponent(watchIds.Tesla)}`);

    await choose('filter-watch', watchIds['吃货']);
    const chi = want(rows, (row) => Boolean(row.watchIds?.includes(watchIds['吃货'])));
    await expectShown(chi, 'followers');
    const chiShare = await settleKpis(desk, (current) => near(numberOf(current.sov.value), 1 - share));
    expect(numberOf(chiShare.sov.value)).toBeCloseTo(1 - share, 9);
  });

  it('CSV of the top posts downloads the rows shown, with their urls and engagement (UTF-8 BOM)', async () => {
    await allTime('basis=views');
    await expectShown(want(await storedRows(), () => true), 'views');
    const panel = byTestId(desk, 'panel-top-posts');
    const shownRows = byTestId(panel, 'top-post');
    await shownRows.first().waitFor();
    const shown = await shownRows.evaluateAll((items) => items.map((item) => ({
      id: item.getAttribute('data-id'),
      href: item.querySelector('a[href^="http"]')?.getAttribute('href') ?? null,
      text: (item as HTMLElement).innerText,
    })));
    const file = await download(desk, byTestId(panel, 'export-csv'));
    expect(file.name).toMatch(/\.csv$/);
    const text = file.bytes.toString('utf8');
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text).toContain('\r\n');
    expect(text).toContain('Dear-迪丽热巴'); // Chinese intact in UTF-8
    const [header, ...lines] = parseCsv(text).filter((line) => line.some((cell) => cell !== ''));
    expect(lines).toHaveLength(shown.length);
    const urlColumn = columnOf(header, /url|link|链接/i);
    const engagementColumn = columnOf(header, /^engagement$|engagement\b|互动/i);
    const posts = await db.rows<Row>('posts');
    const byUrl = new Map(posts.map((post) => [post.url as string, post]));
    const ranked = [...rawPosts].sort((a, b) => rawEngagement(b)! - rawEngagement(a)!);
    lines.forEach((line, i) => {
      const stored = byUrl.get(line[urlColumn]);
      expect(stored, `CSV row ${i + 1} url ${line[urlColumn]} is a stored post`).toBeDefined();
      expect(Number(line[engagementColumn]), `engagement of ${stored!.id}`).toBe(rawEngagement(rawPost(stored!.id)!));
      if (shown[i].href) expect(line[urlColumn]).toBe(shown[i].href);
      if (shown[i].id) expect(stored!.id).toBe(shown[i].id);
    });
    // The top posts by engagement, highest first.
    expect(lines.map((line) => byUrl.get(line[urlColumn])!.id)).toEqual(ranked.slice(0, lines.length).map((post) => post.id));
  });

  it('CSV of the top authors holds the authors shown, with their post counts and engagement', async () => {
    const panel = byTestId(desk, 'panel-authors');
    const shownRows = byTestId(panel, 'top-author');
    await shownRows.first().waitFor();
    const shownCount = await shownRows.count();
    const file = await download(desk, byTestId(panel, 'export-csv'));
    const text = file.bytes.toString('utf8');
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const [header, ...lines] = parseCsv(text).filter((line) => line.some((cell) => cell !== ''));
    expect(lines).toHaveLength(shownCount);
    const nameColumn = columnOf(header, /name|author|作者/i);
    const postsColumn = columnOf(header, /^posts$|posts\b|帖/i);
    const engagementColumn = columnOf(header, /engagement|互动/i);
    for (const line of lines) {
      const theirs = rawPosts.filter((post) => post.author.name === line[nameColumn]);
      expect(theirs.length, `author ${line[nameColumn]} has posts in the responses`).toBeGreaterThan(0);
      expect(Number(line[postsColumn])).toBe(theirs.length);
      expect(Number(line[engagementColumn])).toBe(sum(theirs.map((post) => rawEngagement(post)!)));
    }
  });

  it('the volume chart downloads as a PNG of the drawn size', async () => {
    const panel = byTestId(desk, 'panel-volume');
    const file = await download(desk, byTestId(panel, 'export-png'));
    expect(file.name).toMatch(/\.png$/);
    const size = pngSize(file.bytes);
    expect(size.width).toBeGreaterThanOrEqual(200);
    expect(size.height).toBeGreaterThanOrEqual(100);
    // The browser decodes it to that size, and it is a drawing (many colours), not a blank canvas.
    const decoded = await decodePng(desk, file.bytes);
    expect({ width: decoded.width, height: decoded.height }).toEqual(size);
    expect(decoded.colours).toBeGreaterThan(10);
    expect(decoded.corner).toEqual([255, 255, 255, 255]); // exported on white, not transparent
  });

  it('NDJSON holds exactly the stored posts and comments of the filter', async () => {
    await allTime('basis=views');
    await choose('filter-platform', 'weibo');
    await settleKpis(desk, (view) => view.posts.value === '11');
    const file = await download(desk, byTestId(desk, 'export-ndjson'));
    expect(file.name).toMatch(/\.ndjson$|\.jsonl$/);
    const records = parseNdjson(file.bytes.toString('utf8'));
    const stored = (await storedRows()).filter((row) => row.platform === 'weibo');
    expect(sortedIds(records)).toEqual(sortedIds(stored));
    expect(records).toHaveLength(32);
    // Raw: each line is the stored row as kept.
    const storedById = new Map(stored.map((row) => [row.id, row]));
    for (const record of records) expect(record).toEqual(storedById.get(record.id));
  });

  it('the print report: one page with the KPIs, without navigation or filters', async () => {
    await allTime('basis=views');
    await expectShown(want(await storedRows(), () => true), 'views');
    // The button asks the browser to print (a dialog headless Chromium cannot show): see that it does.
    await desk.evaluate(() => { (window as any).__printed = 0; window.print = () => { (window as any).__printed++; }; });
    await byTestId(desk, 'print-report').click();
    expect(await desk.evaluate(() => (window as any).__printed)).toBe(1);

    await desk.emulateMedia({ media: 'print' });
    try {
      for (const id of ['range-preset', 'filter-platform', 'filter-watch', 'export-ndjson', 'print-report']) {
        expect(await byTestId(desk, id).first().isVisible(), `${id} hidden in print`).toBe(false);
      }
      expect(await byTestId(desk, 'tab-analytics').isVisible(), 'navigation hidden in print').toBe(false);
      for (const id of ['kpi-posts', 'kpi-comments', 'kpi-engagement', 'kpi-rate', 'kpi-net-sentiment', 'panel-volume', 'panel-sentiment', 'panel-top-posts']) {
        expect(await byTestId(desk, id).isVisible(), `${id} printed`).toBe(true);
      }
      for (const id of ['panel-authors', 'panel-keywords', 'panel-compare', 'panel-definitions']) {
        expect(await byTestId(desk, id).isVisible(), `${id} left off the one-page report`).toBe(false);
      }
      const pdf = await desk.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfPageCount(pdf)).toBe(1);
    } finally {
      await desk.emulateMedia({ media: 'screen' });
    }
  });

  it('campaign compare: two windows side by side with a verdict', async () => {
    await allTime('basis=views');
    const panel = byTestId(desk, 'panel-compare');
    // A: 28 Jun – 2 Jul (one quoted post, one quoted reply); B: 7–8 Jul (the search evening).
    await byTestId(panel, 'compare-a-from').fill('2026-06-28');
    await byTestId(panel, 'compare-a-to').fill('2026-07-02');
    await byTestId(panel, 'compare-b-from').fill('2026-07-07');
    await byTestId(panel, 'compare-b-to').fill('2026-07-08');
    const postsRow = panel.locator('[data-testid="compare-row"][data-metric="posts"]');
    await postsRow.waitFor();
    // Posts per local day in each window, from the responses' publish times.
    const localDay = (text: string, offset = 0) => { const [y, m, d] = text.split('-').map(Number); return new Date(y, m - 1, d + offset).getTime(); };
    const perDay = (from: string, days: number) => Array.from({ length: days }, (_, i) =>
      rawPosts.filter((post) => post.createdAt !== undefined && post.createdAt >= localDay(from, i) && post.createdAt < localDay(from, i + 1)).length);
    const daysA = perDay('2026-06-28', 5);
    const daysB = perDay('2026-07-07', 2);
    const [a, b] = [sum(daysA), sum(daysB)];
    expect([a, b]).toEqual([1, 22]);
    // The verdict rule (ANALYTICS.md): Welch's z of the per-day values, |z| ≥ 2 is larger than the day-to-day variation.
    const mean = (values: number[]) => sum(values) / values.length;
    const variance = (values: number[]) => sum(values.map((value) => (value - mean(values)) ** 2)) / (values.length - 1);
    const z = (mean(daysB) - mean(daysA)) / Math.sqrt(variance(daysA) / daysA.length + variance(daysB) / daysB.length);
    const wantVerdict = Math.abs(z) >= 2 ? 'larger' : 'within';
    expect(wantVerdict).toBe('within'); // one busy evening against a quiet week: within the day-to-day noise
    const verdict = postsRow.locator('[data-testid="compare-verdict"]');
    await pollUntil(() => verdict.getAttribute('data-verdict'), (value) => value === wantVerdict, { what: `posts verdict ${wantVerdict} (z ${z.toFixed(2)})` });
    expect(await postsRow.innerText()).toContain(`z = ${z.toFixed(1)}`);
    // Share of voice without a chosen watch: nothing to compare.
    expect(await panel.locator('[data-testid="compare-row"][data-metric="shareOfVoice"] [data-testid="compare-verdict"]').getAttribute('data-verdict')).toBe('too-little');
    // The row's cells: A, B, change, relative change (raw numbers in data-value).
    const cells = () => postsRow.locator('td[data-value]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')));
    const shown = await pollUntil(cells, (values) => values[0] === String(a) && values[1] === String(b), { what: `compare posts A=${a} B=${b}` });
    expect(shown.slice(0, 3)).toEqual([String(a), String(b), String(b - a)]);
    const commentsRow = panel.locator('[data-testid="compare-row"][data-metric="comments"] td[data-value]');
    expect((await commentsRow.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')))).slice(0, 2)).toEqual(['1', '1']);
  });

  it('the dashboard threw no errors along the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
