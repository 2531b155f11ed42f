// The six KPI cards as data: raw value (for data-value), how it reads, what it rests on, why it is
// unknown, and its change against the previous period. Unknown reads "—" with the reason, never 0.
import type { RateBasis } from '../../../lib/analytics/engagement';
import { kpiChange, rateOf } from '../../../lib/analytics/kpis';
import type { KpiSet, Measure } from '../../../lib/analytics/view-types';
import { formatCount, t } from '../../../lib/i18n';

export const UNKNOWN = '—';

export type KpiTestId = 'kpi-posts' | 'kpi-comments' | 'kpi-engagement' | 'kpi-rate' | 'kpi-net-sentiment' | 'kpi-sov';

export interface KpiCardChange {
  /** current − previous (fractions for rates, shares and net sentiment); undefined when not comparable. */
  delta: number | undefined;
  text: string;
  title: string;
  direction: 'up' | 'down' | 'flat' | 'none';
}

export interface KpiCard {
  testId: KpiTestId;
  label: string;
  value: number | undefined;
  text: string;
  /** What the number rests on ("by views · 120 of 300 posts"). */
  detail?: string;
  /** Why it is unknown, or the exact number behind a compact one. */
  title?: string;
  change: KpiCardChange;
}

export interface KpiCardInput {
  current: KpiSet;
  /** Undefined when there is no previous period (all time). */
  previous: KpiSet | undefined;
  basis: RateBasis;
  watchChosen: boolean;
  /** With no watch chosen, share of voice is the user's own brand's (the first watch of kind brand): its name. */
  sovBrand?: string;
  locale: string;
  /** The previous period's dates, for the change's title. */
  previousLabel?: [string, string];
}

/** 0.0345 → "3.5%"; one decimal everywhere a share or rate is shown. */
export function percent(fraction: number, locale: string, signed = false): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(fraction);
}

/** A difference of two fractions in percentage points: 0.012 → "+1.2 pts". */
export function points(delta: number, locale: string): string {
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(delta * 100);
  return t('an_points', number);
}

function signedCount(delta: number, locale: string): string {
  return new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', ...(Math.abs(delta) >= 10_000 ? { notation: 'compact' as const } : {}) }).format(delta);
}

type Kind = 'count' | 'fraction' | 'net';

function show(value: number, kind: Kind, locale: string): string {
  if (kind === 'count') return formatCount(value, locale);
  return percent(value, locale, kind === 'net');
}

function changeOf(kind: Kind, current: number | undefined, previous: KpiSet | undefined, pick: (kpis: KpiSet) => number | undefined, input: KpiCardInput): KpiCardChange {
  if (!previous) return { delta: undefined, text: UNKNOWN, title: t('an_change_noneForAll'), direction: 'none' };
  const change = kpiChange(current, pick(previous));
  if (change.delta === undefined) return { delta: undefined, text: UNKNOWN, title: t('an_change_unknown'), direction: 'none' };
  const { locale } = input;
  const [from, to] = input.previousLabel ?? ['', ''];
  const title = t('an_change_previous', from, to, show(change.previous!, kind, locale));
  const direction = change.delta > 0 ? 'up' : change.delta < 0 ? 'down' : 'flat';
  if (kind !== 'count') return { delta: change.delta, text: points(change.delta, locale), title, direction };
  const text = change.relative !== undefined ? percent(change.relative, locale, true) : signedCount(change.delta, locale);
  return { delta: change.delta, text, title, direction };
}

function measureCard(testId: KpiTestId, label: string, kind: Kind, measure: Measure, detail: string | undefined, unknown: string, input: KpiCardInput, pick: (kpis: KpiSet) => Measure): KpiCard {
  const known = measure.value !== undefined;
  return {
    testId, label, value: measure.value,
    text: known ? show(measure.value!, kind, input.locale) : UNKNOWN,
    detail, title: known ? undefined : unknown,
    change: changeOf(kind, measure.value, input.previous, (kpis) => pick(kpis).value, input),
  };
}

function countCard(testId: KpiTestId, label: string, value: number | undefined, detail: string | undefined, unknown: string, input: KpiCardInput, pick: (kpis: KpiSet) => number | undefined): KpiCard {
  const compact = value !== undefined && Math.abs(value) >= 10_000;
  return {
    testId, label, value,
    text: value === undefined ? UNKNOWN : formatCount(value, input.locale),
    detail,
    title: value === undefined ? unknown : compact ? t('an_kpi_exact', new Intl.NumberFormat(input.locale).format(value)) : undefined,
    change: changeOf('count', value, input.previous, pick, input),
  };
}

function sovDetail(input: KpiCardInput, mentions: string): string {
  if (input.watchChosen) return t('an_kpi_sovOf', mentions);
  return input.sovBrand ? t('an_kpi_sovBrand', input.sovBrand, mentions) : t('an_kpi_sovPick');
}

export function kpiCards(input: KpiCardInput): KpiCard[] {
  const { current, basis, locale } = input;
  const n = (value: number) => formatCount(value, locale);
  const rate = rateOf(current, basis);
  const sov = current.shareOfVoice;
  return [
    countCard('kpi-posts', t('an_kpi_posts'), current.posts, undefined, '', input, (kpis) => kpis.posts),
    countCard('kpi-comments', t('an_kpi_comments'), current.comments, undefined, '', input, (kpis) => kpis.comments),
    countCard('kpi-engagement', t('an_kpi_engagement'), current.engagement, t('an_kpi_engagedOf', n(current.engagedPosts), n(current.posts)),
      t('an_unknown_engagement'), input, (kpis) => kpis.engagement),
    measureCard('kpi-rate', t('an_kpi_rate'), 'fraction', rate, t(`an_kpi_rateBy_${basis}`, n(rate.basis), n(current.posts)),
      t(`an_unknown_rate_${basis}`), input, (kpis) => rateOf(kpis, basis)),
    measureCard('kpi-net-sentiment', t('an_kpi_netSentiment'), 'net', current.netSentiment, t('an_kpi_labelledOf', n(current.netSentiment.basis)),
      t('an_unknown_sentiment'), input, (kpis) => kpis.netSentiment),
    measureCard('kpi-sov', t('an_kpi_sov'), 'fraction', sov, sovDetail(input, n(sov.basis)),
      input.watchChosen || input.sovBrand ? t('an_unknown_sovNone') : t('an_unknown_sovPick'), input, (kpis) => kpis.shareOfVoice),
  ];
}
