// The view's global exports: every raw record behind it (NDJSON) and the one-page printed report.
import { useState } from 'preact/hooks';
import type { AnalyticsFilter } from '../../../lib/analytics/view-types';
import type { EarshotDb } from '../../../lib/db';
import { formatCount, t, uiLocale } from '../../../lib/i18n';
import { downloadText, exportFileName } from '../../../components/analytics/download';
import { readCommentsInRange, readPostsInRange } from '../../../components/analytics/queries';
import { toNdjson } from './ndjson';

type ExportState = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; count: number } | { kind: 'failed'; message: string };

export function ExportActions({ db, filter }: { db: EarshotDb; filter: AnalyticsFilter | undefined }) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const exportRecords = async () => {
    if (!filter) return;
    setState({ kind: 'running' });
    try {
      const [posts, comments] = await Promise.all([readPostsInRange(db, filter), readCommentsInRange(db, filter)]);
      downloadText(exportFileName('records', 'ndjson'), toNdjson([...posts, ...comments]), 'application/x-ndjson');
      setState({ kind: 'done', count: posts.length + comments.length });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div class="an-exports no-print">
      {state.kind === 'done' && <span class="muted" data-testid="export-ndjson-count" data-count={String(state.count)}>{t('an_exported', formatCount(state.count, uiLocale()))}</span>}
      {state.kind === 'failed' && <span class="error" role="alert">{t('an_exportFailed', state.message)}</span>}
      <button type="button" data-testid="export-ndjson" title={t('an_exportNdjsonHint')} disabled={!filter || state.kind === 'running'}
        onClick={() => void exportRecords()}>
        {state.kind === 'running' ? t('an_exporting') : t('an_exportNdjson')}
      </button>
      <button type="button" class="primary" data-testid="print-report" title={t('an_printHint')} onClick={() => window.print()}>{t('an_print')}</button>
    </div>
  );
}
