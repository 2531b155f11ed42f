// A system notification when a flag is raised or escalated to orange or red: those need someone now.
// Blue and yellow wait in the badge and the popup. Clicking opens the flag in the dashboard.
import { levelName, reasonText, type Translate } from './reason-text';
import type { RadarChange } from './run-radar';
import type { CrisisLevel } from './types';

export const NOTIFIED_LEVELS: ReadonlySet<CrisisLevel> = new Set(['orange', 'red']);
const NOTIFICATION_PREFIX = 'earshot-flag:';

export interface FlagNotification {
  id: string;
  options: { type: 'basic'; iconUrl: string; title: string; message: string };
}

export interface NotificationsApi {
  create(id: string, options: FlagNotification['options']): Promise<unknown> | unknown;
}

/** Extension-relative icon per level (public/radar/*.png); Chrome refuses a notification without one. */
export const levelIconPath = (level: CrisisLevel) => `/radar/${level}.png`;

export function notificationFor(change: RadarChange, t: Translate, iconUrl: (path: string) => string = (path) => path): FlagNotification | undefined {
  const { flag, watch } = change;
  if (!NOTIFIED_LEVELS.has(flag.level)) return undefined;
  const level = levelName(flag.level, t);
  const titleKey = change.change === 'raised' ? 'radar_notifyRaised' : 'radar_notifyEscalated';
  const fallback = change.change === 'raised' ? `${watch.name}: ${level} crisis flag` : `${watch.name}: flag raised to ${level}`;
  const title = t(titleKey, watch.name, level);
  const top = flag.reasons[0];
  return {
    // One notification per flag: an escalation replaces the earlier one instead of stacking.
    id: `${NOTIFICATION_PREFIX}${flag.id}`,
    options: {
      type: 'basic',
      iconUrl: iconUrl(levelIconPath(flag.level)),
      title: title && title !== titleKey ? title : fallback,
      message: top ? reasonText(top, t) : level,
    },
  };
}

export async function notifyChanges(changes: RadarChange[], deps: { notifications: NotificationsApi; t: Translate; iconUrl?: (path: string) => string; warn?: (text: string) => void }): Promise<number> {
  let shown = 0;
  for (const change of changes) {
    const notification = notificationFor(change, deps.t, deps.iconUrl);
    if (!notification) continue;
    try {
      await deps.notifications.create(notification.id, notification.options);
      shown++;
    } catch (error) {
      // Notifications may be blocked by the system; the badge and popup still show the flag.
      deps.warn?.(`Earshot radar: notification for flag ${change.flag.id} not shown: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return shown;
}

export function flagIdOfNotification(notificationId: string): string | undefined {
  return notificationId.startsWith(NOTIFICATION_PREFIX) ? notificationId.slice(NOTIFICATION_PREFIX.length) || undefined : undefined;
}

export const dashboardPathForFlag = (flagId: string) => `/dashboard.html#flag=${encodeURIComponent(flagId)}`;

/** notifications.onClicked: opens the flag; false for notifications that are not ours. */
export async function onFlagNotificationClicked(
  notificationId: string,
  deps: { getURL(path: string): string; openTab(url: string): Promise<unknown> | unknown; clear?(id: string): Promise<unknown> | unknown },
): Promise<boolean> {
  const flagId = flagIdOfNotification(notificationId);
  if (!flagId) return false;
  await deps.openTab(deps.getURL(dashboardPathForFlag(flagId)));
  await deps.clear?.(notificationId);
  return true;
}
