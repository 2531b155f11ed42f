// Counts now, with what they were when saved and the growth since, so a saved post's trajectory reads at a glance.
import { formatCount, t, uiLocale } from '../../lib/i18n';
import type { CardCounts, CountRow } from '../../lib/swipe/ui-card';

function signed(value: number, locale: string): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatCount(Math.abs(value), locale)}`;
}

function CountCell({ row, locale }: { row: CountRow; locale: string }) {
  const shown = row.now ?? row.atSave;
  return (
    <div class="count-cell" data-metric={row.metric}>
      <dt>{t(`library_metric_${row.metric}`)}</dt>
      <dd>
        <b>{shown === undefined ? '—' : formatCount(shown, locale)}</b>
        {row.delta !== undefined && row.delta !== 0 && <span class={`delta ${row.delta > 0 ? 'delta-up' : 'delta-down'}`}>{signed(row.delta, locale)}</span>}
      </dd>
    </div>
  );
}

export function ExampleCounts({ counts }: { counts: CardCounts }) {
  const locale = uiLocale();
  if (counts.rows.length === 0) return <p class="muted example-nocounts">{t('library_noCounts')}</p>;
  const { engagementDelta: delta } = counts;
  const state = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  return (
    <div class="example-counts">
      <dl class="count-cells">{counts.rows.map((row) => <CountCell key={row.metric} row={row} locale={locale} />)}</dl>
      <p class={`example-growth growth-${state}`} data-testid="example-growth" data-delta={String(delta)}
        data-at-save={String(counts.engagementAtSave)} data-now={String(counts.engagementNow)}>
        {state === 'flat'
          ? t('library_growthNone', formatCount(counts.engagementAtSave, locale))
          : t('library_growth', signed(delta, locale), formatCount(counts.engagementAtSave, locale))}
      </p>
    </div>
  );
}
