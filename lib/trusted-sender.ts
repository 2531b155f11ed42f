// Only our own extension may talk to the background: content scripts on platform pages, or our own
// pages (popup, dashboard). Messages from other extensions or from web pages never get this far.
import { matchesAnyPattern } from './match-pattern';
import { PLATFORM_HOST_MATCHES } from './platforms/hosts';

/** The part of `runtime.MessageSender` the check needs (both Chrome's and Firefox's shape fit). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

export function isTrustedSender(sender: SenderLike | undefined, extensionId: string, extensionOrigin: string): boolean {
  if (!sender || !extensionId || sender.id !== extensionId) return false;
  // The frame URL comes from the browser itself; tab.url is a fallback for browsers that leave it out.
  const senderUrl = sender.url ?? sender.tab?.url;
  if (!senderUrl) return false;
  const origin = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  // Our pages may be open in a tab too (the dashboard), so the origin check comes first.
  if (origin.length > 1 && senderUrl.startsWith(origin)) return true;
  return Boolean(sender.tab) && matchesAnyPattern(senderUrl, PLATFORM_HOST_MATCHES);
}
