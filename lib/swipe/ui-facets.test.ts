import { describe, expect, it } from 'vitest';
import { boardOptions, boardPath, libraryFacets } from './ui-facets';
import type { SavedExample } from './types';

const example = (id: string, fields: Partial<SavedExample>): SavedExample => ({
  id, recordId: id.slice(3), kind: 'post', platform: 'weibo', url: `https://weibo.com/${id}`,
  author: { id: 'weibo:1', platform: 'weibo', name: 'A' }, text: '', media: 'text', metricsAtSave: {},
  savedAt: '2026-11-20T00:00:00Z', updatedAt: '2026-11-20T00:00:00Z', tags: [], searchTerms: [], ...fields,
});

describe('boardPath', () => {
  it('splits on slashes and drops stray spaces and empty parts', () => {
    expect(boardPath(' Competitor A /Q4 campaigns/ ')).toEqual(['Competitor A', 'Q4 campaigns']);
  });
});

describe('boardOptions', () => {
  it('counts a sub-board in its parent and lists each child right under its parent', () => {
    const options = boardOptions([
      example('ex:1', { board: 'Acme / Q4' }), example('ex:2', { board: 'Acme' }),
      example('ex:3', { board: 'Acme Corp' }), example('ex:4', { board: 'Acme/Q4 ' }), example('ex:5', {}),
    ]);
    expect(options).toEqual([
      { value: 'Acme', name: 'Acme', depth: 0, count: 3 },
      { value: 'Acme / Q4', name: 'Q4', depth: 1, count: 2 },
      { value: 'Acme Corp', name: 'Acme Corp', depth: 0, count: 1 },
    ]);
  });
});

describe('libraryFacets', () => {
  it('tallies platforms, tags, stances, brands and media, most used first', () => {
    const facets = libraryFacets([
      example('ex:1', { platform: 'x', tags: ['kol', '新品'], stance: 'competitor', brand: 'Acme', media: 'video' }),
      example('ex:2', { tags: ['新品'], stance: 'competitor', brand: 'Acme' }),
      example('ex:3', { tags: ['新品'], stance: 'brand', media: 'video' }),
    ]);
    expect(facets.platforms).toEqual([{ value: 'weibo', count: 2 }, { value: 'x', count: 1 }]);
    expect(facets.tags).toEqual([{ value: '新品', count: 3 }, { value: 'kol', count: 1 }]);
    expect(facets.stances).toEqual([{ value: 'competitor', count: 2 }, { value: 'brand', count: 1 }]);
    expect(facets.brands).toEqual([{ value: 'Acme', count: 2 }]);
    expect(facets.media).toEqual([{ value: 'video', count: 2 }, { value: 'text', count: 1 }]);
  });
});
