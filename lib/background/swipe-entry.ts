// The two ways to save without the popup: the "Save as example" context-menu item and the keyboard
// shortcut. Both grant activeTab for the tab (which captureVisibleTab needs) and save the post open
// there. The browser APIs come in as parameters so tests drive the same functions the listeners call.
import type { SwipeReply } from '../messages';
import { saveExample, type SaveDeps } from '../swipe/save-example';

export const SAVE_EXAMPLE_MENU_ID = 'save-example';
/** The manifest's `commands` key (wxt.config.ts). */
export const SAVE_EXAMPLE_COMMAND = 'save-example';
const CONTEXTS = ['page', 'link', 'image', 'selection'] as const;

export interface SaveMenusApi {
  create(properties: { id: string; title: string; contexts: (typeof CONTEXTS)[number][] }): unknown;
  remove(id: string): Promise<void>;
}

export interface EntryTab {
  id?: number;
  url?: string;
}

export interface EntryDeps extends SaveDeps {
  /** Older Chrome passes no tab to commands.onCommand: the front tab of the focused window. */
  activeTab(): Promise<EntryTab | undefined>;
  /** Tells the user what happened (a notification or the badge): there is no popup to show it. */
  report(reply: SwipeReply): void;
}

/** Safe to call on every start: an item left from before is replaced, not duplicated. */
export async function registerSaveExampleMenu(menus: SaveMenusApi, title: string): Promise<void> {
  await menus.remove(SAVE_EXAMPLE_MENU_ID).catch(() => {});
  await menus.create({ id: SAVE_EXAMPLE_MENU_ID, title, contexts: [...CONTEXTS] });
}

async function saveFromTab(tab: EntryTab | undefined, deps: EntryDeps, pageUrl?: string, linkUrl?: string): Promise<SwipeReply> {
  const url = pageUrl ?? tab?.url;
  const reply = tab?.id === undefined || tab.id < 0 || !url
    ? { ok: false as const, error: 'there is no page tab to save from' }
    : await saveExample({ tabId: tab.id, pageUrl: url, linkUrl }, deps).catch((error: unknown) => ({ ok: false as const, error: `could not save (${error instanceof Error ? error.message : String(error)})` }));
  deps.report(reply);
  return reply;
}

/** The contextMenus.onClicked listener; undefined for other menu items. */
export function onSaveExampleMenuClicked(info: { menuItemId: string | number; pageUrl?: string; linkUrl?: string }, tab: EntryTab | undefined, deps: EntryDeps): Promise<SwipeReply> | undefined {
  if (info.menuItemId !== SAVE_EXAMPLE_MENU_ID) return undefined;
  return saveFromTab(tab, deps, info.pageUrl ?? tab?.url, info.linkUrl);
}

/** The commands.onCommand listener; undefined for other commands. */
export function onSaveExampleCommand(command: string, tab: EntryTab | undefined, deps: EntryDeps): Promise<SwipeReply> | undefined {
  if (command !== SAVE_EXAMPLE_COMMAND) return undefined;
  return (async () => saveFromTab(tab ?? (await deps.activeTab()), deps))();
}
