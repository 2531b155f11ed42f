// `npm run demo [-- --headless] [--out DIR]`: Chromium with the built extension browses Lumina
// Coffee's (invented) Weibo and X pages, served locally, then opens the popup in a tab.
// Headless, it saves screenshots, prints what the extension stored and exits.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, routeFixtures, type ExtensionSession } from '../../tests/e2e/harness';
import { DemoSite } from './demo/site';
import { tourWeibo, tourX } from './demo/tour';

interface DemoOptions {
  headless: boolean;
  outDir: string;
}

const USAGE = 'Usage: npm run demo [-- --headless] [--out DIR]   (screenshots go to DIR, default demo-output/)';

function parseArgs(argv: readonly string[]): DemoOptions {
  const options: DemoOptions = { headless: false, outDir: 'demo-output' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--headless') options.headless = true;
    else if (arg === '--out' && argv[i + 1]) options.outDir = argv[++i];
    else if (arg.startsWith('--out=')) options.outDir = arg.slice('--out='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`Unknown argument ${arg}\n${USAGE}`);
  }
  return options;
}

/** A window needs a display; without one, say how to get it and carry on headless. */
function resolveHeadless(wanted: boolean): boolean {
  if (wanted || process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return wanted;
  console.warn('[demo] No display found: running headless. For a visible window run `xvfb-run -a npm run demo` (Debian: apt-get install xvfb xauth).');
  return true;
}

interface StoredSummary {
  rows: Array<{ platform: string; posts: number; comments: number }>;
  health: Array<{ adapter: string; items: number; errors: number; skipped: number }>;
  total: number;
}

async function summarize(db: ExtensionDb): Promise<StoredSummary> {
  const byPlatform = new Map<string, { posts: number; comments: number }>();
  for (const kind of ['posts', 'comments'] as const) {
    for (const row of await db.rows<{ platform: string }>(kind)) {
      const entry = byPlatform.get(row.platform) ?? { posts: 0, comments: 0 };
      entry[kind] += 1;
      byPlatform.set(row.platform, entry);
    }
  }
  const rows = [...byPlatform].map(([platform, counts]) => ({ platform, ...counts }));
  return { rows, health: await db.rows('health'), total: rows.reduce((sum, row) => sum + row.posts + row.comments, 0) };
}

function printSummary(summary: StoredSummary, expectedTotal: number, outDir?: string): void {
  console.log('\nCaptured by Earshot (read from its IndexedDB):');
  console.log('  platform   posts  comments');
  for (const row of summary.rows) console.log(`  ${row.platform.padEnd(9)} ${String(row.posts).padStart(6)} ${String(row.comments).padStart(9)}`);
  console.log(`  total      ${summary.total} records (the demo pages hold ${expectedTotal})`);
  if (summary.health.length) {
    console.log('  capture health: ' + summary.health.map((h) => `${h.adapter} items ${h.items}, errors ${h.errors}, skipped ${h.skipped}`).join(' · '));
  }
  if (outDir) console.log(`Screenshots: ${outDir}`);
}

async function openPopup(session: ExtensionSession, tabUrl: string, headless: boolean): Promise<Page> {
  const popup = await session.context.newPage();
  // The toolbar popup is about 380 px wide; a headless screenshot uses the same width.
  if (headless) await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(popupUrl(session.extensionId, tabUrl));
  await popup.waitForSelector('[data-testid="kpi-posts"]', { timeout: 10_000 }).catch(() => {
    console.warn('[demo] The popup shows no KPI cards (is the popup built?).');
  });
  await popup.bringToFront();
  return popup;
}

/** The desk's analytics over the demo week (the demo's posts reach back seven days). */
async function openAnalytics(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/dashboard.html#analytics?range=7d`);
  await page.waitForSelector('[data-testid="analytics"][data-ready~="chart"]', { timeout: 15_000 }).catch(() => {
    console.warn('[demo] The analytics view did not finish drawing (is the dashboard built?).');
  });
  return page;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const headless = resolveHeadless(options.headless);
  const outDir = path.resolve(options.outDir);
  if (headless) mkdirSync(outDir, { recursive: true });

  const site = new DemoSite();
  const expected = site.expected();
  const expectedTotal = [expected.weibo, expected.x].reduce((sum, e) => sum + e.posts.length + e.comments.length, 0);
  const session = await launchWithExtension({ headless, viewport: { width: 1100, height: 800 }, handleSIGINT: false });
  console.log(`[demo] ${session.version.text} · extension ${session.extensionId} loaded via ${session.loadMethod === 'cdp' ? 'DevTools protocol' : '--load-extension'}`);
  try {
    await routeFixtures(session.context, site.routes());
    const db = await ExtensionDb.open(session.context, session.extensionId);
    const shot = async (name: string, page: Page) => {
      if (headless) await page.screenshot({ path: path.join(outDir, `${name}.png`) });
      else await page.waitForTimeout(1200);
    };

    console.log('[demo] Browsing Weibo: 光合咖啡 launch post → brand profile → outage note');
    await tourWeibo(session.context, site, shot);
    console.log('[demo] Browsing X: @LuminaCoffee launch post → profile → search "Lumina coffee"');
    const lastTab = await tourX(session.context, site, shot);

    const summary = await pollUntil(() => summarize(db), (s) => s.total >= expectedTotal, { what: 'captured records', timeout: 15_000 })
      .catch(async () => summarize(db));
    await db.close();

    const analytics = await openAnalytics(session);
    if (headless) await analytics.screenshot({ path: path.join(outDir, 'dashboard-analytics.png'), fullPage: true });
    const popup = await openPopup(session, lastTab.url(), headless);
    await popup.waitForTimeout(800);
    if (headless) await popup.screenshot({ path: path.join(outDir, 'popup.png'), fullPage: true });
    printSummary(summary, expectedTotal, headless ? outDir : undefined);

    if (summary.total === 0) {
      console.error('[demo] Nothing was captured: is the extension built with its content scripts and background (npx wxt build)?');
      return 1;
    }
    if (!headless) {
      console.log('[demo] The popup and the analytics desk are open in tabs. Close the browser window (or press Ctrl+C) to finish.');
      await new Promise<void>((resolve) => {
        session.context.on('close', () => resolve());
        process.once('SIGINT', () => resolve());
      });
    }
    return 0;
  } finally {
    await session.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[demo] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
