import { t } from '../lib/i18n';

export function EmptyState() {
  return (
    <section class="card empty" data-testid="empty-state">
      <h2>{t('emptyTitle')}</h2>
      <ol class="empty-steps">
        <li>{t('emptyStepOpen')}</li>
        <li>{t('emptyStepBrowse')}</li>
        <li>{t('emptyStepReturn')}</li>
      </ol>
      <p class="privacy">{t('emptyPrivacy')}</p>
    </section>
  );
}
