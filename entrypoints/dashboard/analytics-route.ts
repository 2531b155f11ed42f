// The analytics view's filters as the hash query after `#analytics?`, so a view can be bookmarked and sent:
//   range=24h|7d|30d|90d|all         a rolling preset (default 7d)
//   from=2026-11-01&to=2026-11-07    a custom range in local days, `to` inclusive (as the date inputs show it)
//   from=<ms>&to=<ms>                a custom range in epoch ms, `to` exclusive
//   platform=weibo  watch=<watch id>  basis=views|followers
// Unknown or malformed values fall back to the defaults rather than failing the page.
import type { RateBasis } from '../../lib/analytics/engagement';
import { PLATFORMS, type Platform } from '../../lib/model';

export const RANGE_PRESETS = ['24h', '7d', '30d', '90d', 'all', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export interface AnalyticsQuery {
  preset: RangePreset;
  /** Custom range ends: a local day (YYYY-MM-DD) or epoch ms digits; absent = open (see range.ts). */
  from?: string;
  to?: string;
  platform: Platform | '';
  watchId: string;
  basis: RateBasis;
}

export const DEFAULT_QUERY: AnalyticsQuery = { preset: '7d', platform: '', watchId: '', basis: 'views' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS = /^\d{1,15}$/;

export function isRangeEnd(value: string | null | undefined): value is string {
  return !!value && ((DAY.test(value) && !Number.isNaN(Date.parse(value))) || MS.test(value));
}

export function parseAnalyticsQuery(query: string): AnalyticsQuery {
  const params = new URLSearchParams(query);
  const from = params.get('from');
  const to = params.get('to');
  const range = params.get('range');
  const platform = params.get('platform') ?? '';
  const basis = params.get('basis');
  const custom = isRangeEnd(from) || isRangeEnd(to);
  const preset = custom ? 'custom' : (RANGE_PRESETS as readonly string[]).includes(range ?? '') && range !== 'custom' ? (range as RangePreset) : DEFAULT_QUERY.preset;
  return {
    preset,
    ...(custom && isRangeEnd(from) ? { from } : {}),
    ...(custom && isRangeEnd(to) ? { to } : {}),
    platform: (PLATFORMS as readonly string[]).includes(platform) ? (platform as Platform) : '',
    watchId: params.get('watch') ?? '',
    basis: basis === 'followers' ? 'followers' : 'views',
  };
}

/** The query string (without `?`) for a state; defaults are left out, so the plain view is just `#analytics`. */
export function analyticsQueryString(query: AnalyticsQuery): string {
  const params = new URLSearchParams();
  if (query.preset === 'custom') {
    if (query.from) params.set('from', query.from);
    if (query.to) params.set('to', query.to);
  } else if (query.preset !== DEFAULT_QUERY.preset) {
    params.set('range', query.preset);
  }
  if (query.platform) params.set('platform', query.platform);
  if (query.watchId) params.set('watch', query.watchId);
  if (query.basis !== DEFAULT_QUERY.basis) params.set('basis', query.basis);
  return params.toString();
}
