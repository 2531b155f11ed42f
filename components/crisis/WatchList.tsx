// The watchlist: every watch with its last-24-hour mentions and back-fill progress, and the editor.
import { useState } from 'preact/hooks';
import type { JobRow } from '../../lib/db';
import type { CrisisReply } from '../../lib/messages';
import { t } from '../../lib/i18n';
import type { Watch, WatchWebhook } from '../../lib/watch/types';
import { useAction } from './useAction';
import { WatchForm } from './WatchForm';
import { WatchRow } from './WatchRow';

interface WatchListProps {
  watches: readonly Watch[];
  mentions24h: ReadonlyMap<string, number>;
  backfills: ReadonlyMap<string, JobRow>;
  onSave(watch: Watch): Promise<void>;
  onDelete(watch: Watch): Promise<void>;
  onTest(webhook: WatchWebhook, watchName: string): Promise<CrisisReply>;
  confirm?(text: string): boolean;
}

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; watchId: string };

export function WatchList({ watches, mentions24h, backfills, onSave, onDelete, onTest, confirm = (text) => window.confirm(text) }: WatchListProps) {
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const remove = useAction();
  const close = () => setEditing({ mode: 'closed' });
  const save = (watch: Watch) => onSave(watch).then(close);
  const form = (watch?: Watch) => (
    <WatchForm key={watch?.id ?? 'new'} watch={watch} onSave={save} onTest={onTest} onCancel={close} />
  );
  const deleteWatch = (watch: Watch) => {
    if (!confirm(t('watch_deleteConfirm', watch.name))) return;
    void remove.run(() => onDelete(watch));
  };

  return (
    <div class="watchlist">
      <div class="view-head">
        <h2>{t('watch_title')} <span class="count">{watches.length}</span></h2>
        {editing.mode !== 'new' && (
          <button type="button" class="primary" data-testid="watch-add" onClick={() => setEditing({ mode: 'new' })}>+ {t('watch_add')}</button>
        )}
      </div>
      {editing.mode === 'new' && form()}
      {remove.error && <p class="error" role="alert">{t('watch_deleteFailed', remove.error)}</p>}
      {watches.length === 0 && editing.mode !== 'new' && <p class="panel muted empty-line">{t('watch_empty')}</p>}
      <ul class="watch-rows">
        {watches.map((watch) =>
          editing.mode === 'edit' && editing.watchId === watch.id ? (
            <li key={watch.id}>{form(watch)}</li>
          ) : (
            <WatchRow key={watch.id} watch={watch} mentions24h={mentions24h.get(watch.id) ?? 0} backfill={backfills.get(watch.id)}
              onEdit={() => setEditing({ mode: 'edit', watchId: watch.id })} onDelete={() => deleteWatch(watch)} />
          ),
        )}
      </ul>
    </div>
  );
}
