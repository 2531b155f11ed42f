// Hand-written saved examples for the swipe-file tests; not shipped.
import { CAPTURED_AT } from '../test-records';
import { termsOfExample } from './build-example';
import type { SavedExample } from './types';

export function savedExample(overrides: Partial<SavedExample> = {}): SavedExample {
  const example: SavedExample = {
    id: 'ex:weibo:4383183661430868',
    recordId: 'weibo:4383183661430868',
    kind: 'post',
    platform: 'weibo',
    url: 'https://weibo.com/1669879400/HyTZc60ew',
    author: { id: 'weibo:1669879400', platform: 'weibo', name: 'Dear-迪丽热巴', followers: 78_000_000, verified: true },
    text: '搬完这块砖，就可以吃好吃的了[偷笑][偷笑][偷笑]',
    media: 'image',
    createdAt: '2019-06-14T04:02:11.000Z',
    metricsAtSave: { likes: 348872, comments: 95535, shares: 240492 },
    savedAt: CAPTURED_AT,
    updatedAt: CAPTURED_AT,
    tags: [],
    searchTerms: [],
    ...overrides,
  };
  if (!overrides.searchTerms) example.searchTerms = termsOfExample(example);
  return example;
}
