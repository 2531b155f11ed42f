// The popup's quick check in real Chromium: the demo launch post (invented Lumina Coffee data, served
// by routes) is opened, its mixed Chinese/English comments are captured and scored at ingest, and
// the popup opened on that tab shows their mix. A correction made in the popup changes the counts,
// survives reopening the popup, and comes out of the labelled-data export.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoSite } from '../../lib/cli/demo/site';
import { allComments, LUMINA_WEIBO, WEIBO_DEMO_LAUNCH } from '../../lib/cli/demo/weibo-data';
import { analyze } from '../../lib/sentiment';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, routeFixtures, type ExtensionSession } from './harness';

type Label = 'positive' | 'neutral' | 'negative';

interface CheckShown {
  postId?: string;
  sample?: number;
  counts: Record<Label, number>;
  shares: Record<Label, number>;
  net?: number;
  tooFew: boolean;
  topNegativeId?: string;
  topPositiveId?: string;
}

async function readCheck(page: Page): Promise<CheckShown> {
  return page.evaluate(() => {
    const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    const number = (element: HTMLElement | null, key: string) => {
      const raw = element?.dataset[key];
      return raw === undefined ? undefined : Number(raw);
    };
    const labels = ['positive', 'neutral', 'negative'] as const;
    return {
      postId: byTestId('page-check')?.dataset.postId,
      sample: number(byTestId('check-sample'), 'value'),
      counts: Object.fromEntries(labels.map((label) => [label, number(byTestId(`sentiment-${label}`), 'count') ?? -1])) as any,
      shares: Object.fromEntries(labels.map((label) => [label, number(byTestId(`sentiment-${label}`), 'share') ?? -1])) as any,
      net: number(byTestId('net-sentiment'), 'value'),
      tooFew: byTestId('check-too-few') !== null,
      topNegativeId: byTestId('top-negative')?.dataset.id,
      topPositiveId: byTestId('top-positive')?.dataset.id,
    };
  });
}

const weiboId = (nativeId: string) => `weibo:${nativeId}`;

describe('quick check of the post in this tab (popup, real Chromium)', () => {
  const site = new DemoSite();
  const launchId = weiboId(WEIBO_DEMO_LAUNCH.id);
  // The brand's own reply is listed but not counted: the verdict is about its audience.
  const audience = allComments(WEIBO_DEMO_LAUNCH).filter((comment) => comment.user.id !== LUMINA_WEIBO.id);
  const expected: Record<Label, number> = { positive: 0, neutral: 0, negative: 0 };
  for (const comment of audience) expected[analyze(comment.text).label] += 1;
  // The user disagrees with the analyzer on one comment it reads as positive, and marks it negative.
  const disputed = audience.find((comment) => analyze(comment.text).label === 'positive')!;
  let session: ExtensionSession;
  let db: ExtensionDb;

  beforeAll(async () => {
    session = await launchWithExtension({ viewport: { width: 380, height: 900 } });
    await routeFixtures(session.context, site.routes());
    db = await ExtensionDb.open(session.context, session.extensionId);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the demo post has a mixed audience, and the analyzer reads at least one comment as positive', () => {
    expect(audience).toHaveLength(11);
    expect(expected.positive).toBeGreaterThan(0);
    expect(expected.negative).toBeGreaterThan(0);
    expect(analyze(disputed.text).label).toBe('positive');
  });

  it('the popup on the post\'s tab shows the mix of its scored comments', async () => {
    const page = await session.context.newPage();
    await page.goto(site.urls.weiboLaunch);
    await page.waitForSelector(`body[data-loaded="${new URL(site.urls.weiboLaunch).pathname}"]`);
    const stored = await pollUntil(
      async () => (await db.rows('comments')).filter((row) => row.postId === launchId),
      (rows) => rows.length === 12 && rows.every((row) => row.sentiment?.label),
      { what: '12 scored comments of the launch post' },
    );
    // Scored in the background as the analyzer scores them here.
    for (const row of stored) expect(row.sentiment.label).toBe(analyze(row.text).label);

    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId, site.urls.weiboLaunch));
    const shown = await pollUntil(() => readCheck(popup), (view) => view.sample === 11, { what: 'the quick check panel', timeout: 10_000 });
    expect(shown.postId).toBe(launchId);
    expect(shown.counts).toEqual(expected);
    expect(shown.shares.negative).toBeCloseTo(expected.negative / 11, 4);
    expect(shown.net).toBeCloseTo((expected.positive - expected.negative) / (expected.positive + expected.negative), 4);
    expect(shown.tooFew).toBe(false);
    const byLikes = (label: Label) => audience.filter((c) => analyze(c.text).label === label).sort((a, b) => b.likes - a.likes)[0]!;
    expect(shown.topNegativeId).toBe(weiboId(byLikes('negative').id));
    expect(shown.topPositiveId).toBe(weiboId(byLikes('positive').id));
    const visible = await popup.locator('[data-testid="sentiment-negative"]').innerText();
    expect(visible).toContain(String(expected.negative));
    expect(visible).toContain('%');
    // The panel sits above the totals.
    const [panelTop, kpiTop] = await Promise.all([
      popup.locator('[data-testid="page-check"]').boundingBox(),
      popup.locator('[data-testid="kpi-posts"]').boundingBox(),
    ]);
    expect(panelTop!.y).toBeLessThan(kpiTop!.y);
    // Drawn by Chart.js: the canvas has pixels of more than one colour.
    expect(await popup.locator('.doughnut canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 37) if (data[i + 3]! > 0) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return colours.size;
    })).toBeGreaterThanOrEqual(3);
    await popup.close();
    await page.close();
  });

  it('a correction changes the counts, survives reopening the popup, and is exported as labelled data', async () => {
    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId, site.urls.weiboLaunch));
    await pollUntil(() => readCheck(popup), (view) => view.sample === 11, { what: 'the quick check panel', timeout: 10_000 });
    await popup.locator('.check-all summary').click();
    const row = popup.locator(`[data-testid="check-comment"][data-id="${weiboId(disputed.id)}"]`);
    await row.locator('[data-testid="correct-label"][data-label="negative"]').click();
    const corrected = { ...expected, positive: expected.positive - 1, negative: expected.negative + 1 };
    const after = await pollUntil(() => readCheck(popup), (view) => view.counts.negative === corrected.negative, { what: 'counts after the correction' });
    expect(after.counts).toEqual(corrected);
    expect(await row.getAttribute('data-corrected')).toBe('true');
    const stored = (await db.rows('comments')).find((comment) => comment.id === weiboId(disputed.id));
    expect(stored.sentimentCorrection.label).toBe('negative');
    expect(stored.sentiment.label).toBe('positive');
    await popup.close();

    const reopened = await session.context.newPage();
    await reopened.goto(popupUrl(session.extensionId, site.urls.weiboLaunch));
    const again = await pollUntil(() => readCheck(reopened), (view) => view.sample === 11, { what: 'the reopened quick check', timeout: 10_000 });
    expect(again.counts).toEqual(corrected);
    expect(again.net).toBeCloseTo((corrected.positive - corrected.negative) / (corrected.positive + corrected.negative), 4);

    const exportButton = reopened.locator('[data-testid="check-export"]');
    await pollUntil(() => exportButton.getAttribute('data-count'), (count) => count === '1', { what: 'one correction to export' });
    const [download] = await Promise.all([reopened.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toMatch(/^earshot-labels-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const lines = readFileSync((await download.path())!, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([expect.objectContaining({ id: weiboId(disputed.id), label: 'negative', text: disputed.text, platform: 'weibo' })]);
    await reopened.close();
  });
});
