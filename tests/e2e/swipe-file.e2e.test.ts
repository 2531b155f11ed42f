// The swipe file in real Chromium: three demo posts are saved — with the popup's button, the context
// menu and the keyboard shortcut — each with its counts and a picture of the post; a revisit with higher
// counts shows growth; the library finds them in Chinese and English; an exported bundle imported into
// a fresh profile reproduces the library byte for byte.
//
// The menu and the shortcut are browser UI that headless Chromium cannot be driven through: as in
// context-menu.e2e.test.ts, the spec grants activeTab with Extensions.triggerAction (what the user's
// gesture does) and fires the browser's own contextMenus.onClicked / commands.onCommand events in the
// service worker. The production listeners run unchanged.
import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoSite } from '../../lib/cli/demo/site';
import { LUMINA_WEIBO, WEIBO_DEMO_LAUNCH, WEIBO_DEMO_OUTAGE } from '../../lib/cli/demo/weibo-data';
import { statusesShow } from '../../lib/cli/demo/weibo-shapes';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, routeFixtures, type ExtensionSession } from './harness';

declare const chrome: any;

const LAUNCH_ID = `weibo:${WEIBO_DEMO_LAUNCH.id}`;
const OUTAGE_ID = `weibo:${WEIBO_DEMO_OUTAGE.id}`;

async function grantActiveTab(session: ExtensionSession, url: string): Promise<void> {
  const browserCdp = await session.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await browserCdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as { targetInfos: { targetId: string; url: string }[] };
  const target = targetInfos.find((info) => info.url === url)!;
  await browserCdp.send('Extensions.triggerAction' as never, { id: session.extensionId, targetId: target.targetId } as never);
  await browserCdp.detach();
}

async function openPost(session: ExtensionSession, db: ExtensionDb, url: string, recordId: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-loaded]');
  await page.bringToFront();
  await pollUntil(() => db.rows('posts'), (rows) => rows.some((row) => row.id === recordId), { what: `${recordId} captured` });
  return page;
}


describe('swipe file (real Chromium)', () => {
  const site = new DemoSite();
  let session: ExtensionSession;
  let db: ExtensionDb;
  let worker: Worker;
  let bundlePath: string;

  beforeAll(async () => {
    session = await launchWithExtension({ viewport: { width: 1000, height: 900 } });
    await routeFixtures(session.context, site.routes());
    db = await ExtensionDb.open(session.context, session.extensionId);
    worker = session.serviceWorker;
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the popup button saves the post in view with its counts and a picture of it', async () => {
    const post = await openPost(session, db, site.urls.weiboLaunch, LAUNCH_ID);
    // The toolbar click that opens the real popup grants activeTab on the post's tab; the popup page then
    // opens in a window of its own, so the post's tab stays the one in view.
    await grantActiveTab(session, site.urls.weiboLaunch);
    const popupPromise = session.context.waitForEvent('page');
    await worker.evaluate((url) => chrome.windows.create({ url, type: 'popup', width: 420, height: 800, focused: false }), popupUrl(session.extensionId, site.urls.weiboLaunch));
    const popup = await popupPromise;
    await popup.locator('[data-testid="save-example"]').click();
    const examples = await pollUntil(() => db.rows('examples'), (rows) => rows.length === 1, { what: 'the saved example' });
    const stored = (await db.rows('posts')).find((row) => row.id === LAUNCH_ID);
    expect(examples[0]).toMatchObject({ id: `ex:${LAUNCH_ID}`, recordId: LAUNCH_ID, platform: 'weibo', metricsAtSave: stored.metrics });
    expect(examples[0].metricsAtSave.likes).toBe(WEIBO_DEMO_LAUNCH.likes);
    expect(examples[0].image).toMatchObject({ mime: 'image/png', cropped: true });
    const image = (await db.rowsWithBytes('exampleImages')).find((row) => row.exampleId === examples[0].id);
    const bytes: number[] = image.bytes;
    expect(bytes.slice(1, 4)).toEqual([0x50, 0x4e, 0x47]); // "PNG"
    expect(bytes.length).toBeGreaterThan(1000);
    await popup.close();
    await post.close();
  });

  it('the context menu saves the post of the page it was clicked in', async () => {
    const post = await openPost(session, db, site.urls.weiboOutage, OUTAGE_ID);
    await grantActiveTab(session, site.urls.weiboOutage);
    await worker.evaluate(async (url) => {
      const [tab] = (await chrome.tabs.query({})).filter((candidate: any) => candidate.url === url);
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'save-example', pageUrl: url, frameId: 0, editable: false }, tab);
    }, site.urls.weiboOutage);
    const examples = await pollUntil(() => db.rows('examples'), (rows) => rows.some((row) => row.recordId === OUTAGE_ID), { what: 'the outage example' });
    const example = examples.find((row) => row.recordId === OUTAGE_ID);
    expect(example.metricsAtSave.likes).toBe(WEIBO_DEMO_OUTAGE.likes);
    expect(example.image?.bytes).toBeGreaterThan(1000);
    await post.close();
  });

  it('the keyboard shortcut saves the X post in view', async () => {
    const xId = `x:${site.clock.idOf((await import('../../lib/cli/demo/x-data')).X_LAUNCH)}`;
    const post = await openPost(session, db, site.urls.xLaunch, xId);
    await grantActiveTab(session, site.urls.xLaunch);
    await worker.evaluate(async (url) => {
      const [tab] = (await chrome.tabs.query({})).filter((candidate: any) => candidate.url === url);
      chrome.commands.onCommand.dispatch('save-example', tab);
    }, site.urls.xLaunch);
    const examples = await pollUntil(() => db.rows('examples'), (rows) => rows.some((row) => row.recordId === xId), { what: 'the X example' });
    const example = examples.find((row) => row.recordId === xId);
    const stored = (await db.rows('posts')).find((row) => row.id === xId);
    expect(example.metricsAtSave).toEqual(stored.metrics);
    expect(example.image?.bytes).toBeGreaterThan(1000);
    await post.close();
  });

  it('seen again with higher counts, the example shows its growth', async () => {
    const bumped = { ...WEIBO_DEMO_LAUNCH, likes: WEIBO_DEMO_LAUNCH.likes + 1500 };
    await routeFixtures(session.context, [
      [new RegExp(`^https://weibo\\.com/ajax/statuses/show\\?id=${WEIBO_DEMO_LAUNCH.mblogid}`), { body: JSON.stringify(statusesShow(bumped, site.now)) }],
    ]);
    const post = await session.context.newPage();
    await post.goto(site.urls.weiboLaunch);
    await pollUntil(() => db.rows('posts'), (rows) => rows.find((row) => row.id === LAUNCH_ID)?.metrics.likes === bumped.likes, { what: 'the higher counts stored' });
    await post.close();

    const desk = await session.context.newPage();
    await desk.goto(`chrome-extension://${session.extensionId}/dashboard.html#library`);
    const card = desk.locator(`[data-testid="example-item"][data-id="ex:${LAUNCH_ID}"]`);
    await card.waitFor();
    const growth = card.locator('[data-testid="example-growth"]');
    await pollUntil(() => growth.textContent(), (text) => /1[,.]?500|\+1\.5K|1\.5K|1500/.test(text ?? ''), { what: 'growth of +1500 likes shown' });
    await desk.close();
  });

  it('search finds examples in Chinese and in English', async () => {
    const desk = await session.context.newPage();
    await desk.goto(`chrome-extension://${session.extensionId}/dashboard.html#library`);
    await desk.locator('[data-testid="example-item"]').first().waitFor();
    const shown = async () => desk.locator('[data-testid="example-item"]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.id));
    await desk.locator('[data-testid="library-search"]').fill('桂花');
    await pollUntil(shown, (ids) => ids.length === 1, { what: 'one result for 桂花' });
    expect(await shown()).toEqual([`ex:${LAUNCH_ID}`]);
    await desk.locator('[data-testid="library-search"]').fill('oat latte');
    await pollUntil(shown, (ids) => ids.length === 1 && ids[0]!.startsWith('ex:x:'), { what: 'the X post for "oat latte"' });
    await desk.locator('[data-testid="library-search"]').fill('退款');
    await pollUntil(shown, (ids) => ids.includes(`ex:${OUTAGE_ID}`), { what: 'the outage post for 退款' });
    await desk.locator('[data-testid="library-search"]').fill('');

    const [download] = await Promise.all([desk.waitForEvent('download'), desk.locator('[data-testid="library-export-bundle"]').click()]);
    bundlePath = (await download.path())!;
    expect(JSON.parse(readFileSync(bundlePath, 'utf8'))).toMatchObject({ format: 'earshot-swipe-file', version: 1 });
    await desk.close();
  });

  it('an exported bundle imported into a fresh profile reproduces the library exactly', async () => {
    const examplesBefore = await db.rows('examples');
    const saved = new Set(examplesBefore.map((row) => row.recordId));
    const before = {
      examples: examplesBefore,
      images: await db.rowsWithBytes('exampleImages'),
      records: (await db.rows('posts')).filter((row) => saved.has(row.id)),
      snapshots: (await db.rows('snapshots')).filter((row) => saved.has(row.postId)),
    };
    const fresh = await launchWithExtension();
    try {
      const freshDb = await ExtensionDb.open(fresh.context, fresh.extensionId);
      const desk = await fresh.context.newPage();
      await desk.goto(`chrome-extension://${fresh.extensionId}/dashboard.html#library`);
      await desk.locator('[data-testid="library-import"]').setInputFiles(bundlePath);
      const examples = await pollUntil(() => freshDb.rows('examples'), (rows) => rows.length === before.examples.length, { what: 'the imported examples' });
      const byId = (rows: any[]) => [...rows].sort((a, b) => String(a.id ?? a.exampleId).localeCompare(String(b.id ?? b.exampleId)));
      expect(byId(examples)).toEqual(byId(before.examples));
      const images = await freshDb.rowsWithBytes('exampleImages');
      expect(byId(images)).toEqual(byId(before.images));
      // The saved posts and their metric history come along whole, so growth stays visible.
      expect(byId(await freshDb.rows('posts'))).toEqual(byId(before.records));
      expect(await freshDb.rows('snapshots')).toEqual(before.snapshots);
      await desk.locator('[data-testid="example-item"]').first().waitFor();
      expect(await desk.locator('[data-testid="example-item"]').count()).toBe(before.examples.length);
    } finally {
      await fresh.close();
    }
  });
});
