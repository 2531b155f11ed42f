// One overview number with its change against the previous window. data-value carries the raw
// number ("" when unknown) so tests read exact values whatever the display rounds to.
import type { KpiChange } from '../lib/analytics/view-types';
import { formatCount, t } from '../lib/i18n';

/** count: posts, comments, engagement; net: net sentiment, a fraction in −1..1. */
export type OverviewKpiKind = 'count' | 'net';

const UNKNOWN = '—';

export function formatOverviewValue(kind: OverviewKpiKind, value: number | undefined, locale: string): string {
  if (value === undefined) return UNKNOWN;
  if (kind === 'count') return formatCount(value, locale);
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);
}

export type Direction = 'up' | 'down' | 'flat' | 'unknown';

/** "▲ 12%" against a previous count, "+5" when the previous window had none, "+4 pts" for net sentiment. */
export function formatOverviewChange(kind: OverviewKpiKind, change: KpiChange, locale: string): { text: string; direction: Direction } {
  const { delta, relative } = change;
  if (delta === undefined) return { text: UNKNOWN, direction: 'unknown' };
  const direction: Direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  if (kind === 'net') {
    const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(delta * 100);
    return { text: t('ov_points', points), direction };
  }
  if (relative === undefined) {
    return { text: (delta > 0 ? '+' : '') + formatCount(delta, locale), direction };
  }
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(Math.abs(relative));
  const arrow = direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : '± ';
  return { text: arrow + percent, direction };
}

interface Props {
  testId: string;
  label: string;
  kind: OverviewKpiKind;
  change: KpiChange;
  /** "Previous 24 h: $1" in the window's words. */
  previousLabel: (value: string) => string;
  hint?: string;
  locale: string;
}

export function PopupOverviewKpi({ testId, label, kind, change, previousLabel, hint, locale }: Props) {
  const shown = formatOverviewChange(kind, change, locale);
  const previous = formatOverviewValue(kind, change.previous, locale);
  return (
    <div class="ov-kpi" data-testid={testId} data-value={change.current === undefined ? '' : String(change.current)} title={hint}>
      <strong class="ov-kpi-value">{formatOverviewValue(kind, change.current, locale)}</strong>
      <span class="kpi-label">{label}</span>
      <span
        class={`ov-change ov-change-${shown.direction}`}
        data-testid="overview-change"
        data-value={change.delta === undefined ? '' : String(change.delta)}
        title={previousLabel(previous === UNKNOWN ? t('ov_unknown') : previous)}
      >
        {shown.text}
      </span>
    </div>
  );
}
