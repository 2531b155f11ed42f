// Reading the analytics dashboard (entrypoints/dashboard, route #analytics) through its test ids
// (/work/notes/ANALYTICS.md "UI contract"): KPI cards carry their raw number in data-value ("" = unknown).
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';

export const KPI_NAMES = ['posts', 'comments', 'engagement', 'rate', 'net-sentiment', 'sov'] as const;
export type KpiName = (typeof KPI_NAMES)[number];

export interface KpiCard {
  /** data-value as shown: a number's digits, or "" for unknown; null when the card is missing. */
  value: string | null;
  change: string | null;
  text: string;
}
export type KpiView = Record<KpiName, KpiCard>;

export const analyticsUrl = (extensionId: string, query = '') =>
  `chrome-extension://${extensionId}/dashboard.html#analytics${query ? `?${query}` : ''}`;

export async function readKpis(page: Page): Promise<KpiView> {
  return page.evaluate((names) => {
    const view: Record<string, { value: string | null; change: string | null; text: string }> = {};
    for (const name of names) {
      const card = document.querySelector(`[data-testid="kpi-${name}"]`);
      const change = card?.querySelector('[data-testid="kpi-change"]');
      view[name] = { value: card?.getAttribute('data-value') ?? null, change: change?.getAttribute('data-value') ?? null, text: (card as HTMLElement | null)?.innerText ?? '' };
    }
    return view;
  }, [...KPI_NAMES]) as Promise<KpiView>;
}

/** A raw data-value as a number; undefined for "" (unknown). */
export function numberOf(value: string | null): number | undefined {
  if (value === null) throw new Error('KPI card missing');
  return value === '' ? undefined : Number(value);
}

/** Equal up to float noise (sums of fractions in another order). */
export function near(actual: number | undefined, expected: number | undefined): boolean {
  if (actual === undefined || expected === undefined) return actual === expected;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

export async function waitForChart(page: Page): Promise<void> {
  await page.locator('[data-testid="analytics"][data-ready~="chart"]').waitFor({ timeout: 30_000 });
}

export async function openAnalytics(context: BrowserContext, extensionId: string, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(analyticsUrl(extensionId, query));
  await waitForChart(page);
  return page;
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
export async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  // The click gives up before the wait does, so a button that cannot be clicked fails here with Playwright's
  // reason (e.g. "… intercepts pointer events") and cannot click later, into the next spec's download.
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), button.click({ timeout: 10_000 })]);
  const filePath = await file.path();
  if (!filePath) throw new Error(`download ${file.suggestedFilename()} failed: ${await file.failure()}`);
  return { name: file.suggestedFilename(), bytes: readFileSync(filePath) };
}

/** Like kpisUntil, but hands back the last view instead of throwing, so the spec's expects say what differs. */
export async function settleKpis(page: Page, done: (view: KpiView) => boolean, timeout = 25_000): Promise<KpiView> {
  const deadline = Date.now() + timeout;
  let view = await readKpis(page);
  while (!done(view) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    view = await readKpis(page);
  }
  return view;
}

/** Sets the dashboard's hash (same document: the view re-reads its filters). */
export async function setAnalyticsHash(page: Page, query: string): Promise<void> {
  await page.evaluate((hash) => { location.hash = hash; }, `#analytics${query ? `?${query}` : ''}`);
}

export const byTestId = (page: Page | Locator, id: string) => page.locator(`[data-testid="${id}"]`);

/** A PNG as the browser decodes it: its size, how many colours it has, and its top-left pixel (RGBA). */
export function decodePng(page: Page, bytes: Buffer): Promise<{ width: number; height: number; colours: number; corner: number[] }> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4) colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
    return { width: image.naturalWidth, height: image.naturalHeight, colours: colours.size, corner: Array.from(pixels.slice(0, 4)) };
  }, bytes.toString('base64'));
}
