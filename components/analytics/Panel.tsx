// One dashboard panel: a titled card with its own exports — CSV of the table it shows, PNG of its chart.
// Exports are built when clicked, from what the panel shows at that moment.
import type { Chart } from 'chart.js';
import type { ComponentChildren } from 'preact';
import { toCsv } from '../../lib/csv';
import { t } from '../../lib/i18n';
import { chartPng, downloadBlob, downloadText, exportFileName } from './download';

export interface CsvTable {
  header: string[];
  rows: (string | number | undefined | null)[][];
}

export interface PanelProps {
  /** Test id suffix (`panel-<name>`) and export file name part. */
  name: string;
  title: string;
  /** A line under the title: what is counted and how (definitions, denominators, what was left out). */
  note?: string;
  csv?: () => CsvTable;
  chart?: () => Chart | null | undefined;
  children: ComponentChildren;
  class?: string;
}

export function Panel({ name, title, note, csv, chart, children, class: extraClass }: PanelProps) {
  const savePng = async () => {
    const drawn = chart?.();
    if (drawn) downloadBlob(exportFileName(name, 'png'), await chartPng(drawn));
  };
  const saveCsv = () => {
    if (!csv) return;
    const table = csv();
    downloadText(exportFileName(name, 'csv'), toCsv(table.header, table.rows), 'text/csv;charset=utf-8');
  };
  return (
    <section class={`panel an-panel ${extraClass ?? ''}`} data-testid={`panel-${name}`} aria-label={title}>
      <header class="an-panel-head">
        <h2>{title}</h2>
        <div class="an-panel-actions no-print">
          {csv && <button type="button" class="link-button" data-testid="export-csv" onClick={saveCsv}>{t('an_exportCsv')}</button>}
          {chart && <button type="button" class="link-button" data-testid="export-png" onClick={() => void savePng()}>{t('an_exportPng')}</button>}
        </div>
      </header>
      {note && <p class="muted an-note">{note}</p>}
      {children}
    </section>
  );
}
