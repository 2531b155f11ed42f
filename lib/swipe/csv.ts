// The swipe file as a spreadsheet: one row per saved example, its counts at save and now
// (BOM, quoting and formula neutralising: lib/csv.ts).
import { toCsv } from '../csv';
import { engagementOf, type Metrics } from '../model';
import type { CurrentRecords } from './filter';
import type { SavedExample } from './types';

const METRICS = ['likes', 'comments', 'shares', 'views'] as const;

export const CSV_COLUMNS = [
  'id', 'platform', 'kind', 'url', 'author', 'handle', 'followers', 'title', 'text', 'media', 'created_at', 'saved_at',
  'board', 'tags', 'stance', 'brand', 'note',
  ...METRICS.map((key) => `${key}_at_save`), ...METRICS.map((key) => `${key}_now`), 'engagement_at_save', 'engagement_now',
] as const;

const counts = (metrics: Metrics | undefined) => METRICS.map((key) => metrics?.[key]);

export function examplesToCsv(examples: readonly SavedExample[], records: CurrentRecords): string {
  const rows = examples.map((example) => {
    const now = records.get(example.recordId)?.metrics;
    return [
      example.id, example.platform, example.kind, example.url, example.author.name, example.author.handle, example.author.followers,
      example.title, example.text, example.media, example.createdAt, example.savedAt,
      example.board, example.tags.join('; '), example.stance, example.brand, example.note,
      ...counts(example.metricsAtSave), ...counts(now), engagementOf(example.metricsAtSave, example.platform), now && engagementOf(now, example.platform),
    ];
  });
  return toCsv(CSV_COLUMNS, rows);
}
