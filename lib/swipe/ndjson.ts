// NDJSON in the shape Zeeschuimer writes and 4CAT imports: one object per line with item_id,
// timestamp_collected (ms since epoch), source_platform (Zeeschuimer's module id), source_platform_url
// (the page), source_url (where the item came from), user_agent and data (the item).
// Zeeschuimer's `data` is the platform's raw API item; Earshot keeps normalized records, not raw ones.
// So `data` holds the normalized record (lib/model.ts) under `earshot_record` and the example's labels
// and counts at save under `earshot_example`, with `id` set to the platform's native id as Zeeschuimer
// does. 4CAT accepts the file as a Zeeschuimer upload for that platform; its per-platform field mapping
// expects the raw item and will not find these fields.
import type { Platform } from '../model';
import type { SavedExample } from './types';

/** Zeeschuimer module ids (source_platform) for the platforms both know. */
export const ZEESCHUIMER_PLATFORMS: Partial<Record<Platform, string>> = {
  x: 'twitter.com',
  tiktok: 'tiktok.com',
  instagram: 'instagram.com',
  douyin: 'douyin.com',
  xiaohongshu: 'xiaohongshu.com',
};

export interface NdjsonExport {
  text: string;
  lines: number;
  /** Examples on platforms Zeeschuimer/4CAT do not import, left out. */
  skipped: number;
}

const nativeId = (recordId: string) => recordId.slice(recordId.indexOf(':') + 1);

export function examplesToNdjson(examples: readonly SavedExample[], records: ReadonlyMap<string, unknown>, userAgent: string): NdjsonExport {
  const lines: string[] = [];
  for (const example of examples) {
    const sourcePlatform = ZEESCHUIMER_PLATFORMS[example.platform];
    if (!sourcePlatform) continue;
    const { searchTerms: _index, ...labels } = example;
    lines.push(JSON.stringify({
      item_id: nativeId(example.recordId),
      timestamp_collected: Date.parse(example.savedAt),
      source_platform: sourcePlatform,
      source_platform_url: example.url,
      source_url: example.url,
      user_agent: userAgent,
      data: { id: nativeId(example.recordId), earshot_record: records.get(example.recordId) ?? null, earshot_example: labels },
    }));
  }
  return { text: lines.map((line) => `${line}\n`).join(''), lines: lines.length, skipped: examples.length - lines.length };
}
