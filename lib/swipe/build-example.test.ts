import { describe, expect, it } from 'vitest';
import { firstSeen } from '../merge';
import { CAPTURED_AT, weiboComment, weiboPost } from '../test-records';
import { exampleFrom } from './build-example';
import { matchesQuery, queryTerms } from './search-terms';

const page = 'https://weibo.com/1669879400/HyTZc60ew';
const post = firstSeen(weiboPost(), page, CAPTURED_AT);
const LATER = '2024-06-20T08:00:00.000Z';

describe('exampleFrom', () => {
  it('copies the record and its counts now, with the user\'s labels, searchable', () => {
    const example = exampleFrom(post, { board: ' Competitor A / Q4 ', tags: ['cny', ' cny ', ''], stance: 'competitor', brand: 'Acme', note: '文案好' }, CAPTURED_AT);
    expect(example).toMatchObject({
      id: 'ex:weibo:4383183661430868', recordId: post.id, kind: 'post', platform: 'weibo', url: post.url, media: 'image',
      metricsAtSave: { likes: 348872, comments: 95535, shares: 240492 }, savedAt: CAPTURED_AT, updatedAt: CAPTURED_AT,
      board: 'Competitor A / Q4', tags: ['cny'], stance: 'competitor', brand: 'Acme', note: '文案好',
    });
    expect(example.metricsAtSave).not.toBe(post.metrics);
    expect(matchesQuery(example.searchTerms, queryTerms('这块砖'))).toBe(true);
    expect(matchesQuery(example.searchTerms, queryTerms('迪丽热巴 acme q4'))).toBe(true);
    expect('title' in example).toBe(false);
  });

  it('saving again keeps the first save\'s date, counts and picture, and adds tags', () => {
    const first = { ...exampleFrom(post, { tags: ['a'], board: 'Old' }, CAPTURED_AT), image: { width: 10, height: 20, mime: 'image/png' as const, cropped: true, bytes: 99 } };
    const grown = { ...post, metrics: { likes: 400000, comments: 95535, shares: 240492 } };
    const again = exampleFrom(grown, { tags: ['b'] }, LATER, first);
    expect(again).toMatchObject({ savedAt: CAPTURED_AT, updatedAt: LATER, metricsAtSave: first.metricsAtSave, tags: ['a', 'b'], board: 'Old', image: first.image });
  });

  it('saves a comment as text, using the page it was seen on when it has no URL', () => {
    const comment = firstSeen(weiboComment(), page, CAPTURED_AT);
    const example = exampleFrom(comment, {}, CAPTURED_AT);
    expect(example).toMatchObject({ kind: 'comment', media: 'text', url: page, tags: [] });
  });
});
