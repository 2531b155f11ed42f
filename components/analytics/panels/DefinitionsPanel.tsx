// What "engagement" means on each platform and how the rate is computed, so every number on the
// dashboard can be read correctly (definitions: lib/analytics/engagement.ts).
import { ENGAGEMENT_METRICS, type EngagementMetric } from '../../../lib/analytics/engagement';
import { t } from '../../../lib/i18n';
import { PLATFORMS } from '../../../lib/model';
import { platformName } from '../../platformName';
import { Panel } from '../Panel';

const metricName = (metric: EngagementMetric): string => t(`an_p_metric_${metric}`);

export function DefinitionsPanel() {
  const rows = PLATFORMS.map((platform) => ({
    platform,
    counted: ENGAGEMENT_METRICS[platform].map(metricName).join(' + '),
    note: t(`an_p_defNote_${platform}`),
  }));
  const csv = () => ({
    header: [t('an_p_colPlatform'), t('an_p_colCounted'), t('an_p_colNotes')],
    rows: rows.map((row) => [platformName(row.platform), row.counted, row.note]),
  });
  return (
    <Panel name="definitions" title={t('an_p_defTitle')} csv={csv}>
      <p class="an-definition-rate" data-testid="definition-rate">{t('an_p_defRate')}</p>
      <table class="an-table">
        <thead>
          <tr><th scope="col">{t('an_p_colPlatform')}</th><th scope="col">{t('an_p_colCounted')}</th><th scope="col">{t('an_p_colNotes')}</th></tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.platform} data-testid="definition-row" data-platform={row.platform}>
              <th scope="row">{platformName(row.platform)}</th>
              <td>{row.counted}</td>
              <td class="muted">{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
