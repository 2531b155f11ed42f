// Per-adapter counters ride along with the records; deltas for one adapter add up.
import type { AdapterHealthDelta } from '../messages';

// The background refuses a lastError over 2000 characters (lib/validate-message.ts).
const MAX_ERROR_LENGTH = 500;

export function healthDelta(adapter: string, counts: Partial<Omit<AdapterHealthDelta, 'adapter'>>): AdapterHealthDelta {
  const delta: AdapterHealthDelta = { adapter, items: counts.items ?? 0, errors: counts.errors ?? 0, skipped: counts.skipped ?? 0 };
  if (counts.lastError) delta.lastError = counts.lastError.slice(0, MAX_ERROR_LENGTH);
  return delta;
}

export function isEmptyDelta(delta: AdapterHealthDelta): boolean {
  return delta.items === 0 && delta.errors === 0 && delta.skipped === 0 && !delta.lastError;
}

/** Adds `delta` into `tally` (keyed by adapter); the latest error wins. */
export function addHealth(tally: Map<string, AdapterHealthDelta>, delta: AdapterHealthDelta): void {
  const current = tally.get(delta.adapter);
  if (!current) {
    tally.set(delta.adapter, { ...delta });
    return;
  }
  current.items += delta.items;
  current.errors += delta.errors;
  current.skipped += delta.skipped;
  if (delta.lastError) current.lastError = delta.lastError;
}
