import { expect, it } from 'vitest';
import { projectFixture } from '../../tests/shared-fixtures';
import { xiaohongshuAdapter } from './xiaohongshu';

const url = 'https://edith.xiaohongshu.com/api/sns/web/v1/search/hot_list';
const parse = (body: unknown) => xiaohongshuAdapter.fromResponse!(body, { url, capturedAt: '2026-11-26T04:00:00.000Z' });

// Written from what public clients of the endpoint read (no real capture of it is in the corpus).
it('hot_list: titled entries become trends in list order, heat from "932.1w" or a number', () => {
  const result = parse(JSON.parse(projectFixture('xiaohongshu/hot_list.json')));
  expect(result.skipped).toBe(1); // the entry without a title
  expect(result.records).toEqual([
    { id: 'xiaohongshu:hot:燕麦拿铁', platform: 'xiaohongshu', kind: 'trend', rank: 1, title: '燕麦拿铁', heat: 9321000,
      url: 'https://www.xiaohongshu.com/search_result?keyword=%E7%87%95%E9%BA%A6%E6%8B%BF%E9%93%81', capturedAt: '2026-11-26T04:00:00.000Z' },
    expect.objectContaining({ rank: 2, title: '秋天的第一杯奶茶', heat: 523000 }),
    expect.objectContaining({ rank: 4, title: '周末去哪儿' }),
  ]);
  expect(result.records[2]).not.toHaveProperty('heat');
});

it('hot_list without a list is one skipped item', () => {
  expect(parse({ code: 0, success: true, data: {} })).toEqual({ records: [], skipped: 1 });
});
