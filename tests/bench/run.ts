// `npm run bench`: ingest throughput and collector cost, measured in real Chromium against reference
// runs of the same work in the same page. Reports ratios (and the raw times for context).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium } from '../e2e/chromium-path';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(HERE, 'browser-bench.ts')],
    bundle: true, format: 'iife', platform: 'browser', write: false, target: 'chrome120',
  });
  return result.outputFiles[0].text;
}

async function main(): Promise<void> {
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
    const ingest200 = await page.evaluate((rounds) => (globalThis as any).earshotBench.benchIngest(10_000, rounds, 200), ROUNDS);
    const ingest2000 = await page.evaluate((rounds) => (globalThis as any).earshotBench.benchIngest(10_000, rounds, 2000), ROUNDS);
    const collector = await page.evaluate(() => (globalThis as any).earshotBench.benchCollector(300));
    const fmt = (n: number) => n.toFixed(n < 10 ? 3 : 0);
    console.log(`Chromium ${browser.version()} · ${ROUNDS} rounds, medians`);
    for (const run of [ingest200, ingest2000]) {
      console.log(
        `ingest 10k mixed records in batches of ${run.batchSize}: ${fmt(run.earshotMs)} ms (${Math.round(run.total / run.earshotMs * 1000)} records/s)` +
        ` · raw IndexedDB put loop ${fmt(run.rawMs)} ms (${Math.round(run.total / run.rawMs * 1000)} records/s)` +
        ` · ratio ${run.ratio.toFixed(2)} of raw (goal ≥ 0.50)`,
      );
    }
    console.log(
      `collector per intercepted response (${collector.items} items, ${(collector.bodyBytes / 1024).toFixed(0)} KiB, ${collector.iterations} runs): ` +
      `median ${fmt(collector.medianMs)} ms, p99 ${fmt(collector.p99Ms)} ms · ${collector.ratioToJsonParse.toFixed(1)}× a bare JSON.parse of the body (${fmt(collector.jsonParseMedianMs)} ms)` +
      ` · ${collector.recordsQueued} records queued`,
    );
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
