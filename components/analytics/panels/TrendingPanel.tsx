// What was trending: hot-list entries captured in the range, by their best rank.
import { trendingFrom } from '../../../lib/analytics/trending';
import type { AnalyticsFilter } from '../../../lib/analytics/view-types';
import type { StoredTrend } from '../../../lib/db';
import { formatDateTime, t, uiLocale } from '../../../lib/i18n';
import { platformName } from '../../platformName';
import { Panel } from '../Panel';
import { showCount } from './format';
import { Empty, Loading } from './states';

export function TrendingPanel({ trends, filter }: { trends?: StoredTrend[]; filter: AnalyticsFilter }) {
  const rows = trends ? trendingFrom(trends, filter.from, filter.to, filter.platforms) : undefined;
  const locale = uiLocale();
  const csv = () => ({
    header: [t('an_p_colTitle'), t('an_p_colPlatform'), t('an_p_colBestRank'), t('an_p_colHeat'), t('an_p_colSightings'), t('an_p_colFirstSeen'), t('an_p_colLastSeen'), t('an_p_colUrl')],
    rows: (rows ?? []).map((row) => [row.title, platformName(row.platform), row.bestRank, row.heat, row.sightings, row.firstSeenAt, row.lastSeenAt, row.url]),
  });
  return (
    <Panel name="trending" title={t('an_p_trendTitle')} note={t('an_p_trendNote')} csv={csv}>
      {!rows ? <Loading /> : rows.length === 0 ? <Empty /> : (
        <table class="an-table">
          <thead>
            <tr>
              <th scope="col">{t('an_p_colTitle')}</th><th scope="col">{t('an_p_colPlatform')}</th><th scope="col" class="num">{t('an_p_colBestRank')}</th>
              <th scope="col" class="num">{t('an_p_colHeat')}</th><th scope="col" class="num">{t('an_p_colSightings')}</th><th scope="col">{t('an_p_colLastSeen')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.platform}\n${row.title}`} data-testid="trend-row" data-platform={row.platform}>
                <th scope="row" class="an-cell-text"><a href={row.url} target="_blank" rel="noreferrer">{row.title}</a></th>
                <td>{platformName(row.platform)}</td>
                <td class="num">{row.bestRank}</td>
                <td class="num">{showCount(row.heat)}</td>
                <td class="num">{showCount(row.sightings)}</td>
                <td class="nowrap"><time dateTime={row.lastSeenAt}>{formatDateTime(row.lastSeenAt, locale)}</time></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
