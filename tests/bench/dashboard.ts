// The dashboard case of `npm run bench`: in one Chromium with the built extension, time the dashboard's
// analytics view (to its KPIs and first chart) and the popup (to its KPIs) with an empty database,
// then fill the extension's own database through the real ingest with a month of data (100k posts,
// 500k comments by default) and time them again. Reports medians and the full ÷ empty ratios.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension } from '../e2e/harness';
import type { FillPlan } from './dashboard-records';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface DashboardBenchOptions {
  extensionPath: string;
  posts: number;
  comments: number;
  runs: number;
  batchSize: number;
}

interface Mark { name: string; selector: string }
type Marks = Record<string, number | undefined>;

const DASHBOARD_MARKS: Mark[] = [
  { name: 'kpis', selector: '[data-testid=analytics][data-ready~=kpis]' },
  { name: 'chart', selector: '[data-testid=analytics][data-ready~=chart]' },
];
const POPUP_MARKS: Mark[] = [
  { name: 'kpis', selector: 'main[data-ready~=kpis]' },
  { name: 'overview', selector: 'main[data-ready~=overview]' },
];

async function bundleFiller(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(HERE, 'dashboard-fill.ts')],
    bundle: true, format: 'iife', platform: 'browser', write: false, target: 'chrome120',
  });
  return result.outputFiles[0].text;
}

/**
 * Opens `url` in a new tab and notes, for each mark in turn, the page's own clock (ms since its
 * navigation started) when the selector first matched. A mark not reached within `timeout` is undefined.
 */
async function timeMarks(context: BrowserContext, url: string, marks: Mark[], timeout: number): Promise<{ marks: Marks; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  const result: Marks = {};
  try {
    await page.goto(url, { waitUntil: 'commit' });
    for (const mark of marks) {
      const reached = await page
        .waitForFunction((selector) => (document.querySelector(selector) ? performance.now() : 0), mark.selector, { polling: 10, timeout })
        .then((handle) => handle.jsonValue() as Promise<number>, () => undefined);
      result[mark.name] = reached;
      if (reached === undefined) break;
    }
  } finally {
    await page.close();
  }
  return { marks: result, errors };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : undefined;
};

interface Measured { medians: Marks; reached: number; runs: number; errors: string[] }

/** One warm-up opening (compiling the page's code, opening the database), then `runs` timed ones. */
async function measure(context: BrowserContext, url: string, marks: Mark[], runs: number, timeout: number): Promise<Measured> {
  const warmUp = await timeMarks(context, url, marks, timeout);
  const samples: Marks[] = [];
  const errors = [...warmUp.errors];
  for (let run = 0; run < runs; run++) {
    const { marks: sample, errors: pageErrors } = await timeMarks(context, url, marks, timeout);
    samples.push(sample);
    errors.push(...pageErrors);
  }
  const complete = samples.filter((sample) => marks.every((mark) => sample[mark.name] !== undefined));
  const medians = Object.fromEntries(marks.map((mark) => [mark.name, median(complete.map((sample) => sample[mark.name]!))]));
  return { medians, reached: complete.length, runs, errors: [...new Set(errors)].slice(0, 5) };
}

const ms = (value: number | undefined) => (value === undefined ? 'not reached' : `${value.toFixed(0)} ms`);

function report(what: string, marks: Mark[], empty: Measured, full: Measured, goal: number): void {
  const last = marks[marks.length - 1]!.name;
  const parts = marks.map((mark) => `${mark.name} ${ms(empty.medians[mark.name])} → ${ms(full.medians[mark.name])}`);
  const emptyMs = empty.medians[last];
  const fullMs = full.medians[last];
  const ratio = emptyMs !== undefined && fullMs !== undefined ? fullMs / emptyMs : undefined;
  console.log(
    `${what}: ${parts.join(' · ')} (empty → full, medians of ${empty.reached}/${empty.runs} and ${full.reached}/${full.runs} openings)` +
    ` · full ÷ empty ${ratio === undefined ? 'n/a' : `${ratio.toFixed(2)}×`} (goal ≤ ${goal}×${ratio === undefined ? '' : ratio <= goal ? ', met' : ', NOT met'})`,
  );
  for (const [phase, measured] of [['empty', empty], ['full', full]] as const) {
    if (measured.errors.length) console.log(`  ${what} page errors (${phase}): ${measured.errors.join(' | ')}`);
  }
}

export async function benchDashboard(options: DashboardBenchOptions): Promise<void> {
  const filler = await bundleFiller();
  const session = await launchWithExtension({ extensionPath: options.extensionPath });
  const { context, extensionId } = session;
  const dashboardUrl = `chrome-extension://${extensionId}/dashboard.html#analytics`;
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  try {
    console.log(`dashboard case: ${options.posts} posts + ${options.comments} comments, ${options.runs} timed openings per page and database state`);
    const emptyPopup = await measure(context, popupUrl, POPUP_MARKS, options.runs, 30_000);
    const emptyDashboard = await measure(context, dashboardUrl, DASHBOARD_MARKS, options.runs, 30_000);

    // manifest.json renders as text: an extension-origin page (same IndexedDB as the extension) running none of its code.
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    await page.evaluate(filler);
    const plan: FillPlan = { posts: options.posts, comments: options.comments, batchSize: options.batchSize, now: Date.now(), days: 30 };
    const watches = await page.evaluate(() => (globalThis as any).earshotFill.createWatches());
    const batches: number = await page.evaluate((p) => (globalThis as any).earshotFill.batchCount(p), plan);
    const started = performance.now();
    let ingestMs = 0;
    let records = 0;
    const step = Math.max(1, Math.ceil(batches / 20));
    for (let from = 0; from < batches; from += step) {
      const done: { ms: number; records: number } = await page.evaluate(
        ({ p, from, to }) => (globalThis as any).earshotFill.fill(p, from, to), { p: plan, from, to: from + step },
      );
      ingestMs += done.ms;
      records += done.records;
      const elapsed = (performance.now() - started) / 1000;
      const progress = `  filling: ${records} records in ${elapsed.toFixed(0)} s (${Math.round(records / elapsed)} records/s)`;
      // A terminal gets one line updated in place; a log gets a line per step.
      if (process.stdout.isTTY) process.stdout.write(`\r${progress}   `);
      else console.log(progress);
    }
    const fillSeconds = (performance.now() - started) / 1000;
    const counts = await page.evaluate(() => (globalThis as any).earshotFill.counts());
    await page.evaluate(() => (globalThis as any).earshotFill.close());
    await page.close();
    if (process.stdout.isTTY) process.stdout.write('\n');
    console.log(
      `fill through lib/ingest.ts: ${records} records in ${batches} batches of ≤ ${options.batchSize}, ${watches} watches: ${fillSeconds.toFixed(1)} s` +
      ` (${Math.round(records / fillSeconds)} records/s; ${(ingestMs / 1000).toFixed(1)} s inside ingestBatch) · stored: ${JSON.stringify(counts)}`,
    );

    const fullPopup = await measure(context, popupUrl, POPUP_MARKS, options.runs, 180_000);
    const fullDashboard = await measure(context, dashboardUrl, DASHBOARD_MARKS, options.runs, 180_000);
    report('popup (navigation → KPIs)', POPUP_MARKS, emptyPopup, fullPopup, 2);
    report('dashboard #analytics, default range (navigation → KPIs, first chart)', DASHBOARD_MARKS, emptyDashboard, fullDashboard, 3);
  } finally {
    await session.close();
  }
}
