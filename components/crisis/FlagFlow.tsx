// The response flow: stepper with timestamps, the next-step button, owner, notes and the review.
import { useState } from 'preact/hooks';
import type { CrisisFlag } from '../../lib/crisis/types';
import type { DashboardUpdateFlagMessage } from '../../lib/messages';
import { formatDateTime, t, uiLocale } from '../../lib/i18n';
import { canAdvance, nextStage, stepperView } from './stepper';
import { useAction } from './useAction';

export type FlagUpdate = Omit<DashboardUpdateFlagMessage, 'type' | 'flagId'>;

interface FlagFlowProps {
  flag: CrisisFlag;
  onUpdate(update: FlagUpdate): Promise<void>;
}

export function FlagFlow({ flag, onUpdate }: FlagFlowProps) {
  const locale = uiLocale();
  const [owner, setOwner] = useState(flag.owner ?? '');
  const [note, setNote] = useState('');
  const [review, setReview] = useState(flag.review ?? '');
  const action = useAction();
  const next = nextStage(flag.stage);
  const reviewOpen = flag.stage === 'resolved' || flag.stage === 'reviewed';
  const advance = () => {
    if (!next) return;
    const update: FlagUpdate = next === 'reviewed' ? { stage: next, review: review.trim() } : { stage: next };
    void action.run(() => onUpdate(update));
  };

  return (
    <section class="panel">
      <h2>{t('crisis_response')}</h2>
      <ol class="stepper">
        {stepperView(flag).map((step) => (
          <li key={step.stage} class={`step step-${step.state}`} data-testid="flag-stage" data-stage={step.stage} data-state={step.state}
            aria-current={step.state === 'current' ? 'step' : undefined}>
            <span class="step-dot" aria-hidden="true">{step.state === 'done' ? '✓' : ''}</span>
            <span class="step-name">{t(`crisis_stage_${step.stage}`)}</span>
            {step.at && <time class="step-time" dateTime={step.at}>{formatDateTime(step.at, locale)}</time>}
          </li>
        ))}
      </ol>
      <div class="flow-actions">
        {next ? (
          <button type="button" class="primary" data-testid="stage-next" data-next={next}
            disabled={action.busy || !canAdvance(flag, review)} onClick={advance}>
            {t('crisis_stageNext', t(`crisis_stage_${next}`))}
          </button>
        ) : (
          <span class="muted">✓ {t('crisis_stageDone')}</span>
        )}
        {next === 'reviewed' && !canAdvance(flag, review) && <span class="muted">{t('crisis_stageNeedsReview')}</span>}
      </div>

      <form class="field-row" onSubmit={(event) => {
        event.preventDefault();
        void action.run(() => onUpdate({ owner: owner.trim() }));
      }}>
        <label for="flag-owner">{t('crisis_owner')}</label>
        <input id="flag-owner" data-testid="flag-owner" value={owner} placeholder={t('crisis_ownerPlaceholder')}
          onInput={(event) => setOwner(event.currentTarget.value)} />
        <button type="submit" disabled={action.busy || owner.trim() === (flag.owner ?? '')}>{t('crisis_ownerSave')}</button>
      </form>

      <form class="field-stack" onSubmit={(event) => {
        event.preventDefault();
        const text = note.trim();
        void action.run(() => onUpdate({ note: text })).then((ok) => ok && setNote(''));
      }}>
        <label for="flag-note">{t('crisis_notes')}</label>
        <textarea id="flag-note" data-testid="flag-note" rows={2} value={note} placeholder={t('crisis_notePlaceholder')}
          onInput={(event) => setNote(event.currentTarget.value)} />
        <button type="submit" disabled={action.busy || !note.trim()}>{t('crisis_noteAdd')}</button>
      </form>

      <div class="field-stack">
        <label for="flag-review">{t('crisis_review')}</label>
        {reviewOpen ? (
          <>
            <textarea id="flag-review" data-testid="flag-review" rows={3} value={review} placeholder={t('crisis_reviewPlaceholder')}
              onInput={(event) => setReview(event.currentTarget.value)} />
            {flag.stage === 'reviewed' && (
              <button type="button" disabled={action.busy || !review.trim() || review.trim() === (flag.review ?? '')}
                onClick={() => void action.run(() => onUpdate({ review: review.trim() }))}>
                {t('crisis_reviewSave')}
              </button>
            )}
          </>
        ) : (
          <p class="muted">{t('crisis_reviewAfter')}</p>
        )}
      </div>
      {action.error && <p class="error" role="alert">{t('crisis_updateFailed', action.error)}</p>}
    </section>
  );
}
