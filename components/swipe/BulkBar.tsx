// Acts on the selected examples: add or remove tags, move to a board, delete. Every change is a message
// to the background, the only writer of the database.
import { useState } from 'preact/hooks';
import { formatCount, t, uiLocale } from '../../lib/i18n';
import { splitTags } from '../../lib/swipe/ui-inputs';
import { useAction } from '../crisis/useAction';

export interface BulkChange {
  addTags?: string[];
  removeTags?: string[];
  /** null takes the examples off any board. */
  board?: string | null;
}

interface BulkBarProps {
  selected: number;
  shown: number;
  onSelectShown(): void;
  onClear(): void;
  onChange(change: BulkChange): Promise<void>;
  onDelete(): Promise<void>;
  confirm?(text: string): boolean;
}

export function BulkBar({ selected, shown, onSelectShown, onClear, onChange, onDelete, confirm = (text) => window.confirm(text) }: BulkBarProps) {
  const locale = uiLocale();
  const [tags, setTags] = useState('');
  const [board, setBoard] = useState('');
  const action = useAction();
  const tagList = splitTags(tags);
  const apply = (change: BulkChange, reset: () => void) => void action.run(() => onChange(change)).then((ok) => ok && reset());
  const remove = () => {
    if (confirm(t('library_deleteConfirm', formatCount(selected, locale)))) void action.run(onDelete);
  };
  return (
    <section class="panel bulk-bar" data-testid="library-bulk" data-count={String(selected)} aria-label={t('library_bulkTitle')}>
      <div class="bulk-count">
        <b>{t('library_selected', formatCount(selected, locale))}</b>
        {selected < shown && <button type="button" class="link-button" data-testid="library-bulk-select-all" onClick={onSelectShown}>{t('library_selectShown', formatCount(shown, locale))}</button>}
        <button type="button" class="link-button" data-testid="library-bulk-clear" onClick={onClear}>{t('library_clearSelection')}</button>
      </div>
      <form class="bulk-field" onSubmit={(event) => { event.preventDefault(); if (tagList.length) apply({ addTags: tagList }, () => setTags('')); }}>
        <input data-testid="library-bulk-tags" value={tags} disabled={action.busy} placeholder={t('library_tagsPlaceholder')} aria-label={t('library_bulkTags')}
          onInput={(event) => setTags(event.currentTarget.value)} />
        <button type="submit" data-testid="library-bulk-tag" disabled={action.busy || tagList.length === 0}>{t('library_bulkTag')}</button>
        <button type="button" data-testid="library-bulk-untag" disabled={action.busy || tagList.length === 0}
          onClick={() => apply({ removeTags: tagList }, () => setTags(''))}>{t('library_bulkUntag')}</button>
      </form>
      <form class="bulk-field" onSubmit={(event) => { event.preventDefault(); apply({ board: board.trim() || null }, () => setBoard('')); }}>
        <input data-testid="library-bulk-board-name" value={board} disabled={action.busy} placeholder={t('library_boardPlaceholder')} aria-label={t('library_bulkBoard')}
          onInput={(event) => setBoard(event.currentTarget.value)} />
        <button type="submit" data-testid="library-bulk-board" disabled={action.busy}>
          {board.trim() ? t('library_bulkBoard') : t('library_bulkUnboard')}
        </button>
      </form>
      <button type="button" class="danger" data-testid="library-bulk-delete" disabled={action.busy} onClick={remove}>{t('library_bulkDelete')}</button>
      {action.error && <p class="error bulk-error" role="alert">{t('library_bulkFailed', action.error)}</p>}
    </section>
  );
}
