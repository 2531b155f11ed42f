// The harness's two ways of loading the extension both give a working extension: its service
// worker runs and its content scripts reach platform pages. The DevTools-protocol way is the only
// one branded Chrome 137+ accepts; Chromium accepts it too, so it is checked here on every run.
import { afterEach, describe, expect, it } from 'vitest';
import { TAP_CHANNEL } from '../../lib/messages';
import { launchWithExtension, routeFixtures, type ExtensionSession } from './harness';
import type { ExtensionLoadMethod } from './chromium-path';

async function tapWorks(session: ExtensionSession): Promise<boolean> {
  await routeFixtures(session.context, {
    'https://weibo.com/harness-check': { body: '<!doctype html><title>check</title>', contentType: 'text/html' },
    'https://weibo.com/ajax/statuses/show?id=check': { body: '{"ok":1}' },
  });
  const page = await session.context.newPage();
  await page.goto('https://weibo.com/harness-check');
  return page.evaluate(async (channel) => {
    const heard = new Promise<boolean>((resolve) => {
      window.addEventListener('message', (event) => event.data?.channel === channel && resolve(true));
      setTimeout(() => resolve(false), 3000);
    });
    await fetch('/ajax/statuses/show?id=check');
    return heard;
  }, TAP_CHANNEL);
}

describe('launchWithExtension', () => {
  let session: ExtensionSession | undefined;
  afterEach(async () => {
    delete process.env.EARSHOT_CDP_VIA;
    await session?.close();
    session = undefined;
  });

  const variants: Array<[string, ExtensionLoadMethod, string | undefined]> = [
    ['--load-extension', 'flag', undefined],
    ['DevTools Extensions.loadUnpacked on the Playwright pipe', 'cdp', undefined],
    ['DevTools Extensions.loadUnpacked over --remote-debugging-port', 'cdp', 'port'],
  ];
  it.each(variants)('%s: worker up, id known, content scripts on platform pages, network refused', async (_name, loadMethod, via) => {
    if (via) process.env.EARSHOT_CDP_VIA = via;
    session = await launchWithExtension({ loadMethod });
    expect(session.loadMethod).toBe(loadMethod);
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    expect(session.serviceWorker.url()).toBe(`chrome-extension://${session.extensionId}/background.js`);
    expect(await tapWorks(session)).toBe(true);

    const page = await session.context.newPage();
    await expect(page.goto('https://example.com/')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
    expect(session.blockedRequests).toContain('https://example.com/');
  });
});
