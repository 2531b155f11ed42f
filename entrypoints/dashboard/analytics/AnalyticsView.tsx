// The analytics desk: filters in the hash, six KPIs against the previous period, the time charts, and the
// panels. The root's data-ready says what has rendered for the current filter ("kpis", then "kpis chart"
// once the volume chart exists); the bench and end-to-end tests wait on it.
import { useMemo, useState } from 'preact/hooks';
import { kpisFromStats, previousPeriod, shareOfVoice, withShareOfVoice } from '../../../lib/analytics/kpis';
import { timeBuckets } from '../../../lib/analytics/series';
import type { StatsRow } from '../../../lib/analytics/stats-types';
import type { AnalyticsFilter, KpiSet } from '../../../lib/analytics/view-types';
import type { CrisisFlag } from '../../../lib/crisis/types';
import type { EarshotDb } from '../../../lib/db';
import { t, uiLocale } from '../../../lib/i18n';
import type { Platform } from '../../../lib/model';
import type { Watch } from '../../../lib/watch/types';
import { readStatsExtent } from '../../../components/analytics/queries';
import { chartBuckets } from '../../../components/analytics/charts/buckets';
import { SentimentPanel } from '../../../components/analytics/charts/SentimentPanel';
import { SharePanel } from '../../../components/analytics/charts/SharePanel';
import { VolumePanel } from '../../../components/analytics/charts/VolumePanel';
import {
  ComparePanel, ContentTypesPanel, DefinitionsPanel, HeatmapPanel, KeywordsPanel, PlacesPanel, TopAuthorsPanel, TopPostsPanel, TrendingPanel,
} from '../../../components/analytics/panels';
import { useLiveQuery } from '../../../components/useLiveQuery';
import { parseAnalyticsQuery, type AnalyticsQuery } from '../analytics-route';
import { ExportActions } from './ExportActions';
import { FilterBar } from './FilterBar';
import { kpiCards } from './kpi-cards';
import { KpiGrid } from './KpiGrid';
import { OpenFlagsReport } from './OpenFlagsReport';
import { defaultTimeZone, rangeDays, resolveRange } from './range';
import { ReportHeader } from './ReportHeader';
import { useAnalyticsData } from './useAnalyticsData';
import { usePrintResize } from './usePrintResize';

export interface AnalyticsViewProps {
  db: EarshotDb;
  /** The hash query after `#analytics?`. */
  query: string;
  watches: readonly Watch[];
  /** Sorted worst first, as readFlags gives them. */
  flags: readonly CrisisFlag[];
  now: number;
  onQuery: (query: AnalyticsQuery) => void;
  /** The viewer's zone unless a test pins one. */
  timeZone?: string;
}

function kpisOf(rows: StatsRow[], watchRows: Map<string, StatsRow[]>, platforms: Platform[], watchId: string): KpiSet {
  return withShareOfVoice(kpisFromStats(rows, platforms), shareOfVoice(watchRows, watchId, platforms));
}

function periodLabel(range: { from: number; to: number }, locale: string, timeZone: string): [string, string] {
  const short = range.to - range.from <= 48 * 3_600_000;
  const format = new Intl.DateTimeFormat(locale, short ? { timeZone, month: 'short', day: 'numeric', hour: 'numeric' } : { timeZone, month: 'short', day: 'numeric' });
  return [format.format(range.from), format.format(short ? range.to : range.to - 1)];
}

export function AnalyticsView({ db, query, watches, flags, now, onQuery, timeZone = defaultTimeZone() }: AnalyticsViewProps) {
  const locale = uiLocale();
  const state = parseAnalyticsQuery(query);
  const extent = useLiveQuery(() => readStatsExtent(db), [db]);
  // All time starts at the first recorded hour, so it waits for that; the other ranges need nothing read.
  const range = state.preset === 'all' && !extent.value ? undefined : resolveRange(state, { now, firstHour: extent.value?.firstHour, timeZone });
  const filter: AnalyticsFilter | undefined = range && {
    from: range.from, to: range.to, platforms: state.platform ? [state.platform] : [], watchId: state.watchId, basis: state.basis,
  };
  const watchIds = useMemo(() => watches.map((watch) => watch.id), [watches]);
  const watchNames = useMemo(() => new Map(watches.map((watch) => [watch.id, watch.name])), [watches]);
  const data = useAnalyticsData(db, filter, watchIds, state.preset !== 'all');
  const [drawn, setDrawn] = useState(false);
  usePrintResize();

  const stats = data.stats;
  const shown = stats?.filter;
  // With no watch chosen, share of voice answers the usual question: how loud is our brand among all watched.
  const brand = watches.find((watch) => watch.kind === 'brand');
  const sovWatchId = shown?.watchId || brand?.id || '';
  const cards = stats && shown && kpiCards({
    current: kpisOf(stats.current, stats.watchRows, shown.platforms, sovWatchId),
    previous: stats.previous && stats.previousWatchRows && kpisOf(stats.previous, stats.previousWatchRows, shown.platforms, sovWatchId),
    basis: shown.basis,
    watchChosen: !!shown.watchId,
    sovBrand: shown.watchId ? undefined : brand?.name,
    locale,
    previousLabel: periodLabel(previousPeriod(shown.from, shown.to), locale, timeZone),
  });
  const buckets = useMemo(() => (shown ? chartBuckets(timeBuckets(shown.from, shown.to, timeZone)) : []), [shown?.from, shown?.to, timeZone]);
  const ready = data.fresh && cards ? (drawn ? 'kpis chart' : 'kpis') : '';

  return (
    <div class="analytics" data-testid="analytics" data-ready={ready} aria-busy={ready ? undefined : 'true'}>
      {range && (
        <ReportHeader range={range} platform={state.platform} watchName={state.watchId ? watchNames.get(state.watchId) ?? t('an_removedWatch') : undefined}
          basis={state.basis} now={now} locale={locale} timeZone={timeZone} />
      )}
      <div class="an-toolbar no-print">
        <FilterBar query={state} days={range && rangeDays(range, timeZone)} platforms={extent.value?.platforms ?? []} watches={watches} onChange={onQuery} />
        {/* A new filter starts a new export: the last one's count would describe other records. */}
        <ExportActions key={JSON.stringify(filter)} db={db} filter={filter} />
      </div>
      {data.error && <p class="error" role="alert">{t('dash_loadError', data.error.message)}</p>}
      {!cards || !shown ? <p class="muted loading">{t('dash_loading')}</p> : (
        <>
          <KpiGrid cards={cards} busy={!data.fresh} />
          {!data.fresh && <p class="muted an-updating no-print" role="status">{t('an_updating')}</p>}
          <div class="an-grid">
            <div class="an-cell an-wide an-print-chart">
              <VolumePanel rows={stats.current} buckets={buckets} platforms={shown.platforms} locale={locale} timeZone={timeZone} onDrawn={() => setDrawn(true)} />
            </div>
            <div class="an-cell an-print-chart">
              <SentimentPanel rows={stats.current} buckets={buckets} platforms={shown.platforms} locale={locale} timeZone={timeZone} />
            </div>
            <div class="an-cell print-hide">
              <SharePanel rowsByWatch={stats.watchRows} watchNames={watchNames} buckets={buckets} platforms={shown.platforms} locale={locale} timeZone={timeZone} />
            </div>
            <div class="an-cell an-wide an-print-top">
              <TopPostsPanel db={db} posts={data.posts} basis={shown.basis} />
            </div>
            <div class="an-cell print-hide"><ContentTypesPanel posts={data.posts} basis={shown.basis} /></div>
            <div class="an-cell print-hide"><HeatmapPanel posts={data.posts} basis={shown.basis} timeZone={timeZone} /></div>
            <div class="an-cell print-hide"><TopAuthorsPanel posts={data.posts} /></div>
            <div class="an-cell print-hide"><KeywordsPanel posts={data.posts} /></div>
            <div class="an-cell print-hide"><TrendingPanel trends={data.trends} filter={shown} /></div>
            <div class="an-cell print-hide"><PlacesPanel rows={data.fresh ? stats.current : undefined} platforms={shown.platforms} /></div>
            <div class="an-cell an-wide print-hide"><ComparePanel db={db} filter={shown} watchIds={watchIds} timeZone={timeZone} /></div>
            <div class="an-cell an-wide print-hide"><DefinitionsPanel /></div>
          </div>
          <OpenFlagsReport flags={flags} watches={watches} locale={locale} />
        </>
      )}
    </div>
  );
}
