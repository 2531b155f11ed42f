// "Check sentiment" on selected text, on any page: the right-click grants activeTab for that tab, the
// background analyzes the selection and injects the verdict card (lib/card/show-card.ts) into the page.
// The browser APIs come in as parameters so tests drive the same functions the listener calls.
import { checkedText, sentimentCard, type CardStrings } from '../card/card-model';
import { showSentimentCard } from '../card/show-card';
import { analyze } from '../sentiment';

export const CHECK_SENTIMENT_MENU_ID = 'check-sentiment';

export interface MenusApi {
  create(properties: { id: string; title: string; contexts: ['selection'] }): unknown;
  remove(id: string): Promise<void>;
}

export interface ScriptingApi {
  executeScript(injection: { target: { tabId: number }; func: typeof showSentimentCard; args: [ReturnType<typeof sentimentCard>] }): Promise<unknown>;
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

export interface CheckDeps {
  scripting: ScriptingApi;
  strings: () => CardStrings;
  warn: (text: string) => void;
}

/** Safe to call on every start: an item left from before is replaced, not duplicated. */
export async function registerCheckSentimentMenu(menus: MenusApi, title: string): Promise<void> {
  // Chrome keeps menu items across worker restarts; creating the id again would be an error.
  await menus.remove(CHECK_SENTIMENT_MENU_ID).catch(() => {});
  await menus.create({ id: CHECK_SENTIMENT_MENU_ID, title, contexts: ['selection'] });
}

/** The contextMenus.onClicked listener. Resolves false when there was nothing to show or no way to show it. */
export async function onCheckSentimentClicked(info: MenuClick, tab: { id?: number } | undefined, deps: CheckDeps): Promise<boolean> {
  if (info.menuItemId !== CHECK_SENTIMENT_MENU_ID) return false;
  const text = checkedText(info.selectionText ?? '');
  if (!text) return false;
  if (tab?.id === undefined || tab.id < 0) {
    deps.warn('Earshot: "Check sentiment" was clicked outside a tab; no page to show the verdict in.');
    return false;
  }
  const card = sentimentCard(text, analyze(text), deps.strings());
  try {
    // Top frame only: the card belongs at the page's top-right even when the text was in a frame.
    await deps.scripting.executeScript({ target: { tabId: tab.id }, func: showSentimentCard, args: [card] });
    return true;
  } catch (error) {
    // Pages no extension may script (browser pages, the web store, PDF viewer).
    deps.warn(`Earshot: cannot show the sentiment card on this page (${error instanceof Error ? error.message : String(error)})`);
    return false;
  }
}
