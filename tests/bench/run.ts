// `npm run bench`: ingest throughput and collector cost, measured in real Chromium against reference
// runs of the same work in the same page, and the dashboard case (tests/bench/dashboard.ts): dashboard
// and popup with an empty and a full database. Reports ratios (and the raw times for context).
//   BENCH_CASES=ingest,collector,dashboard (default: all)   BENCH_ROUNDS=3
//   BENCH_DASHBOARD_POSTS=100000 BENCH_DASHBOARD_COMMENTS=500000 BENCH_DASHBOARD_RUNS=5 (smaller for a quick run)
//   EARSHOT_EXTENSION_DIR: the built extension to load (default: a private copy of .output/chrome-mv3)
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium } from '../e2e/chromium-path';
import { EXTENSION_DIR } from '../e2e/harness';
import { benchDashboard } from './dashboard';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CASES = new Set((process.env.BENCH_CASES ?? 'ingest,collector,dashboard').split(',').map((name) => name.trim()));
const count = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got ${process.env[name]}`);
  return value;
};

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(HERE, 'browser-bench.ts')],
    bundle: true, format: 'iife', platform: 'browser', write: false, target: 'chrome120',
  });
  return result.outputFiles[0].text;
}

async function pageCases(): Promise<void> {
  const script = await bundle();
  const browser = await chromium.launch({
    executablePath: findChromium(), headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    // Served as a weibo.com page so the collector picks the Weibo adapter, exactly as on the site.
    await page.route('**/*', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }));
    await page.goto('https://weibo.com/bench');
    await page.addScriptTag({ content: script });
    const fmt = (n: number) => n.toFixed(n < 10 ? 3 : 0);
    console.log(`Chromium ${browser.version()} · ${ROUNDS} rounds, medians`);
    const ingestRuns = [];
    if (CASES.has('ingest')) {
      ingestRuns.push(await page.evaluate((rounds) => (globalThis as any).earshotBench.benchIngest(10_000, rounds, 200), ROUNDS));
      ingestRuns.push(await page.evaluate((rounds) => (globalThis as any).earshotBench.benchIngest(10_000, rounds, 2000), ROUNDS));
    }
    for (const run of ingestRuns) {
      console.log(
        `ingest 10k mixed records in batches of ${run.batchSize}: ${fmt(run.earshotMs)} ms (${Math.round(run.total / run.earshotMs * 1000)} records/s)` +
        ` · raw IndexedDB put loop ${fmt(run.rawMs)} ms (${Math.round(run.total / run.rawMs * 1000)} records/s)` +
        ` · ratio ${run.ratio.toFixed(2)} of raw (goal ≥ 0.50)`,
      );
    }
    if (!CASES.has('collector')) return;
    const collector = await page.evaluate(() => (globalThis as any).earshotBench.benchCollector(300));
    console.log(
      `collector per intercepted response (${collector.items} items, ${(collector.bodyBytes / 1024).toFixed(0)} KiB, ${collector.iterations} runs): ` +
      `median ${fmt(collector.medianMs)} ms, p99 ${fmt(collector.p99Ms)} ms · ${collector.ratioToJsonParse.toFixed(1)}× a bare JSON.parse of the body (${fmt(collector.jsonParseMedianMs)} ms)` +
      ` · ${collector.recordsQueued} records queued`,
    );
  } finally {
    await browser.close();
  }
}

/**
 * The built extension, copied right away (unless EARSHOT_EXTENSION_DIR names one): another `wxt build`
 * during a minutes-long run would pull files from under the browser.
 */
function privateBuild(): { dir: string; remove: () => void } {
  const given = process.env.EARSHOT_EXTENSION_DIR;
  if (given) return { dir: path.resolve(given), remove: () => {} };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'earshot-bench-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function main(): Promise<void> {
  const extension = CASES.has('dashboard') ? privateBuild() : undefined;
  try {
    if (CASES.has('ingest') || CASES.has('collector')) await pageCases();
    if (extension) {
      await benchDashboard({
        extensionPath: extension.dir,
        posts: count('BENCH_DASHBOARD_POSTS', 100_000),
        comments: count('BENCH_DASHBOARD_COMMENTS', 500_000),
        runs: Math.max(1, count('BENCH_DASHBOARD_RUNS', 5)),
        batchSize: 2000,
      });
    }
  } finally {
    extension?.remove();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
