// The printed report's heading: what the page shows (range and filters) and when it was made.
// On screen the filter bar says the same, so this shows only in print.
import type { RateBasis } from '../../../lib/analytics/engagement';
import { formatDateTime, t } from '../../../lib/i18n';
import type { Platform } from '../../../lib/model';
import { platformName } from '../../../components/platformName';

interface ReportHeaderProps {
  range: { from: number; to: number };
  platform: Platform | '';
  watchName: string | undefined;
  basis: RateBasis;
  now: number;
  locale: string;
  timeZone: string;
}

export function ReportHeader({ range, platform, watchName, basis, now, locale, timeZone }: ReportHeaderProps) {
  const format = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  const filters = t('an_reportFilters', platform ? platformName(platform) : t('an_allPlatforms'), watchName ?? t('an_allCaptures'), t(`an_basis_${basis}`));
  return (
    <header class="an-report-head print-only" data-testid="report-header">
      {/* No logo: its gradient is defined in the page header's copy, which print hides, and then draws nothing. */}
      <h1>{t('extName')} · {t('an_reportTitle')}</h1>
      <p><b>{format.formatRange(range.from, range.to)}</b></p>
      <p class="muted">{filters}</p>
      <p class="muted">{t('an_reportGenerated', formatDateTime(new Date(now).toISOString(), locale))}</p>
    </header>
  );
}
