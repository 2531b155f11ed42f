// Search, filters and sort of the library. Menus offer only values that occur, with their counts.
import type { ComponentChildren } from 'preact';
import { formatCount, t, uiLocale } from '../../lib/i18n';
import type { LibraryControls, LibrarySort } from '../../lib/swipe/ui-controls';
import { LIBRARY_SORTS } from '../../lib/swipe/ui-controls';
import type { LibraryFacets } from '../../lib/swipe/ui-facets';
import { platformName } from '../platformName';

interface Option {
  value: string;
  label: string;
  count?: number;
}

interface FacetSelectProps {
  field: string;
  label: string;
  value: string;
  options: Option[];
  onChange(value: string): void;
}

function FacetSelect({ field, label, value, options, onChange }: FacetSelectProps) {
  const locale = uiLocale();
  // A value picked from a card may have no option yet (typed in another tab): keep it selectable.
  const known = value === '' || options.some((option) => option.value === value);
  return (
    <label class="filter">
      <span>{label}</span>
      <select data-testid={`library-filter-${field}`} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{t('library_all')}</option>
        {!known && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}{option.count !== undefined ? ` (${formatCount(option.count, locale)})` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

function Field({ label, children }: { label: string; children: ComponentChildren }) {
  return <div class="filter" role="group" aria-label={label}><span>{label}</span>{children}</div>;
}

interface LibraryToolbarProps {
  controls: LibraryControls;
  facets: LibraryFacets;
  onChange(patch: Partial<LibraryControls>): void;
  onClear(): void;
  filtered: boolean;
}

export function LibraryToolbar({ controls, facets, onChange, onClear, filtered }: LibraryToolbarProps) {
  const indent = '\u2003';
  return (
    <section class="panel library-toolbar" aria-label={t('library_filters')}>
      <div class="search-row">
        <input type="search" class="library-search" data-testid="library-search" value={controls.query}
          placeholder={t('library_searchPlaceholder')} aria-label={t('library_search')}
          onInput={(event) => onChange({ query: event.currentTarget.value })} />
        <label class="filter filter-sort">
          <span>{t('library_sort')}</span>
          <select data-testid="library-sort" value={controls.sort} onChange={(event) => onChange({ sort: event.currentTarget.value as LibrarySort })}>
            {LIBRARY_SORTS.map((sort) => <option key={sort} value={sort}>{t(`library_sort_${sort}`)}</option>)}
          </select>
        </label>
      </div>
      <div class="filter-row">
        <FacetSelect field="platform" label={t('library_filterPlatform')} value={controls.platform} onChange={(platform) => onChange({ platform })}
          options={facets.platforms.map(({ value, count }) => ({ value, count, label: platformName(value) }))} />
        <FacetSelect field="board" label={t('library_filterBoard')} value={controls.board} onChange={(board) => onChange({ board })}
          options={facets.boards.map(({ value, count, name, depth }) => ({ value, count, label: indent.repeat(depth) + name }))} />
        <FacetSelect field="tag" label={t('library_filterTag')} value={controls.tag} onChange={(tag) => onChange({ tag })}
          options={facets.tags.map(({ value, count }) => ({ value, count, label: `#${value}` }))} />
        <FacetSelect field="stance" label={t('library_filterStance')} value={controls.stance} onChange={(stance) => onChange({ stance })}
          options={facets.stances.map(({ value, count }) => ({ value, count, label: t(`library_stance_${value}`) }))} />
        <FacetSelect field="brand" label={t('library_filterBrand')} value={controls.brand} onChange={(brand) => onChange({ brand })}
          options={facets.brands.map(({ value, count }) => ({ value, count, label: value }))} />
        <FacetSelect field="media" label={t('library_filterMedia')} value={controls.media} onChange={(media) => onChange({ media })}
          options={facets.media.map(({ value, count }) => ({ value, count, label: t(`library_media_${value}`) }))} />
        <Field label={t('library_filterSaved')}>
          <span class="date-range">
            <input type="date" data-testid="library-filter-from" value={controls.fromDay} max={controls.toDay || undefined}
              aria-label={t('library_filterFrom')} onChange={(event) => onChange({ fromDay: event.currentTarget.value })} />
            <span class="muted">–</span>
            <input type="date" data-testid="library-filter-to" value={controls.toDay} min={controls.fromDay || undefined}
              aria-label={t('library_filterTo')} onChange={(event) => onChange({ toDay: event.currentTarget.value })} />
          </span>
        </Field>
        {filtered && <button type="button" class="link-button clear-filters" data-testid="library-filter-clear" onClick={onClear}>{t('library_clearFilters')}</button>}
      </div>
    </section>
  );
}
