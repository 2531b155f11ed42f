// The overview's window (24 h or 7 days), remembered across popup openings: the popup page is
// created afresh each time it opens, so component state alone would forget the choice.
import { useState } from 'preact/hooks';
import { OVERVIEW_RANGES, type OverviewRange } from '../entrypoints/popup/overview-queries';

export const OVERVIEW_RANGE_KEY = 'earshot.overviewRange';

export function storedOverviewRange(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): OverviewRange {
  try {
    const value = storage?.getItem(OVERVIEW_RANGE_KEY);
    return (OVERVIEW_RANGES as readonly (string | null | undefined)[]).includes(value) ? (value as OverviewRange) : '24h';
  } catch {
    // Storage can be blocked (site-data settings); the default window is good enough then.
    return '24h';
  }
}

export function useOverviewRange(): [OverviewRange, (range: OverviewRange) => void] {
  const [range, setRange] = useState<OverviewRange>(() => storedOverviewRange());
  const choose = (next: OverviewRange) => {
    setRange(next);
    try {
      localStorage.setItem(OVERVIEW_RANGE_KEY, next);
    } catch {
      // Not remembered, still shown.
    }
  };
  return [range, choose];
}
