import { useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { SwipeReply } from '../lib/messages';
import type { ExampleLabels, ExampleStance } from '../lib/swipe/types';

export type SaveExampleHandler = (labels: ExampleLabels) => Promise<SwipeReply | undefined>;

const STANCES: readonly ExampleStance[] = ['brand', 'competitor', 'other'];

type Outcome = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; imageError?: string } | { state: 'failed'; error: string };

/** "a, b，c、d" → ["a", "b", "c", "d"]: people type Chinese commas as often as Latin ones. */
export function tagsFrom(text: string): string[] {
  return [...new Set(text.split(/[,，、;；]/).map((tag) => tag.trim()).filter(Boolean))];
}

interface Fields {
  board: string;
  tags: string;
  stance: ExampleStance | '';
  brand: string;
  note: string;
}

const EMPTY: Fields = { board: '', tags: '', stance: '', brand: '', note: '' };

/** Only what the user filled in: an empty field must not clear what an earlier save of the post set. */
export function labelsFrom(fields: Fields): ExampleLabels {
  const labels: ExampleLabels = {};
  if (fields.board.trim()) labels.board = fields.board.trim();
  const tags = tagsFrom(fields.tags);
  if (tags.length) labels.tags = tags;
  if (fields.stance) labels.stance = fields.stance;
  if (fields.brand.trim()) labels.brand = fields.brand.trim();
  if (fields.note.trim()) labels.note = fields.note.trim();
  return labels;
}

/**
 * The popup's "save the post in this tab" button. The labels sit folded under it: one click saves, and
 * whoever keeps boards opens the fold once. The count comes from the database, so it shows the truth.
 */
export function SaveExample({ count, onSave }: { count?: number; onSave: SaveExampleHandler }) {
  const [fields, setFields] = useState<Fields>(EMPTY);
  // What was typed a moment ago, even before the re-render: a quick click must not save stale labels.
  const latest = useRef(fields);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const edit = (name: keyof Fields) => (event: Event) => {
    latest.current = { ...latest.current, [name]: (event.currentTarget as HTMLInputElement | HTMLSelectElement).value };
    setFields(latest.current);
  };

  const save = async () => {
    setOutcome({ state: 'saving' });
    try {
      const reply = await onSave(labelsFrom(latest.current));
      if (reply?.ok) setOutcome({ state: 'saved', imageError: reply.imageError });
      else setOutcome({ state: 'failed', error: reply?.error ?? t('swipe_noReply') });
    } catch (error) {
      setOutcome({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section class="card save-example" aria-labelledby="save-example-title">
      <div class="save-example-row">
        <button type="button" id="save-example-title" class="save-example-button" data-testid="save-example"
          disabled={outcome.state === 'saving'} onClick={() => void save()}>
          {outcome.state === 'saving' ? t('swipe_saving') : t('swipe_save')}
        </button>
        <span class="save-example-status" role="status" data-testid="save-example-status" data-state={outcome.state}>
          {outcome.state === 'saved' && (outcome.imageError ? t('swipe_savedNoImage', outcome.imageError) : t('swipe_saved'))}
          {outcome.state === 'failed' && <span class="save-example-error">{t('swipe_failed', outcome.error)}</span>}
        </span>
      </div>
      {count !== undefined && (
        <p class="muted small" data-testid="save-example-count" data-value={count}>{t('swipe_count', count)}</p>
      )}
      <details class="save-example-labels">
        <summary>{t('swipe_labels')}</summary>
        <label>{t('swipe_board')}
          <input data-testid="save-example-board" value={fields.board} placeholder={t('swipe_boardHint')} onInput={edit('board')} />
        </label>
        <label>{t('swipe_tags')}
          <input data-testid="save-example-tags" value={fields.tags} placeholder={t('swipe_tagsHint')} onInput={edit('tags')} />
        </label>
        <label>{t('swipe_stance')}
          <select data-testid="save-example-stance" value={fields.stance} onChange={edit('stance')}>
            <option value="">{t('swipe_stanceNone')}</option>
            {STANCES.map((stance) => <option key={stance} value={stance}>{t(`swipe_stance_${stance}`)}</option>)}
          </select>
        </label>
        <label>{t('swipe_brand')}
          <input data-testid="save-example-brand" value={fields.brand} onInput={edit('brand')} />
        </label>
        <label>{t('swipe_note')}
          <textarea data-testid="save-example-note" rows={2} value={fields.note} onInput={edit('note')} />
        </label>
      </details>
    </section>
  );
}
