// Export what the library shows (or the selection) as a bundle, CSV or NDJSON; import a bundle.
import { useState } from 'preact/hooks';
import { formatCount, t, uiLocale } from '../../lib/i18n';
import type { ExportKind } from '../../lib/swipe/ui-inputs';
import { useAction } from '../crisis/useAction';

interface LibraryTransferProps {
  /** How many examples an export writes: the selection when there is one, else all shown. */
  count: number;
  fromSelection: boolean;
  /** Resolves to how many examples the file holds and how many the format left out. */
  onExport(kind: ExportKind): Promise<{ written: number; skipped: number }>;
  /** Resolves to the number of examples imported; rejects with the reason nothing was imported. */
  onImport(file: File): Promise<number>;
}

const EXPORTS: { kind: ExportKind; testId: string }[] = [
  { kind: 'bundle', testId: 'library-export-bundle' },
  { kind: 'csv', testId: 'library-export-csv' },
  { kind: 'ndjson', testId: 'library-export-ndjson' },
];

export function LibraryTransfer({ count, fromSelection, onExport, onImport }: LibraryTransferProps) {
  const locale = uiLocale();
  const exporting = useAction();
  const importing = useAction();
  const [imported, setImported] = useState<number>();
  const [leftOut, setLeftOut] = useState<{ written: number; skipped: number }>();
  const exportAs = (kind: ExportKind) => {
    setLeftOut(undefined);
    void exporting.run(async () => {
      const result = await onExport(kind);
      if (result.skipped > 0) setLeftOut(result);
    });
  };
  const pickFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Clearing lets the same file be picked again after fixing it.
    input.value = '';
    if (!file) return;
    setImported(undefined);
    setLeftOut(undefined);
    void importing.run(async () => setImported(await onImport(file)));
  };
  return (
    <section class="panel library-transfer" aria-label={t('library_transferTitle')}>
      <div class="transfer-row">
        {count > 0 && (
          <>
            <span class="muted">
              {t(fromSelection ? 'library_exportSelected' : 'library_exportShown', formatCount(count, locale))}
            </span>
            {EXPORTS.map(({ kind, testId }) => (
              <button key={kind} type="button" data-testid={testId} disabled={exporting.busy}
                title={t(`library_exportHint_${kind}`)} onClick={() => exportAs(kind)}>
                ↓ {t(`library_export_${kind}`)}
              </button>
            ))}
          </>
        )}
        <label class={`button-like import-button${importing.busy ? ' is-busy' : ''}`} title={t('library_importHint')}>
          ↑ {t('library_import')}
          <input type="file" accept=".json,application/json" data-testid="library-import" disabled={importing.busy}
            onChange={(event) => pickFile(event.currentTarget)} />
        </label>
      </div>
      {exporting.error && <p class="error" role="alert" data-testid="library-export-error">{t('library_exportFailed', exporting.error)}</p>}
      {leftOut && !exporting.error && (
        <p class="muted export-note" data-testid="library-export-skipped" data-count={String(leftOut.skipped)}>
          {t('library_ndjsonSkipped', formatCount(leftOut.written, locale), formatCount(leftOut.skipped, locale))}
        </p>
      )}
      {importing.error && <p class="error" role="alert" data-testid="library-import-error">{t('library_importFailed', importing.error)}</p>}
      {imported !== undefined && !importing.error && (
        <p class="ok-line" data-testid="library-import-done" data-count={String(imported)}>{t('library_imported', formatCount(imported, locale))}</p>
      )}
    </section>
  );
}
