// One line per reason for places without the dashboard's layout: notifications and webhook messages.
import type { CrisisLevel, FlagReason } from './types';

/** Looks a message up; returns the key itself (or '') when the catalog has no such message. */
export type Translate = (key: string, ...subs: (string | number)[]) => string;

function lookup(t: Translate, key: string, fallback: string, ...subs: (string | number)[]): string {
  const text = t(key, ...subs);
  return text && text !== key ? text : fallback;
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
}

export function levelName(level: CrisisLevel, t: Translate): string {
  return lookup(t, `radar_level_${level}`, level);
}

export function reasonText(reason: FlagReason, t: Translate): string {
  const name = lookup(t, `radar_signal_${reason.signal}`, reason.signal);
  const value = formatNumber(reason.value);
  const threshold = formatNumber(reason.threshold);
  const line = lookup(t, 'radar_reason', `${name}: ${value} (threshold ${threshold})`, name, value, threshold);
  return reason.detail ? `${line} · ${reason.detail}` : line;
}
