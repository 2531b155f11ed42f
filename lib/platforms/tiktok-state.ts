// The state tiktok.com pages embed, read as DATA (never evaluated):
// - `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">` → `__DEFAULT_SCOPE__`
//   with `webapp.video-detail` (itemInfo.itemStruct), `webapp.user-detail` (userInfo.user + stats);
// - legacy `<script id="SIGI_STATE">` or `window['SIGI_STATE']=…`, items in an `ItemModule` map whose
//   `author` is only the handle, the users in `UserModule.users`.
import { readAssignedJson } from '../parse/json-literal';
import { arrayOf, isObject, type Json, objectAt } from './json';

export interface TiktokState {
  items: unknown[];
  /** The profile a user page is about, with its stats (followerCount). */
  user?: { user: Json; stats?: Json };
  /** Users by handle, for SIGI items that name their author only by handle. */
  usersByHandle: Map<string, { user: Json; stats?: Json }>;
  /** Blocks that looked like state but did not parse. */
  broken: number;
}

function parseJson(text: string | null | undefined): unknown {
  if (!text?.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function readUniversal(root: unknown, state: TiktokState): void {
  const scope = objectAt(root, '__DEFAULT_SCOPE__');
  if (!scope) return;
  const detail = objectAt(scope, 'webapp.video-detail', 'itemInfo', 'itemStruct');
  if (detail) state.items.push(detail);
  const updated = scope['webapp.updated-items'];
  state.items.push(...arrayOf(isObject(updated) ? updated.itemList ?? updated.items : updated));
  const user = objectAt(scope, 'webapp.user-detail', 'userInfo', 'user');
  if (user) state.user = { user, stats: objectAt(scope, 'webapp.user-detail', 'userInfo', 'stats') };
}

function readSigi(root: unknown, state: TiktokState): void {
  const items = objectAt(root, 'ItemModule');
  if (items) state.items.push(...Object.values(items));
  const users = objectAt(root, 'UserModule', 'users') ?? {};
  const stats = objectAt(root, 'UserModule', 'stats') ?? {};
  for (const [handle, user] of Object.entries(users)) {
    if (isObject(user)) state.usersByHandle.set(handle, { user, stats: isObject(stats[handle]) ? stats[handle] : undefined });
  }
}

export function readTiktokState(doc: Document): TiktokState {
  const state: TiktokState = { items: [], usersByHandle: new Map(), broken: 0 };
  const universal = parseJson(doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')?.textContent);
  if (universal === null) state.broken++;
  else readUniversal(universal, state);
  let sigi = parseJson(doc.getElementById('SIGI_STATE')?.textContent);
  if (sigi === undefined) {
    for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
      const code = script.textContent ?? '';
      if (!code.includes('SIGI_STATE')) continue;
      sigi = readAssignedJson(code, "window['SIGI_STATE']=") ?? readAssignedJson(code, 'window["SIGI_STATE"]=') ?? null;
      break;
    }
  }
  if (sigi === null) state.broken++;
  else readSigi(sigi, state);
  return state;
}
