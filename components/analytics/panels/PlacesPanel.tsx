// Where commenters are: the IP属地 platforms show beside comments, summed from the stats rollup.
import { placesFromStats } from '../../../lib/analytics/places';
import type { StatsRow } from '../../../lib/analytics/stats-types';
import { t } from '../../../lib/i18n';
import { PLATFORMS, type Platform } from '../../../lib/model';
import { platformName } from '../../platformName';
import { Panel } from '../Panel';
import { showCount, showPercent } from './format';
import { Empty, Loading } from './states';

/** Platforms (of the filter) whose comments in these rows showed a place, in the usual platform order. */
export function platformsShowingPlaces(rows: readonly StatsRow[], platforms: readonly Platform[]): Platform[] {
  const showing = new Set(rows.filter((row) => row.places && Object.keys(row.places).length > 0).map((row) => row.platform));
  return PLATFORMS.filter((platform) => showing.has(platform) && (platforms.length === 0 || platforms.includes(platform)));
}

export function PlacesPanel({ rows, platforms }: { rows?: StatsRow[]; platforms: Platform[] }) {
  const places = rows ? placesFromStats(rows, platforms) : undefined;
  const showing = rows ? platformsShowingPlaces(rows, platforms) : [];
  const note = showing.length > 0 ? t('an_p_placesSeenOn', showing.map(platformName).join(', ')) : t('an_p_placesNoneShown');
  const csv = () => ({
    header: [t('an_p_colPlace'), t('an_p_colComments'), t('an_p_colShare')],
    rows: (places ?? []).map((row) => [row.place, row.comments, row.share]),
  });
  return (
    <Panel name="places" title={t('an_p_placesTitle')} note={rows ? note : undefined} csv={csv}>
      {!places ? <Loading /> : places.length === 0 ? <Empty /> : (
        <table class="an-table">
          <thead>
            <tr><th scope="col">{t('an_p_colPlace')}</th><th scope="col" class="num">{t('an_p_colComments')}</th><th scope="col">{t('an_p_colShare')}</th></tr>
          </thead>
          <tbody>
            {places.map((row) => (
              <tr key={row.place} data-testid="place-row" data-place={row.place} data-value={row.comments}>
                <th scope="row" class="an-cell-text">{row.place}</th>
                <td class="num">{showCount(row.comments)}</td>
                <td class="an-bar-cell">
                  <span class="an-bar" style={{ width: `${100 * row.share}%` }} aria-hidden="true" />
                  <span class="num">{showPercent(row.share)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
