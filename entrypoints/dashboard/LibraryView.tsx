// The swipe file: every saved example as a card, with search, filters, sort, bulk edits and export/import.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { EarshotDb } from '../../lib/db';
import { formatCount, t, uiLocale } from '../../lib/i18n';
import type { Platform } from '../../lib/model';
import { filterExamples, sortExamples } from '../../lib/swipe/filter';
import { EMPTY_CONTROLS, filterOf, isFiltered, type LibraryControls } from '../../lib/swipe/ui-controls';
import { libraryFacets } from '../../lib/swipe/ui-facets';
import { withHoverPlatform } from '../../lib/swipe/ui-hover';
import { useLiveQuery } from '../../components/useLiveQuery';
import { BulkBar } from '../../components/swipe/BulkBar';
import { HoverOptIn } from '../../components/swipe/HoverOptIn';
import { LibraryGrid } from '../../components/swipe/LibraryGrid';
import { LibraryToolbar } from '../../components/swipe/LibraryToolbar';
import { LibraryTransfer } from '../../components/swipe/LibraryTransfer';
import { readLibrary, searchExampleIds } from '../../components/swipe/queries';
import type { LibraryActions } from './library-actions';

function useHoverPlatforms(actions: LibraryActions) {
  const [enabled, setEnabled] = useState<Platform[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void actions.readHoverPlatforms().then(setEnabled, (failure: unknown) => setError(String(failure)));
  }, [actions]);
  const toggle = (platform: Platform, on: boolean) => {
    const next = withHoverPlatform(enabled ?? [], platform, on);
    setEnabled(next);
    actions.setHoverPlatforms(next).catch((failure: unknown) => setError(String(failure)));
  };
  return { enabled, error, toggle };
}

export function LibraryView({ db, actions, now }: { db: EarshotDb; actions: LibraryActions; now: number }) {
  const library = useLiveQuery(() => readLibrary(db), [db]);
  const [controls, setControls] = useState<LibraryControls>(EMPTY_CONTROLS);
  const search = useLiveQuery(() => searchExampleIds(db, controls.query), [db, controls.query]);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const hover = useHoverPlatforms(actions);

  const examples = library.value?.examples ?? [];
  const records = library.value?.records ?? new Map();
  const facets = useMemo(() => libraryFacets(examples), [examples]);
  const shown = useMemo(() => {
    const found = search.value;
    const matched = controls.query.trim() && found ? examples.filter((example) => found.has(example.id)) : examples;
    return sortExamples(filterExamples(matched, filterOf(controls), records), controls.sort, records);
  }, [examples, records, search.value, controls]);
  // Only what is on screen counts as selected: a bulk delete never reaches examples a filter hides,
  // and deleted examples drop out by themselves.
  const selected = shown.filter((example) => picked.has(example.id)).map((example) => example.id);
  const exportIds = selected.length > 0 ? selected : shown.map((example) => example.id);
  const change = (patch: Partial<LibraryControls>) => setControls((current) => ({ ...current, ...patch }));
  const select = (id: string, on: boolean) => setPicked((current) => {
    const next = new Set(current);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  });

  if (library.error) return <p class="error" role="alert">{t('dash_loadError', library.error.message)}</p>;
  if (!library.value) return <p class="muted loading">{t('dash_loading')}</p>;
  const locale = uiLocale();
  return (
    <div class="library">
      <div class="view-head">
        <h2>{t('library_title')} <span class="count" data-testid="library-count">{formatCount(examples.length, locale)}</span></h2>
        {examples.length > 0 && shown.length !== examples.length && (
          <span class="muted" data-testid="library-shown" data-count={String(shown.length)}>
            {t('library_shown', formatCount(shown.length, locale), formatCount(examples.length, locale))}
          </span>
        )}
      </div>
      {examples.length > 0 && (
        <LibraryToolbar controls={controls} facets={facets} filtered={isFiltered(controls)}
          onChange={change} onClear={() => setControls((current) => ({ ...EMPTY_CONTROLS, sort: current.sort }))} />
      )}
      <LibraryTransfer count={exportIds.length} fromSelection={selected.length > 0}
        onExport={(kind) => actions.exportExamples(kind, exportIds)} onImport={actions.importFile} />
      {selected.length > 0 && (
        <BulkBar selected={selected.length} shown={shown.length}
          onSelectShown={() => setPicked(new Set(shown.map((example) => example.id)))}
          onClear={() => setPicked(new Set())}
          onChange={(edit) => actions.update(selected, edit)}
          onDelete={() => actions.remove(selected).then(() => setPicked(new Set()))} />
      )}
      {examples.length === 0 && <p class="panel muted empty-line library-empty" data-testid="library-empty">{t('library_empty', t('swipe_save'))}</p>}
      {examples.length > 0 && shown.length === 0 && <p class="panel muted empty-line">{t('library_noMatch')}</p>}
      <LibraryGrid db={db} examples={shown} records={records} selected={picked} onSelect={select} now={now}
        onPick={(field, value) => change({ [field]: value })} resetKey={JSON.stringify(controls)} />
      <HoverOptIn enabled={hover.enabled} onToggle={hover.toggle} error={hover.error} />
    </div>
  );
}
