import { browser } from 'wxt/browser';

/** `?tab=<url>` names the tab explicitly: a popup opened as a page (tests) has no tab of its own. */
export function tabOverride(search: string): string | undefined {
  return new URLSearchParams(search).get('tab') || undefined;
}

/** The active tab's URL when it is a web page; activeTab + host permissions make it visible. */
export async function activeTabUrl(search: string): Promise<string | undefined> {
  const override = tabOverride(search);
  if (override) return override;
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url && /^https?:\/\//.test(tab.url) ? tab.url : undefined;
  } catch (error) {
    console.warn('[earshot] could not read the active tab', error);
    return undefined;
  }
}
