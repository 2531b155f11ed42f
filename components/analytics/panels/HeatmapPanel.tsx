// Best time to post: weekday × hour grid of the median engagement rate of posts by publish time, for
// a chosen set of accounts (a competitor's, say), with what was left out said in words.
import { Chart } from 'chart.js';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { RateBasis } from '../../../lib/analytics/engagement';
import { postingHeatmap } from '../../../lib/analytics/heatmap';
import { defaultTimeZone } from '../../../lib/analytics/local-time';
import type { StoredPost } from '../../../lib/db';
import { t, uiLocale } from '../../../lib/i18n';
import { Panel } from '../Panel';
import { platformName } from '../../platformName';
import { basisLabel, showCount, showPercent } from './format';
import { HeatmapChart } from './HeatmapChart';
import { HeatmapTable } from './HeatmapTable';
import { accountsOf, bestCell, postsOfAccounts, weekdayName } from './heatmap-view';
import { Empty, Loading } from './states';

export function HeatmapPanel({ posts, basis, timeZone = defaultTimeZone() }: { posts?: StoredPost[]; basis: RateBasis; timeZone?: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const accounts = useMemo(() => accountsOf(posts ?? []), [posts]);
  const heatmap = useMemo(
    () => (posts ? postingHeatmap(postsOfAccounts(posts, selected), basis, timeZone) : undefined),
    [posts, selected, basis, timeZone],
  );
  const locale = uiLocale();
  const best = heatmap && bestCell(heatmap);
  const summary = best ? t('an_p_hmBest', weekdayName(best.weekday, locale), best.hour, showPercent(best.medianRate), best.posts) : t('an_p_hmEmpty');
  const csv = () => ({
    header: [t('an_p_colWeekday'), t('an_p_colHour'), t('an_p_colPosts'), `${t('an_p_colMedianRate')} (${basisLabel(basis)})`],
    rows: (heatmap?.cells ?? []).map((cell) => [weekdayName(cell.weekday, locale), cell.hour, cell.posts, cell.medianRate]),
  });
  const pick = (event: Event) => {
    const options = [...(event.currentTarget as HTMLSelectElement).selectedOptions];
    setSelected(new Set(options.map((option) => option.value).filter(Boolean)));
  };
  return (
    <Panel name="heatmap" title={t('an_p_hmTitle')} note={t('an_p_hmNote', basisLabel(basis), timeZone)} csv={csv}
      chart={() => (canvasRef.current ? Chart.getChart(canvasRef.current) : undefined)}>
      {!heatmap ? <Loading /> : posts!.length === 0 ? <Empty /> : (
        <>
          <label class="an-accounts">
            <span>{t('an_p_hmAccounts')}</span>
            <select multiple size={Math.min(5, accounts.length + 1)} data-testid="heatmap-accounts" onChange={pick} title={t('an_p_hmAccountsHint')}>
              <option value="" selected={selected.size === 0}>{t('an_p_hmAllAccounts')}</option>
              {accounts.map((account) => (
                <option key={account.id} value={account.id} selected={selected.has(account.id)}>
                  {`${account.name} · ${platformName(account.platform)} (${account.posts})`}
                </option>
              ))}
            </select>
            <small class="muted">{t('an_p_hmAccountsHint')}</small>
          </label>
          <p class="an-summary" data-testid="heatmap-summary">{summary}</p>
          <p class="muted an-note" data-testid="heatmap-left-out" data-used={heatmap.used} data-without-time={heatmap.withoutTime} data-without-rate={heatmap.withoutRate}>
            {t('an_p_hmLeftOut', showCount(heatmap.used), showCount(heatmap.withoutTime), showCount(heatmap.withoutRate))}
          </p>
          <HeatmapChart heatmap={heatmap} canvasRef={canvasRef} label={summary} />
          <HeatmapTable heatmap={heatmap} caption={summary} />
        </>
      )}
    </Panel>
  );
}
