// Messages that change what the user decided (corrections) may come only from our own pages (popup,
// dashboard), never from a content script: a compromised platform page must not relabel data.
import type { SenderLike } from './trusted-sender';

export function isOwnPageSender(sender: SenderLike | undefined, extensionId: string, extensionOrigin: string): boolean {
  if (!sender || !extensionId || sender.id !== extensionId) return false;
  // The frame URL is set by the browser; a content script's is the web page's, never our origin.
  const origin = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  return origin.length > 1 && typeof sender.url === 'string' && sender.url.startsWith(origin);
}
