// How the panels write numbers: unknown is a dash, never 0; rates and shares as percentages.
import type { RateBasis } from '../../../lib/analytics/engagement';
import { formatCount, t, uiLocale } from '../../../lib/i18n';

export const UNKNOWN = '—';

export function showCount(value: number | undefined): string {
  return value === undefined ? UNKNOWN : formatCount(value, uiLocale());
}

/** A fraction as a percentage: 0.0341 → "3.41%"; small rates keep two significant digits. */
export function showPercent(fraction: number | undefined): string {
  if (fraction === undefined || !Number.isFinite(fraction)) return UNKNOWN;
  const digits = Math.abs(fraction) >= 0.1 ? 1 : 2;
  return new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: digits }).format(fraction);
}

/** Net sentiment (−1..1) with its sign: +0.42, −0.10. */
export function showNet(value: number | undefined): string {
  if (value === undefined) return UNKNOWN;
  return new Intl.NumberFormat(uiLocale(), { signDisplay: 'exceptZero', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

export function showDecimal(value: number | undefined): string {
  if (value === undefined) return UNKNOWN;
  return new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 1 }).format(value);
}

export function basisLabel(basis: RateBasis): string {
  return t(basis === 'views' ? 'an_p_basis_views' : 'an_p_basis_followers');
}
