import { useState } from 'preact/hooks';
import { SENTIMENT_LABELS, type SentimentLabel } from '../lib/sentiment-store';
import { t } from '../lib/i18n';

export type CorrectSentiment = (recordId: string, label: SentimentLabel | null) => Promise<void>;

const SYMBOL: Record<SentimentLabel, string> = { positive: '+', neutral: '○', negative: '−' };

interface CorrectLabelProps {
  recordId: string;
  label?: SentimentLabel;
  corrected: boolean;
  onCorrect: CorrectSentiment;
}

/**
 * Three small buttons, the current label pressed. Picking another one sends the correction; the
 * background stores it and the panel re-reads, so nothing here pretends the write happened.
 */
export function CorrectLabel({ recordId, label, corrected, onCorrect }: CorrectLabelProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  const send = async (next: SentimentLabel | null) => {
    setPending(true);
    setError(undefined);
    try {
      await onCorrect(recordId, next);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <span class="correct" role="group" aria-label={t('check_correctGroup')} aria-busy={pending}>
      {SENTIMENT_LABELS.map((option) => (
        <button
          key={option}
          type="button"
          class={`correct-option tone-${option}`}
          data-testid="correct-label"
          data-label={option}
          data-record-id={recordId}
          aria-pressed={label === option}
          disabled={pending}
          title={t('check_markAs', t(`check_${option}`))}
          aria-label={t('check_markAs', t(`check_${option}`))}
          onClick={() => label !== option && void send(option)}
        >
          {SYMBOL[option]}
        </button>
      ))}
      {corrected && (
        <button type="button" class="correct-undo" data-testid="correct-label-reset" disabled={pending}
          title={t('check_undo')} aria-label={t('check_undo')} onClick={() => void send(null)}>
          ↺
        </button>
      )}
      {error && <span class="correct-error" role="alert">{t('check_correctFailed', error)}</span>}
    </span>
  );
}
