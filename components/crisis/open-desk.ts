// The crisis desk is a full tab (dashboard.html); the popup opens it, optionally at one flag.
import { browser } from 'wxt/browser';

export function crisisDeskUrl(hash = ''): string {
  return browser.runtime.getURL('/dashboard.html') + hash;
}

export async function openCrisisDesk(hash = ''): Promise<void> {
  await browser.tabs.create({ url: crisisDeskUrl(hash) });
}
