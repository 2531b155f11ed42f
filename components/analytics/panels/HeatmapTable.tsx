// The best-time grid's numbers as a table, hidden from view: for screen readers (and tests).
import type { Heatmap } from '../../../lib/analytics/view-types';
import { t, uiLocale } from '../../../lib/i18n';
import { showPercent } from './format';
import { HOURS, WEEKDAYS } from './HeatmapChart';
import { weekdayName } from './heatmap-view';

export function HeatmapTable({ heatmap, caption }: { heatmap: Heatmap; caption: string }) {
  const locale = uiLocale();
  return (
    <div class="visually-hidden">
      <table data-testid="heatmap-table">
        <caption>{caption}</caption>
        <thead><tr><th scope="col">{t('an_p_colWeekday')}</th>{HOURS.map((hour) => <th key={hour} scope="col">{hour}</th>)}</tr></thead>
        <tbody>
          {WEEKDAYS.map((weekday) => (
            <tr key={weekday}>
              <th scope="row">{weekdayName(weekday, locale)}</th>
              {heatmap.cells.filter((cell) => cell.weekday === weekday).map((cell) => (
                <td key={cell.hour} data-testid="heat-cell" data-weekday={weekday} data-hour={cell.hour} data-posts={cell.posts} data-value={cell.medianRate ?? ''}>
                  {showPercent(cell.medianRate)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
