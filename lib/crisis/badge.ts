// The toolbar badge: how many flags are open, in the colour of the most severe one.
import { isOpenFlag, type RadarDb } from './radar-db';
import { LEVEL_ORDER, type CrisisFlag, type CrisisLevel } from './types';

export const LEVEL_COLOURS: Record<CrisisLevel, string> = { blue: '#2563eb', yellow: '#ca8a04', orange: '#ea580c', red: '#dc2626' };

export interface Badge {
  /** '' hides the badge. */
  text: string;
  color?: string;
  level?: CrisisLevel;
}

export function highestLevel(levels: Iterable<CrisisLevel>): CrisisLevel | undefined {
  let highest = -1;
  for (const level of levels) highest = Math.max(highest, LEVEL_ORDER.indexOf(level));
  return highest >= 0 ? LEVEL_ORDER[highest] : undefined;
}

export function badgeFor(flags: readonly Pick<CrisisFlag, 'level' | 'stage'>[]): Badge {
  const open = flags.filter(isOpenFlag);
  const level = highestLevel(open.map((flag) => flag.level));
  if (!level) return { text: '' };
  // The badge has room for about four characters.
  return { text: open.length > 99 ? '99+' : String(open.length), color: LEVEL_COLOURS[level], level };
}

export interface ActionApi {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
}

export async function applyBadge(action: ActionApi, badge: Badge): Promise<void> {
  await action.setBadgeText({ text: badge.text });
  if (badge.color) await action.setBadgeBackgroundColor({ color: badge.color });
}

/** Reads the flags and sets the badge; call after a radar pass and after the user moves a flag. */
export async function refreshBadge(db: RadarDb, action: ActionApi): Promise<Badge> {
  const badge = badgeFor(await db.flags.toArray());
  await applyBadge(action, badge);
  return badge;
}
