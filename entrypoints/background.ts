// The service worker: the only writer of the extension's IndexedDB. It must start fast and stay
// small; everything it does lives in lib/ (tested in Node), this file only wires it to the browser.
import browser, { type Menus, type Runtime, type Tabs } from 'webextension-polyfill';
import { onCheckSentimentClicked, registerCheckSentimentMenu, type CheckDeps } from '@/lib/background/check-sentiment-menu';
import { handleCrisisMessage } from '@/lib/background/crisis-messages';
import { handleRuntimeMessage, warnOnce, type BackgroundDeps } from '@/lib/background/handle-message';
import { handleWatchMessage } from '@/lib/background/watch-messages';
import { onSaveExampleCommand, onSaveExampleMenuClicked, registerSaveExampleMenu, type EntryDeps } from '@/lib/background/swipe-entry';
import { handleSwipeMessage, type SwipeMessageDeps } from '@/lib/background/swipe-messages';
import type { LocatePostMessage, SwipeReply } from '@/lib/messages';
import { cropPng } from '@/lib/swipe/crop-png';
import { refreshBadge } from '@/lib/crisis/badge';
import { evaluateWindow, nextFlag } from '@/lib/crisis/levels';
import { onFlagNotificationClicked } from '@/lib/crisis/notify';
import { radarPass } from '@/lib/crisis/radar-pass';
import { createRadarScheduler, ensureRadarAlarm, RADAR_ALARM_NAME } from '@/lib/crisis/radar-scheduler';
import type { Translate } from '@/lib/crisis/reason-text';
import { cardStrings } from '@/lib/card/card-strings';
import { openDb, type EarshotDb, type JobRow } from '@/lib/db';
import { t, type MessageKey } from '@/lib/i18n';
import { ensureRescored } from '@/lib/rescore';
import { CURRENT_ANALYZER } from '@/lib/score-sentiment';
import { ensureBackfill, resumeBackfills } from '@/lib/watch/backfill';

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
  const db = openDb();
  const extensionId = browser.runtime.id;
  const extensionOrigin = browser.runtime.getURL('/');
  // Firefox's MV2 build has browserAction where Chrome's MV3 has action.
  const action = browser.action ?? browser.browserAction;
  const translate: Translate = (key, ...subs) => t(key as MessageKey, ...subs);
  const hasPermission = (pattern: string) => browser.permissions.contains({ origins: [pattern] });
  const send: typeof fetch = (...args) => fetch(...args);

  const radar = createRadarScheduler({
    run: () => radarPass(db, {
      rules: { evaluateWindow, nextFlag }, action, notifications: browser.notifications, t: translate, fetch: send,
      iconUrl: (path) => browser.runtime.getURL(path as '/'), hasPermission, warn,
    }),
    onError: (error) => warn(`Earshot radar: ${error instanceof Error ? error.message : String(error)}`),
  });
  const deps: BackgroundDeps = { db, extensionId, extensionOrigin, warn, onStored: () => radar.trigger() };
  // A watch's history is judged once its backfill has tagged what was already stored.
  const backfillOptions = { warn, onProgress: (job: JobRow) => { if (job.finishedAt) radar.trigger(); } };
  const watchDeps = {
    db, extensionId, extensionOrigin, warn,
    startBackfill: (_db: EarshotDb, watchId: string) => ensureBackfill(db, watchId, backfillOptions),
    onWatchesChanged: () => radar.trigger(),
  };
  const crisisDeps = { db, extensionId, extensionOrigin, fetch: send, t: translate, action, hasPermission, warn };
  const swipeDeps: SwipeMessageDeps = {
    db, extensionId, extensionOrigin, warn, cropPng,
    tabs: {
      get: (tabId) => browser.tabs.get(tabId),
      captureVisibleTab: (windowId, options) => browser.tabs.captureVisibleTab(windowId, options),
      // Top frame only: the rect must be in the top viewport's coordinates.
      sendMessage: (tabId, message: LocatePostMessage) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    },
  };
  // The menu and the shortcut have no popup to answer in: a system notification says what happened.
  const reportSave = (reply: SwipeReply) => void browser.notifications.create(`earshot-save-${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/radar/blue.png'),
    title: t('extName'),
    message: reply.ok ? t('swipe_saved') : t('swipe_failed', reply.error),
  }).catch((error) => warn(`Earshot: save notification: ${String(error)}`));
  const entryDeps: EntryDeps = {
    ...swipeDeps,
    activeTab: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0],
    report: reportSave,
  };

  // Each handler answers only its own message types (undefined otherwise); the watch and flag
  // handlers accept only our own extension pages, the capture path only our content scripts and pages.
  // The polyfill turns the returned Promise into the reply on Chrome as well as Firefox.
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    handleWatchMessage(message, sender, watchDeps)
    ?? handleCrisisMessage(message, sender, crisisDeps)
    ?? handleSwipeMessage(message, sender, swipeDeps)
    ?? handleRuntimeMessage(message, sender, deps));

  void ensureRadarAlarm(browser.alarms);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RADAR_ALARM_NAME) return radar.runNow();
  });
  browser.notifications.onClicked.addListener((id) => void onFlagNotificationClicked(id, {
    getURL: (path) => browser.runtime.getURL(path as '/'),
    openTab: (url) => browser.tabs.create({ url }),
    clear: (notificationId) => browser.notifications.clear(notificationId),
  }));
  // The badge text does not survive a browser restart.
  void refreshBadge(db, action).catch((error) => warn(`Earshot radar: badge not restored: ${String(error)}`));

  const registerMenu = () => Promise.all([
    registerCheckSentimentMenu(browser.contextMenus, t('menu_checkSentiment')),
    registerSaveExampleMenu(browser.contextMenus, t('menu_saveExample')),
  ]).catch((error) => warn(`Earshot: context menu: ${error}`));
  browser.runtime.onInstalled.addListener(registerMenu);
  browser.runtime.onStartup.addListener(registerMenu);
  const checkDeps: CheckDeps = {
    scripting: { executeScript: (injection) => browser.scripting.executeScript(injection) },
    strings: () => cardStrings(t),
    warn,
  };
  // Each listener ignores the other's menu item.
  browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => void onCheckSentimentClicked(info, tab, checkDeps));
  browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => void onSaveExampleMenuClicked(info, tab, entryDeps));
  browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => void onSaveExampleCommand(command, tab, entryDeps));

  // Every start, not only after an update: a worker stopped mid-run resumes here. When the current
  // analyzer version already finished, this is one small read. Deferred so a waking message goes first.
  setTimeout(() => {
    ensureRescored(db, CURRENT_ANALYZER, { onProgress: keepAliveWhileRescoring() })
      .catch((error) => warn(`Earshot: sentiment rescoring stopped: ${error instanceof Error ? error.message : String(error)}`));
    void resumeBackfills(db, backfillOptions);
  }, 0);
});
