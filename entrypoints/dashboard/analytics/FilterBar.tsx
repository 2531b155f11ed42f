// The view's filters. Every change becomes a new hash (analytics-route.ts), so the address bar always
// holds a bookmarkable copy of what is on screen and Back undoes a filter.
import type { RateBasis } from '../../../lib/analytics/engagement';
import { t } from '../../../lib/i18n';
import type { Platform } from '../../../lib/model';
import type { Watch } from '../../../lib/watch/types';
import { platformName } from '../../../components/platformName';
import { RANGE_PRESETS, type AnalyticsQuery, type RangePreset } from '../analytics-route';

interface FilterBarProps {
  query: AnalyticsQuery;
  /** The days the range covers, for the date inputs (last day inclusive). */
  days: { from: string; to: string } | undefined;
  platforms: readonly Platform[];
  watches: readonly Watch[];
  onChange: (query: AnalyticsQuery) => void;
}

export function FilterBar({ query, days, platforms, watches, onChange }: FilterBarProps) {
  const change = (patch: Partial<AnalyticsQuery>) => onChange({ ...query, ...patch });
  const pickPreset = (preset: RangePreset) => {
    if (preset !== 'custom') return change({ preset, from: undefined, to: undefined });
    // Custom starts from the days on screen, so switching to it changes nothing until a date is edited.
    return change({ preset, from: days?.from, to: days?.to });
  };
  const pickDay = (end: 'from' | 'to', value: string) => {
    if (!value) return;
    change({ preset: 'custom', from: days?.from, to: days?.to, [end]: value });
  };
  // The chosen platform stays listed even when it has no data yet, so the select can show it.
  const platformOptions = query.platform && !platforms.includes(query.platform) ? [...platforms, query.platform] : platforms;
  const watchKnown = !query.watchId || watches.some((watch) => watch.id === query.watchId);
  return (
    <section class="an-filters no-print" aria-label={t('an_filters')}>
      <label class="an-field">
        <span>{t('an_range')}</span>
        <select data-testid="range-preset" value={query.preset} onChange={(event) => pickPreset(event.currentTarget.value as RangePreset)}>
          {RANGE_PRESETS.map((preset) => <option key={preset} value={preset}>{t(`an_range_${preset}`)}</option>)}
        </select>
      </label>
      <label class="an-field">
        <span>{t('an_from')}</span>
        <input type="date" data-testid="range-from" value={days?.from ?? ''} max={days?.to}
          onChange={(event) => pickDay('from', event.currentTarget.value)} />
      </label>
      <label class="an-field">
        <span>{t('an_to')}</span>
        <input type="date" data-testid="range-to" value={days?.to ?? ''} min={days?.from}
          onChange={(event) => pickDay('to', event.currentTarget.value)} />
      </label>
      <label class="an-field">
        <span>{t('an_platform')}</span>
        <select data-testid="filter-platform" value={query.platform} onChange={(event) => change({ platform: event.currentTarget.value as Platform | '' })}>
          <option value="">{t('an_allPlatforms')}</option>
          {platformOptions.map((platform) => <option key={platform} value={platform}>{platformName(platform)}</option>)}
        </select>
      </label>
      <label class="an-field">
        <span>{t('an_watch')}</span>
        <select data-testid="filter-watch" value={query.watchId} onChange={(event) => change({ watchId: event.currentTarget.value })}>
          <option value="">{t('an_allCaptures')}</option>
          {watches.map((watch) => <option key={watch.id} value={watch.id}>{watch.name}</option>)}
          {!watchKnown && <option value={query.watchId}>{t('an_removedWatch')}</option>}
        </select>
      </label>
      <label class="an-field">
        <span>{t('an_basis')}</span>
        <select data-testid="filter-basis" value={query.basis} onChange={(event) => change({ basis: event.currentTarget.value as RateBasis })}>
          <option value="views">{t('an_basis_views')}</option>
          <option value="followers">{t('an_basis_followers')}</option>
        </select>
      </label>
    </section>
  );
}
