// Real Chromium with the built extension loaded, in a throw-away profile, with no network.
// Used by the e2e specs and by `npm run demo`. Free of vitest so the demo can import it.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Worker } from 'playwright-core';
import { browserVersion, extensionLoadMethod, findChromium, type BrowserVersion, type ExtensionLoadMethod } from './chromium-path';
import { blockExternalRequests } from './routes';

export { findChromium, INSTALL_HINT } from './chromium-path';
export { routeFixtures, type FixtureAnswer, type FixtureResponse, type FixtureRoutes } from './routes';
export { ExtensionDb, pollUntil } from './extension-db';
export { ServiceWorkerControl } from './worker-control';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');

const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

export interface LaunchOptions {
  headless?: boolean;
  extensionPath?: string;
  executablePath?: string;
  loadMethod?: ExtensionLoadMethod;
  viewport?: { width: number; height: number };
  /** False when the caller handles Ctrl+C itself (and then closes the session, removing the profile). */
  handleSIGINT?: boolean;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The worker as first started; after a stop use `currentServiceWorker()`. */
  serviceWorker: Worker;
  currentServiceWorker(): Promise<Worker>;
  loadMethod: ExtensionLoadMethod;
  executablePath: string;
  version: BrowserVersion;
  /** URLs the no-network guard refused; close() prints them. */
  blockedRequests: string[];
  close(): Promise<void>;
}

function assertBuilt(extensionPath: string): void {
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}. Run \`npx wxt build\` first (npm run test:e2e does).`);
  }
}

async function waitForWorker(context: BrowserContext, extensionId: string | undefined): Promise<Worker> {
  const ours = (worker: Worker) =>
    worker.url().startsWith(extensionId ? `chrome-extension://${extensionId}/` : 'chrome-extension://');
  const running = context.serviceWorkers().find(ours);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 });
  } catch {
    throw new Error("The extension's service worker did not start within 15 s: is the build valid and does background.js load?");
  }
}

/** The DevTools port Chrome writes into the profile when started with --remote-debugging-port=0. */
async function devToolsPort(profileDir: string): Promise<number> {
  const file = path.join(profileDir, 'DevToolsActivePort');
  for (let tries = 0; tries < 100 && !existsSync(file); tries++) await new Promise((r) => setTimeout(r, 100));
  return Number(readFileSync(file, 'utf8').split('\n')[0]);
}

/**
 * Branded Chrome 137+ loads unpacked extensions only through the DevTools protocol
 * (`Extensions.loadUnpacked`, allowed by --enable-unsafe-extension-debugging) on a browser-level session.
 */
async function loadOverCdp(context: BrowserContext, extensionPath: string, profileDir: string): Promise<string> {
  const browser = context.browser();
  let session: CDPSession;
  let disconnect = async () => {};
  if (browser && process.env.EARSHOT_CDP_VIA !== 'port') {
    session = await browser.newBrowserCDPSession();
  } else {
    // A persistent context may come without a Browser handle: reach the same browser over its port.
    const other = await chromium.connectOverCDP(`http://127.0.0.1:${await devToolsPort(profileDir)}`);
    session = await other.newBrowserCDPSession();
    disconnect = async () => { await other.close().catch(() => {}); };
  }
  try {
    const { id } = (await session.send('Extensions.loadUnpacked' as any, { path: extensionPath })) as { id: string };
    return id;
  } finally {
    await session.detach().catch(() => {});
    await disconnect();
  }
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  // EARSHOT_EXTENSION_DIR: a private copy of the build, for when another build rewrites .output meanwhile.
  const extensionPath = path.resolve(options.extensionPath ?? process.env.EARSHOT_EXTENSION_DIR ?? EXTENSION_DIR);
  assertBuilt(extensionPath);
  const executablePath = options.executablePath ?? findChromium();
  const version = browserVersion(executablePath);
  const loadMethod = options.loadMethod ?? extensionLoadMethod(version);
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'earshot-profile-'));
  const loadArgs =
    loadMethod === 'flag'
      ? [`--load-extension=${extensionPath}`, `--disable-extensions-except=${extensionPath}`]
      : // The port (loopback, any free one) is the way in should Playwright give no Browser handle.
        ['--enable-unsafe-extension-debugging', '--remote-debugging-port=0'];

  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: options.headless ?? true,
    // Playwright's default --disable-extensions would also refuse Extensions.loadUnpacked.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...loadArgs, ...QUIET_FLAGS],
    viewport: options.viewport ?? { width: 1280, height: 800 },
    handleSIGINT: options.handleSIGINT ?? true,
  });
  const blockedRequests: string[] = [];
  const close = async () => {
    // What the no-network guard refused is what a failing spec (or a demo page) was missing.
    // Some pages ask for hundreds of assets: the count and the first few say enough.
    if (blockedRequests.length) console.info(`[e2e] refused (no network): ${blockedRequests.length} requests, first:`, blockedRequests.slice(0, 10));
    await context.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true });
  };
  try {
    await blockExternalRequests(context, blockedRequests);
    const loadedId = loadMethod === 'cdp' ? await loadOverCdp(context, extensionPath, profileDir) : undefined;
    const serviceWorker = await waitForWorker(context, loadedId);
    const extensionId = loadedId ?? new URL(serviceWorker.url()).host;
    return {
      context,
      extensionId,
      serviceWorker,
      currentServiceWorker: () => waitForWorker(context, extensionId),
      loadMethod,
      executablePath,
      version,
      blockedRequests,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

export function popupUrl(extensionId: string, tabUrl?: string): string {
  const query = tabUrl ? `?tab=${encodeURIComponent(tabUrl)}` : '';
  return `chrome-extension://${extensionId}/popup.html${query}`;
}
