// The popup's side of saving: which tab to photograph, the message to the background (the only writer
// of the database), and how many examples the library holds.
import { browser } from 'wxt/browser';
import type { EarshotDb } from '../lib/db';
import type { SaveExampleMessage, SwipeReply } from '../lib/messages';
import type { ExampleLabels } from '../lib/swipe/types';

interface TabsApi {
  query(query: { active?: boolean; currentWindow?: boolean }): Promise<{ id?: number; url?: string }[]>;
}

/**
 * The id of the tab showing `tabUrl`: normally the active one. A popup opened as a page (`?tab=<url>`,
 * as the tests do) is itself the active tab, so the tab is then looked up by its URL.
 */
export async function tabIdFor(tabUrl: string, tabs: TabsApi = browser.tabs): Promise<number | undefined> {
  try {
    const [active] = await tabs.query({ active: true, currentWindow: true });
    if (active?.id !== undefined && active.url === tabUrl) return active.id;
    const all = await tabs.query({});
    return all.find((tab) => tab.url === tabUrl)?.id;
  } catch (error) {
    console.warn('[earshot] could not find the tab to save from', error);
    return undefined;
  }
}

export function saveExampleMessage(tabUrl: string, tabId: number | undefined, labels: ExampleLabels): SaveExampleMessage {
  const message: SaveExampleMessage = { type: 'popup:save-example', pageUrl: tabUrl, labels };
  if (tabId !== undefined) message.tabId = tabId;
  return message;
}

export async function sendSaveExample(tabUrl: string, labels: ExampleLabels): Promise<SwipeReply | undefined> {
  const message = saveExampleMessage(tabUrl, await tabIdFor(tabUrl), labels);
  return (await browser.runtime.sendMessage(message)) as SwipeReply | undefined;
}

export function readExampleCount(db: EarshotDb): Promise<number> {
  return db.examples.count();
}
