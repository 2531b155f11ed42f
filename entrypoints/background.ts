// The service worker: the only writer of the extension's IndexedDB. It must start fast and stay
// small; everything it does lives in lib/ (tested in Node), this file only wires it to the browser.
import browser, { type Menus, type Runtime, type Tabs } from 'webextension-polyfill';
import { onCheckSentimentClicked, registerCheckSentimentMenu, type CheckDeps } from '@/lib/background/check-sentiment-menu';
import { handleRuntimeMessage, warnOnce, type BackgroundDeps } from '@/lib/background/handle-message';
import { cardStrings } from '@/lib/card/card-strings';
import { openDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import { ensureRescored } from '@/lib/rescore';
import { CURRENT_ANALYZER } from '@/lib/score-sentiment';

/** Chrome stops an idle worker after 30 s, and IndexedDB work does not count; an extension API call does. */
function keepAliveWhileRescoring(): () => void {
  let last = Date.now();
  return () => {
    if (Date.now() - last < 10_000) return;
    last = Date.now();
    void browser.runtime.getPlatformInfo();
  };
}

export default defineBackground(() => {
  // One Dexie instance per worker life. Dexie opens on the first query, so start-up does no I/O.
  const warn = warnOnce((text) => console.warn(text));
  const deps: BackgroundDeps = {
    db: openDb(),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    warn,
  };
  // The polyfill turns the returned Promise into the reply on Chrome as well as Firefox.
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handleRuntimeMessage(message, sender, deps));

  const registerMenu = () => registerCheckSentimentMenu(browser.contextMenus, t('menu_checkSentiment')).catch((error) => warn(`Earshot: context menu: ${error}`));
  browser.runtime.onInstalled.addListener(registerMenu);
  browser.runtime.onStartup.addListener(registerMenu);
  const checkDeps: CheckDeps = {
    scripting: { executeScript: (injection) => browser.scripting.executeScript(injection) },
    strings: () => cardStrings(t),
    warn,
  };
  browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => void onCheckSentimentClicked(info, tab, checkDeps));

  // Every start, not only after an update: a worker stopped mid-run resumes here. When the current
  // analyzer version already finished, this is one small read. Deferred so a waking message goes first.
  setTimeout(() => {
    ensureRescored(deps.db, CURRENT_ANALYZER, { onProgress: keepAliveWhileRescoring() })
      .catch((error) => warn(`Earshot: sentiment rescoring stopped: ${error instanceof Error ? error.message : String(error)}`));
  }, 0);
});
