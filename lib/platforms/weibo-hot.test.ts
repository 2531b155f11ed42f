// 微博热搜 → trend records. No capture of the hot-search responses exists in ../shared/fixtures: the
// fixtures in tests/fixtures/weibo/{side_hotSearch,statuses_hot_band,mweibocn_hot_search}_small.json were
// written for Earshot from public knowledge of the shapes (field names word / num / realpos / rank /
// note / label_name / is_ad, band_list, card_group desc / desc_extr / pic), with made-up entries.
import { describe, expect, it } from 'vitest';
import type { Trend } from '../model';
import { checkRecord } from '../validate-record';
import { projectFixture } from '../../tests/shared-fixtures';
import { adapterForResponse } from './index';
import { weiboAdapter } from './weibo';
import { hotSearchUrl, isHotSearchRequest } from './weibo-hot';

const capturedAt = '2026-11-26T08:00:00.000Z';
const URLS = {
  side: 'https://weibo.com/ajax/side/hotSearch',
  band: 'https://weibo.com/ajax/statuses/hot_band',
  mobile: 'https://m.weibo.cn/api/container/getIndex?containerid=106003type%3D25%26t%3D3%26disable_hot%3D1%26filter_type%3Drealtimehot',
};
const parse = (body: unknown, url: string) => weiboAdapter.fromResponse!(body, { url, capturedAt });
const fixture = (name: string) => JSON.parse(projectFixture(`weibo/${name}`));
const brief = (records: unknown[]) => (records as Trend[]).map(({ rank, title, heat }) => ({ rank, title, heat }));

describe('weibo hot list (热搜) → trends', () => {
  it('weibo.com side/hotSearch: realpos is the place shown, ads and the pinned hotgov are left out', () => {
    const { records, skipped } = parse(fixture('side_hotSearch_small.json'), URLS.side);
    expect(skipped).toBe(1); // the entry with an empty word
    expect(brief(records)).toEqual([
      { rank: 1, title: '听风新品发布会', heat: 2345678 },
      { rank: 2, title: '台风最新路径', heat: 1234567 },
      { rank: 4, title: '明天降温', heat: 654321 },
      { rank: 5, title: '考研成绩查询', heat: 413000 }, // no realpos: 0-based rank 4 + 1; "41.3万"
    ]);
    records.forEach((record) => checkRecord(record));
    expect(records[0]).toEqual({
      id: 'weibo:hot:听风新品发布会',
      platform: 'weibo',
      kind: 'trend',
      rank: 1,
      title: '听风新品发布会',
      heat: 2345678,
      url: 'https://s.weibo.com/weibo?q=%23%E5%90%AC%E9%A3%8E%E6%96%B0%E5%93%81%E5%8F%91%E5%B8%83%E4%BC%9A%23',
      capturedAt,
    });
  });

  it('weibo.com statuses/hot_band: band_list, a repeated word kept once at its higher place, broken items counted', () => {
    const { records, skipped } = parse(fixture('statuses_hot_band_small.json'), URLS.band);
    expect(skipped).toBe(1);
    expect(brief(records)).toEqual([
      { rank: 1, title: '听风新品发布会', heat: 2400001 },
      { rank: 2, title: '台风最新路径', heat: 1300000 },
      { rank: 3, title: '周末去哪儿', heat: 88888 },
    ]);
  });

  it('m.weibo.cn realtimehot container: rank from the img_search_<n> badge, heat from desc_extr (also "剧集 412345")', () => {
    const { records, skipped } = parse(fixture('mweibocn_hot_search_small.json'), URLS.mobile);
    expect(skipped).toBe(1); // the entry without desc; the pinned and the promoted ones are not counted as broken
    expect(brief(records)).toEqual([
      { rank: 1, title: '听风新品发布会', heat: 2345678 },
      { rank: 2, title: '某剧大结局', heat: 412345 },
      { rank: 4, title: '明天降温', heat: undefined }, // empty desc_extr: heat unknown, not 0
    ]);
    expect('heat' in records[2]).toBe(false);
    expect(records.map((record) => record.id)).toEqual(['weibo:hot:听风新品发布会', 'weibo:hot:某剧大结局', 'weibo:hot:明天降温']);
  });

  it('routes the hot-search URLs to the weibo adapter and only them to the hot-list reader', () => {
    for (const url of Object.values(URLS)) {
      expect(adapterForResponse(url)?.name).toBe('weibo');
      expect(isHotSearchRequest(new URL(url))).toBe(true);
    }
    expect(isHotSearchRequest(new URL('https://m.weibo.cn/api/container/getIndex?containerid=100103type%3D1%26q%3Dx'))).toBe(false);
    expect(isHotSearchRequest(new URL('https://weibo.com/ajax/statuses/show?id=1'))).toBe(false);
  });

  it('error bodies and unknown shapes are one skip, never a throw', () => {
    expect(parse({ ok: 0, msg: '请先登录' }, URLS.side)).toEqual({ records: [], skipped: 1 });
    expect(parse({ ok: 1, data: { something: [] } }, URLS.band)).toEqual({ records: [], skipped: 1 });
    expect(parse({ ok: 1, data: { realtime: [{ word: '#话题#', num: -5, realpos: 0, rank: 'x' }] } }, URLS.side).records).toEqual([
      expect.objectContaining({ title: '话题', rank: 1, url: hotSearchUrl('话题') }),
    ]);
  });

  it('hot-search links name the word as a #topic# search', () => {
    expect(hotSearchUrl('a b&c')).toBe('https://s.weibo.com/weibo?q=%23a%20b%26c%23');
  });
});
