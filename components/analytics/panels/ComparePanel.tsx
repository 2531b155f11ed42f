// Campaign compare: two windows of days side by side — the KPIs of each, the change, and whether the
// change is larger than the metric's normal day-to-day variation (lib/analytics/campaign.ts).
import { useEffect, useRef, useState } from 'preact/hooks';
import { compareWindows } from '../../../lib/analytics/campaign';
import { defaultTimeZone } from '../../../lib/analytics/local-time';
import { EVERYTHING } from '../../../lib/analytics/stats-types';
import type { AnalyticsFilter, CompareRow } from '../../../lib/analytics/view-types';
import type { EarshotDb } from '../../../lib/db';
import { t } from '../../../lib/i18n';
import { Panel } from '../Panel';
import { readStatsRange, readWatchRows } from '../queries';
import { CompareTable, metricLabel, verdictText } from './CompareTable';
import { dayCount, defaultWindows, splitAt, windowOfDays, type DayWindow, type DayWindows } from './compare-windows';
import { Loading } from './states';

async function readComparison(db: EarshotDb, filter: AnalyticsFilter, watchIds: string[], days: DayWindows, timeZone: string): Promise<CompareRow[] | undefined> {
  const a = windowOfDays(days.a, timeZone);
  const b = windowOfDays(days.b, timeZone);
  if (!a || !b) return undefined;
  const scope = filter.watchId || EVERYTHING;
  const withWatches = Boolean(filter.watchId) && watchIds.length > 0;
  const [rowsA, rowsB, watchRowsA, watchRowsB] = await Promise.all([
    readStatsRange(db, scope, a.from, a.to),
    readStatsRange(db, scope, b.from, b.to),
    withWatches ? readWatchRows(db, watchIds, a.from, a.to) : undefined,
    withWatches ? readWatchRows(db, watchIds, b.from, b.to) : undefined,
  ]);
  return compareWindows(rowsA, rowsB, { a, b }, {
    platforms: filter.platforms, basis: filter.basis, timeZone, watchId: filter.watchId || undefined, watchRowsA, watchRowsB,
  });
}

function DaysInput({ label, window, side, onChange }: { label: string; window: DayWindow; side: 'a' | 'b'; onChange: (next: DayWindow) => void }) {
  const read = (event: Event) => (event.currentTarget as HTMLInputElement).value;
  return (
    <fieldset class="an-window">
      <legend>{label}</legend>
      <label>{t('an_p_cmpFrom')} <input type="date" data-testid={`compare-${side}-from`} value={window.from} onChange={(event) => onChange({ ...window, from: read(event) })} /></label>
      <label>{t('an_p_cmpTo')} <input type="date" data-testid={`compare-${side}-to`} value={window.to} onChange={(event) => onChange({ ...window, to: read(event) })} /></label>
    </fieldset>
  );
}

export function ComparePanel({ db, filter, watchIds, timeZone = defaultTimeZone() }: { db: EarshotDb; filter: AnalyticsFilter; watchIds: string[]; timeZone?: string }) {
  const [days, setDays] = useState<DayWindows>(() => defaultWindows(filter, timeZone));
  const [pivot, setPivot] = useState('');
  const [rows, setRows] = useState<CompareRow[] | undefined>();
  const [failed, setFailed] = useState('');
  const valid = Boolean(windowOfDays(days.a, timeZone) && windowOfDays(days.b, timeZone));

  // A new filter range resets the windows to "the period before vs this range" (not on mount: the
  // user may already have picked days by the time effects run).
  const rangeKey = `${filter.from}/${filter.to}/${timeZone}`;
  const windowsRange = useRef(rangeKey);
  useEffect(() => {
    if (windowsRange.current === rangeKey) return;
    windowsRange.current = rangeKey;
    setDays(defaultWindows(filter, timeZone));
  }, [rangeKey]);

  useEffect(() => {
    let current = true;
    setRows(undefined);
    setFailed('');
    readComparison(db, filter, watchIds, days, timeZone).then(
      (compared) => { if (current) setRows(compared); },
      (error: unknown) => { if (current) setFailed(error instanceof Error ? error.message : String(error)); },
    );
    return () => { current = false; };
  }, [db, JSON.stringify(days), filter.platforms.join(), filter.watchId, filter.basis, watchIds.join('\n'), timeZone]);

  const split = () => {
    const next = splitAt(pivot, dayCount(days.b));
    if (next) setDays(next);
  };
  const csv = () => ({
    header: [t('an_p_colMetric'), `A ${days.a.from}..${days.a.to}`, `B ${days.b.from}..${days.b.to}`, t('an_p_colDelta'), t('an_p_colRelative'), t('an_p_colVerdict'), 'z'],
    rows: (rows ?? []).map((row) => [metricLabel(row.metric, filter.basis), row.a, row.b, row.delta, row.relative, verdictText(row.verdict), row.z]),
  });
  return (
    <Panel name="compare" title={t('an_p_cmpTitle')} csv={csv}>
      <div class="an-compare-controls">
        <DaysInput label={t('an_p_cmpWindowA')} window={days.a} side="a" onChange={(a) => setDays({ ...days, a })} />
        <DaysInput label={t('an_p_cmpWindowB')} window={days.b} side="b" onChange={(b) => setDays({ ...days, b })} />
        <fieldset class="an-window">
          <legend>{t('an_p_cmpPivot')}</legend>
          <input type="date" data-testid="compare-pivot" value={pivot} onChange={(event) => setPivot((event.currentTarget as HTMLInputElement).value)} title={t('an_p_cmpPivotHint')} />
          <button type="button" data-testid="compare-split" disabled={!pivot} onClick={split}>{t('an_p_cmpSplit')}</button>
        </fieldset>
      </div>
      {!valid ? <p class="error" role="alert">{t('an_p_cmpBadRange')}</p>
        : failed ? <p class="error" role="alert">{t('an_p_readFailed', failed)}</p>
        : !rows ? <Loading /> : <CompareTable rows={rows} basis={filter.basis} />}
      <p class="muted an-note" data-testid="compare-rule">{t('an_p_cmpRule')}</p>
    </Panel>
  );
}
