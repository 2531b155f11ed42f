// What the background runs on each radar trigger: evaluate every watch, tell the user about new or
// escalated flags (notification for orange/red, the watch's webhook), and refresh the badge (also when
// nothing was raised: a flag may have stepped down).
import { refreshBadge, type ActionApi } from './badge';
import { notifyChanges, type NotificationsApi } from './notify';
import type { RadarDb } from './radar-db';
import type { Translate } from './reason-text';
import { runRadar, type RadarChange, type RadarDeps } from './run-radar';
import { sendFlagWebhook } from './webhook-flag';
import type { SendOptions } from './webhook-send';

export interface RadarPassDeps {
  rules: Pick<RadarDeps, 'evaluateWindow' | 'nextFlag' | 'newId'>;
  action: ActionApi;
  notifications: NotificationsApi;
  t: Translate;
  fetch: typeof fetch;
  /** browser.runtime.getURL, for the notification icons. */
  iconUrl?: (path: string) => string;
  hasPermission?: SendOptions['hasPermission'];
  warn: (text: string) => void;
  now?: () => Date;
}

export async function radarPass(db: RadarDb, deps: RadarPassDeps): Promise<RadarChange[]> {
  const changes = await runRadar(db, deps.now?.() ?? new Date(), { ...deps.rules, warn: deps.warn });
  await notifyChanges(changes, deps);
  await refreshBadge(db, deps.action).catch((error) => deps.warn(`Earshot radar: badge not updated: ${String(error)}`));
  // Webhooks last: with retries they may take half a minute, and the user should not wait for the badge.
  await Promise.all(changes.map((change) =>
    sendFlagWebhook(db, change.flag, change.watch, { ...deps, fetch: deps.fetch })
      .catch((error) => deps.warn(`Earshot radar: webhook for flag ${change.flag.id} not recorded: ${String(error)}`)),
  ));
  return changes;
}
