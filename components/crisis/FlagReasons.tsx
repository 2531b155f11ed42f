import type { FlagReason } from '../../lib/crisis/types';
import { t, uiLocale } from '../../lib/i18n';
import { reasonSentence } from './reason-text';

/** How far past its threshold an input is, for the small meter (capped: 3× reads as "far past"). */
export function reasonStrength(reason: FlagReason): number {
  // A hot-list rank is better when lower, and being on the list at all is the signal.
  if (reason.signal === 'hot_list' || !(reason.threshold > 0)) return 1;
  return Math.max(0, Math.min(3, reason.value / reason.threshold)) / 3;
}

export function FlagReasons({ reasons }: { reasons: readonly FlagReason[] }) {
  const locale = uiLocale();
  return (
    <section class="panel">
      <h2>{t('crisis_why')}</h2>
      {reasons.length === 0 && <p class="muted">{t('crisis_noReason')}</p>}
      <ul class="reasons">
        {reasons.map((reason, index) => (
          <li key={`${reason.signal}-${index}`} class="reason" data-testid="flag-reason" data-signal={reason.signal}
            data-value={String(reason.value)} data-threshold={String(reason.threshold)}>
            <span class="reason-meter" aria-hidden="true"><span style={{ width: `${Math.round(reasonStrength(reason) * 100)}%` }} /></span>
            <span class="reason-text">{reasonSentence(reason, locale)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
