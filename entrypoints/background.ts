// The service worker: the only writer of the extension's IndexedDB. It must start fast and stay
// small; everything it does lives in lib/ (tested in Node), this file only wires it to the browser.
import browser, { type Runtime } from 'webextension-polyfill';
import { handleRuntimeMessage, warnOnce, type BackgroundDeps } from '@/lib/background/handle-message';
import { openDb } from '@/lib/db';

export default defineBackground(() => {
  // One Dexie instance per worker life. Dexie opens on the first query, so start-up does no I/O.
  const deps: BackgroundDeps = {
    db: openDb(),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    warn: warnOnce((text) => console.warn(text)),
  };
  // The polyfill turns the returned Promise into the reply on Chrome as well as Firefox.
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handleRuntimeMessage(message, sender, deps));
});
