// dashboard:save-watch and dashboard:delete-watch. Only our own pages may change what is watched: a
// compromised platform page must not add a watch (it would steer matching and outgoing webhooks).
// The reply comes as soon as the watch is stored; matching it against stored captures runs after.
import type { EarshotDb } from '../db';
import type { CrisisReply } from '../messages';
import { isOwnPageSender } from '../own-page-sender';
import type { SenderLike } from '../trusted-sender';
import { InvalidField, requireKnownKeys, requireObject, requireString } from '../validate-fields';
import { ensureBackfill } from '../watch/backfill';
import { deleteWatch, saveWatch } from '../watch/save-watch';
import type { Watch } from '../watch/types';
import { validateWatch } from '../watch/validate-watch';

export interface WatchMessageDeps {
  db: EarshotDb;
  extensionId: string;
  /** e.g. `chrome-extension://<id>/`, from runtime.getURL('/'). */
  extensionOrigin: string;
  warn: (text: string) => void;
  now?: () => Date;
  /** Starts (or resumes) the watch's backfill; not awaited. Default: ensureBackfill. */
  startBackfill?: (db: EarshotDb, watchId: string) => Promise<unknown>;
  /** After a save or delete is stored, e.g. to re-run the radar and refresh the badge. */
  onWatchesChanged?: (watchId: string) => void;
}

const SAVE_KEYS = new Set(['type', 'watch']);
const DELETE_KEYS = new Set(['type', 'watchId']);
type WatchMessageType = 'dashboard:save-watch' | 'dashboard:delete-watch';

function refuse(deps: WatchMessageDeps, error: string): CrisisReply {
  deps.warn(`Earshot background refused a message: ${error}`);
  return { ok: false, error };
}

const describeError = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

function startBackfill(deps: WatchMessageDeps, watchId: string): void {
  const start = deps.startBackfill ?? ((db: EarshotDb, id: string) => ensureBackfill(db, id, { warn: deps.warn }));
  void start(deps.db, watchId).catch((error: unknown) => deps.warn(`Earshot could not match watch ${watchId} against stored captures: ${describeError(error)}`));
  deps.onWatchesChanged?.(watchId);
}

type WatchRequest = { save: Watch; watchId: string } | { save?: undefined; watchId: string };

/** The checked request; throws InvalidField naming the first bad field. */
function parseRequest(type: WatchMessageType, message: Record<string, unknown>): WatchRequest {
  if (type === 'dashboard:save-watch') {
    requireKnownKeys(message, SAVE_KEYS, '');
    const watch = validateWatch(message.watch);
    return { save: watch, watchId: watch.id };
  }
  requireKnownKeys(message, DELETE_KEYS, '');
  return { watchId: requireString(message.watchId, 'watchId', 100, { nonEmpty: true }) };
}

async function handle(type: WatchMessageType, message: Record<string, unknown>, deps: WatchMessageDeps): Promise<CrisisReply> {
  let request: WatchRequest;
  try {
    request = parseRequest(type, message);
  } catch (error) {
    if (error instanceof InvalidField) return refuse(deps, `${type}: ${error.message}`);
    throw error;
  }
  const now = deps.now?.() ?? new Date();
  try {
    if (request.save) await saveWatch(deps.db, request.save, now);
    else await deleteWatch(deps.db, request.watchId, now);
  } catch (error) {
    return refuse(deps, `could not ${request.save ? 'save' : 'delete'} the watch (${describeError(error)})`);
  }
  startBackfill(deps, request.watchId);
  return { ok: true, id: request.watchId };
}

/** Handles the watch messages; undefined for any other message (not mine: the caller routes it on). */
export function handleWatchMessage(message: unknown, sender: SenderLike | undefined, deps: WatchMessageDeps): Promise<CrisisReply> | undefined {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (type !== 'dashboard:save-watch' && type !== 'dashboard:delete-watch') return undefined;
  if (!isOwnPageSender(sender, deps.extensionId, deps.extensionOrigin)) {
    const url = sender?.url ?? sender?.tab?.url ?? 'no url';
    return Promise.resolve(refuse(deps, `${type} is accepted from our own pages only (id ${JSON.stringify(sender?.id ?? null)}, ${url.slice(0, 120)})`));
  }
  return handle(type, requireObject(message, 'message'), deps);
}
