// Weibo's hot-list reader under fuzzing (tests/fuzz.ts): broken variants of the three hot-search shapes.
import { expect, it } from 'vitest';
import { fuzzResponses } from '../../tests/fuzz';
import { projectFixture } from '../../tests/shared-fixtures';
import { weiboAdapter } from './weibo';

it('Weibo 热搜: the three own hot-list fixtures, 3,000 broken variants, no throw and no malformed trend', () => {
  const json = (name: string) => JSON.parse(projectFixture(`weibo/${name}`));
  const problems = fuzzResponses(weiboAdapter, [
    { url: 'https://weibo.com/ajax/side/hotSearch', body: json('side_hotSearch_small.json') },
    { url: 'https://weibo.com/ajax/statuses/hot_band', body: json('statuses_hot_band_small.json') },
    { url: 'https://m.weibo.cn/api/container/getIndex?containerid=106003type%3D25%26t%3D3%26disable_hot%3D1%26filter_type%3Drealtimehot', body: json('mweibocn_hot_search_small.json') },
  ], 3000, 13);
  expect(problems.slice(0, 5)).toEqual([]);
}, 30_000);
