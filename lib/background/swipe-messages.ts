// Swipe-file messages. Saving comes from the popup (our page) or from the hover button (our content
// script on a platform page, which can only save from its own tab); editing, deleting and importing
// come from our own pages only: a compromised platform page must not rewrite or flood the library.
import type { SwipeReply } from '../messages';
import { isOwnPageSender } from '../own-page-sender';
import { importBundle } from '../swipe/bundle-import';
import { validateBundle } from '../swipe/bundle-validate';
import { deleteExamples, updateExamples } from '../swipe/edit-examples';
import { saveExample, type SaveDeps } from '../swipe/save-example';
import { checkDeleteMessage, checkSaveMessage, checkUpdateMessage } from '../swipe/validate-swipe-message';
import { isTrustedSender, type SenderLike } from '../trusted-sender';
import { InvalidField, requireKnownKeys, type Fields } from '../validate-fields';

export interface SwipeMessageDeps extends SaveDeps {
  extensionId: string;
  /** e.g. `chrome-extension://<id>/`, from runtime.getURL('/'). */
  extensionOrigin: string;
  warn: (text: string) => void;
}

/** The sender as runtime.onMessage gives it; a content script's has its tab's id. */
export type SwipeSender = SenderLike & { tab?: { id?: number; url?: string } };

const TYPES = ['popup:save-example', 'content:save-example', 'dashboard:update-examples', 'dashboard:delete-examples', 'dashboard:import-examples'] as const;
type SwipeType = (typeof TYPES)[number];

const describeError = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

function refuse(deps: SwipeMessageDeps, error: string): SwipeReply {
  deps.warn(`Earshot background refused a message: ${error}`);
  return { ok: false, error };
}

/** The sender rule of each type; a reason when refused. */
function senderProblem(type: SwipeType, sender: SwipeSender | undefined, deps: SwipeMessageDeps): string | undefined {
  const ownPage = isOwnPageSender(sender, deps.extensionId, deps.extensionOrigin);
  if (type === 'content:save-example') {
    const fromContentScript = !ownPage && isTrustedSender(sender, deps.extensionId, deps.extensionOrigin) && Number.isSafeInteger(sender?.tab?.id);
    return fromContentScript ? undefined : `${type} is accepted from our content scripts on platform pages only`;
  }
  return ownPage ? undefined : `${type} is accepted from our own pages only`;
}

async function handle(type: SwipeType, message: Fields, sender: SwipeSender | undefined, deps: SwipeMessageDeps): Promise<SwipeReply> {
  const now = deps.now?.() ?? new Date();
  if (type === 'popup:save-example' || type === 'content:save-example') {
    const save = checkSaveMessage(message);
    // A content script saves from its own tab, whatever tab or page it names.
    const tabId = type === 'content:save-example' ? sender!.tab!.id! : save.tabId;
    if (tabId === undefined) throw new InvalidField('tabId', 'is required from the popup');
    const pageUrl = type === 'content:save-example' ? sender?.url ?? sender?.tab?.url ?? save.pageUrl : save.pageUrl;
    return saveExample({ tabId, pageUrl, recordId: save.recordId, rect: save.rect, labels: save.labels }, deps);
  }
  if (type === 'dashboard:update-examples') {
    const update = checkUpdateMessage(message);
    return { ok: true, count: await updateExamples(deps.db, update.ids, update, now) };
  }
  if (type === 'dashboard:delete-examples') return { ok: true, count: await deleteExamples(deps.db, checkDeleteMessage(message).ids) };
  requireKnownKeys(message, new Set(['type', 'bundle']), '');
  const checked = validateBundle(message.bundle);
  if (!checked.ok) return refuse(deps, checked.error);
  return { ok: true, count: (await importBundle(deps.db, checked.bundle)).examples };
}

/** Undefined for messages that are not about the swipe file (another handler's). */
export function handleSwipeMessage(message: unknown, sender: SwipeSender | undefined, deps: SwipeMessageDeps): Promise<SwipeReply> | undefined {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (!TYPES.includes(type as SwipeType)) return undefined;
  return (async () => {
    const problem = senderProblem(type as SwipeType, sender, deps);
    if (problem) return refuse(deps, problem);
    try {
      return await handle(type as SwipeType, message as Fields, sender, deps);
    } catch (error) {
      if (error instanceof InvalidField) return refuse(deps, `${String(type)}: ${error.message}`);
      return refuse(deps, `${String(type)} failed: ${describeError(error)}`);
    }
  })();
}
