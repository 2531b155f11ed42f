import { useState } from 'preact/hooks';
import { formatCount, t, uiLocale } from '../lib/i18n';

/** Downloads the user's corrections as labelled data; nothing to download until there is one. */
export function ExportLabels({ count, onExport }: { count: number; onExport: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onExport();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="check-export">
      <button type="button" class="link-button" data-testid="check-export" data-count={String(count)}
        disabled={busy || count === 0} title={t('check_exportHint')} onClick={() => void run()}>
        ↓ {t('check_export', formatCount(count, uiLocale()))}
      </button>
      {error && <span class="correct-error" role="alert">{t('check_exportFailed', error)}</span>}
    </div>
  );
}
