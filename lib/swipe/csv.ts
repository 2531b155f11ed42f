// CSV export for spreadsheets. UTF-8 with a BOM (Excel reads Chinese correctly only then), CRLF rows,
// RFC 4180 quoting, and text cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR)
// prefixed with an apostrophe: scraped text is data, never code.
import { engagementOf, type Metrics } from '../model';
import type { CurrentRecords } from './filter';
import type { SavedExample } from './types';

const METRICS = ['likes', 'comments', 'shares', 'views'] as const;
const FORMULA_START = /^[=+\-@\t\r]/;

export const CSV_COLUMNS = [
  'id', 'platform', 'kind', 'url', 'author', 'handle', 'followers', 'title', 'text', 'media', 'created_at', 'saved_at',
  'board', 'tags', 'stance', 'brand', 'note',
  ...METRICS.map((key) => `${key}_at_save`), ...METRICS.map((key) => `${key}_now`), 'engagement_at_save', 'engagement_now',
] as const;

export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const counts = (metrics: Metrics | undefined) => METRICS.map((key) => metrics?.[key]);

export function examplesToCsv(examples: readonly SavedExample[], records: CurrentRecords): string {
  const rows = examples.map((example) => {
    const now = records.get(example.recordId)?.metrics;
    return [
      example.id, example.platform, example.kind, example.url, example.author.name, example.author.handle, example.author.followers,
      example.title, example.text, example.media, example.createdAt, example.savedAt,
      example.board, example.tags.join('; '), example.stance, example.brand, example.note,
      ...counts(example.metricsAtSave), ...counts(now), engagementOf(example.metricsAtSave), now && engagementOf(now),
    ].map(csvCell).join(',');
  });
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
