import type { Totals } from '../lib/analytics/totals';
import { formatCount, t, uiLocale, type MessageKey } from '../lib/i18n';

interface KpiProps {
  testId: string;
  label: MessageKey;
  value: number;
  hint?: string;
}

function Kpi({ testId, label, value, hint }: KpiProps) {
  return (
    <div class="kpi" title={hint}>
      <strong class="kpi-value" data-testid={testId} data-value={String(value)}>
        {formatCount(value, uiLocale())}
      </strong>
      <span class="kpi-label">{t(label)}</span>
    </div>
  );
}

export function KpiCards({ totals }: { totals: Totals }) {
  return (
    <section class="kpis" aria-label={`${t('kpiAllTime')}: ${t('kpiPosts')}, ${t('kpiComments')}, ${t('kpiEngagement')}`}>
      <h2 class="kpis-caption">{t('kpiAllTime')}</h2>
      <Kpi testId="kpi-posts" label="kpiPosts" value={totals.posts} />
      <Kpi testId="kpi-comments" label="kpiComments" value={totals.comments} />
      <Kpi testId="kpi-engagement" label="kpiEngagement" value={totals.engagement} hint={t('kpiEngagementHint')} />
    </section>
  );
}
