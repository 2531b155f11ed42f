// The response-time target of a flag: time left, overdue, or met/missed once someone responded.
import type { CrisisFlag, FlagStage } from '../../lib/crisis/types';

/** Leaving these two stages is what "responded" means for the target. */
const BEFORE_RESPONSE: readonly FlagStage[] = ['identified', 'assessed'];

export type ResponseClock =
  | { state: 'running'; minutesLeft: number }
  | { state: 'overdue'; minutesOver: number }
  | { state: 'met'; respondedAt: string }
  | { state: 'missed'; respondedAt: string; minutesLate: number };

const MINUTE = 60_000;

/** When the flag first moved past 'assessed' (from its history); undefined while it has not. */
export function respondedAt(flag: Pick<CrisisFlag, 'stage' | 'history' | 'updatedAt'>): string | undefined {
  if (BEFORE_RESPONSE.includes(flag.stage)) return undefined;
  const entry = flag.history.find(
    (item) => item.event === 'stage' && item.to !== undefined && !BEFORE_RESPONSE.includes(item.to as FlagStage),
  );
  // A flag moved on without a history entry (should not happen) counts from its last update.
  return entry?.at ?? flag.updatedAt;
}

export function responseClock(flag: Pick<CrisisFlag, 'stage' | 'history' | 'updatedAt' | 'respondBy'>, now: number): ResponseClock {
  const deadline = Date.parse(flag.respondBy);
  const responded = respondedAt(flag);
  if (responded !== undefined) {
    const late = Math.floor((Date.parse(responded) - deadline) / MINUTE);
    return late > 0 ? { state: 'missed', respondedAt: responded, minutesLate: late } : { state: 'met', respondedAt: responded };
  }
  if (now >= deadline) return { state: 'overdue', minutesOver: Math.floor((now - deadline) / MINUTE) };
  return { state: 'running', minutesLeft: Math.ceil((deadline - now) / MINUTE) };
}

/** "1 h 05 min" / "25 min": short enough for a card, exact enough for a 30-minute target. */
export function formatMinutes(minutes: number, units: { hour: string; minute: string }): string {
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} ${units.minute}`;
  return `${hours} ${units.hour} ${String(rest).padStart(2, '0')} ${units.minute}`;
}
