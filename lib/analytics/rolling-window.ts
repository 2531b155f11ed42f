// "The last 24 hours / 7 days …" as the popup and the dashboard both read it: ending with the hour now
// is in (so the current hour counts), hour-aligned to the stats rollup's grain, so the period before is
// equally long and complete — and the popup's link opens the dashboard on exactly the same window.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const ROLLING_LENGTH = { '24h': DAY, '7d': 7 * DAY, '30d': 30 * DAY, '90d': 90 * DAY } as const;
export type RollingPreset = keyof typeof ROLLING_LENGTH;

/** The end of the hour `now` is in. */
export const hourEnd = (now: number) => Math.floor(now / HOUR) * HOUR + HOUR;

/** [from, to) in ms. */
export function rollingWindow(preset: RollingPreset, now: number): { from: number; to: number } {
  const to = hourEnd(now);
  return { from: to - ROLLING_LENGTH[preset], to };
}
