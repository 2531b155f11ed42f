import type { CrisisFlag } from '../../lib/crisis/types';
import { formatDateTime, t, uiLocale } from '../../lib/i18n';

/** Delivery is never silent: a failure shows its error and attempt count here. */
export function WebhookStatus({ webhook, configured }: { webhook: CrisisFlag['webhook']; configured: boolean }) {
  const locale = uiLocale();
  return (
    <section class="panel" data-testid="flag-webhook">
      <h2>{t('crisis_webhook')}</h2>
      {!webhook && <p class="muted">{configured ? t('crisis_webhook_pending') : t('crisis_webhookNone')}</p>}
      {webhook && (
        <div class={`webhook-status webhook-${webhook.status}`} data-status={webhook.status}>
          <b>{t(`crisis_webhook_${webhook.status}`)}</b>
          <span class="muted">{t('crisis_webhookAttempts', webhook.attempts, webhook.lastAt ? formatDateTime(webhook.lastAt, locale) : '—')}</span>
          {webhook.lastError && <p class="error">{webhook.lastError}</p>}
        </div>
      )}
    </section>
  );
}
