import type { CrisisFlag } from '../../lib/crisis/types';
import { formatDateTime, t, uiLocale } from '../../lib/i18n';
import { formatMinutes, responseClock } from './countdown';

export function clockText(flag: Pick<CrisisFlag, 'stage' | 'history' | 'updatedAt' | 'respondBy'>, now: number): { text: string; state: string } {
  const units = { hour: t('crisis_unitHour'), minute: t('crisis_unitMinute') };
  const clock = responseClock(flag, now);
  switch (clock.state) {
    case 'running': return { state: clock.state, text: t('crisis_clockRunning', formatMinutes(clock.minutesLeft, units)) };
    case 'overdue': return { state: clock.state, text: t('crisis_clockOverdue', formatMinutes(clock.minutesOver, units)) };
    case 'met': return { state: clock.state, text: t('crisis_clockMet') };
    case 'missed': return { state: clock.state, text: t('crisis_clockMissed', formatMinutes(clock.minutesLate, units)) };
  }
}

/** The response-time target as a badge: counting down, overdue (highlighted), met or missed. */
export function ResponseClock({ flag, now }: { flag: CrisisFlag; now: number }) {
  const { text, state } = clockText(flag, now);
  return (
    <span class={`clock clock-${state}`} data-testid="flag-clock" data-state={state}
      title={t('crisis_clockTarget', formatDateTime(flag.respondBy, uiLocale()))}>
      {text}
    </span>
  );
}
