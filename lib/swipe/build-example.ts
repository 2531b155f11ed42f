// A saved example from the record it shows and what the user added. Pure.
import type { StoredComment, StoredPost } from '../db';
import { withoutUndefined } from '../merge';
import { searchTermsOf } from './search-terms';
import type { ExampleLabels, SavedExample } from './types';

export const exampleIdOf = (recordId: string) => `ex:${recordId}`;

/** The words search finds an example by: its text and everything the user wrote on it. */
export function termsOfExample(example: Pick<SavedExample, 'text' | 'title' | 'author' | 'tags' | 'board' | 'brand' | 'note' | 'platform'>): string[] {
  return searchTermsOf(example.text, example.title, example.author.name, example.author.handle, example.board, example.brand, example.note, example.platform, ...example.tags);
}

const cleanTags = (tags: readonly string[]) => [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))];

/**
 * Saving a post again keeps its first save (savedAt, metricsAtSave, picture): growth is measured from
 * the first time the user kept it. The labels given now are applied on top (tags are added, not replaced).
 */
export function exampleFrom(record: StoredPost | StoredComment, labels: ExampleLabels, nowIso: string, previous?: SavedExample): SavedExample {
  const example: SavedExample = withoutUndefined({
    id: exampleIdOf(record.id),
    recordId: record.id,
    kind: record.kind,
    platform: record.platform,
    url: record.url ?? record.seenOn.at(-1) ?? '',
    author: record.author,
    text: record.text,
    title: record.kind === 'post' ? record.title : undefined,
    media: record.kind === 'post' ? record.media : 'text',
    createdAt: record.createdAt,
    metricsAtSave: previous?.metricsAtSave ?? { ...record.metrics },
    savedAt: previous?.savedAt ?? nowIso,
    updatedAt: nowIso,
    board: labels.board?.trim() || previous?.board,
    tags: cleanTags([...(previous?.tags ?? []), ...(labels.tags ?? [])]),
    stance: labels.stance ?? previous?.stance,
    brand: labels.brand?.trim() || previous?.brand,
    note: labels.note?.trim() || previous?.note,
    image: previous?.image,
    searchTerms: [],
  });
  example.searchTerms = termsOfExample(example);
  return example;
}
