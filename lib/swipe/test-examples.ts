// Hand-written saved examples for the swipe-file tests; not shipped.
import { CAPTURED_AT, weiboPost } from '../test-records';
import { termsOfExample } from './build-example';
import type { SavedExample } from './types';

export function savedExample(overrides: Partial<SavedExample> = {}): SavedExample {
  // The example the swipe file makes of test-records' Weibo post.
  const { id, platform, url, author, text, media, createdAt, metrics } = weiboPost();
  const example: SavedExample = {
    id: `ex:${id}`,
    recordId: id,
    kind: 'post',
    platform, url, author, text, media, createdAt,
    metricsAtSave: metrics,
    savedAt: CAPTURED_AT,
    updatedAt: CAPTURED_AT,
    tags: [],
    searchTerms: [],
    ...overrides,
  };
  if (!overrides.searchTerms) example.searchTerms = termsOfExample(example);
  return example;
}
