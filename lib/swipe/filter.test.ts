import { describe, expect, it } from 'vitest';
import { engagementRate, filterExamples, inBoard, sortExamples, type CurrentRecords } from './filter';
import { savedExample } from './test-examples';

const weibo = savedExample({ board: 'Competitor A / Q4 campaigns', tags: ['CNY', 'video'], stance: 'competitor', brand: 'Acme', savedAt: '2024-06-10T00:00:00.000Z' });
const x = savedExample({
  id: 'ex:x:1', recordId: 'x:1', platform: 'x', media: 'video', text: 'Our headquarters tonight', tags: ['launch'], stance: 'brand',
  author: { id: 'x:44196397', platform: 'x', name: 'Elon Musk', handle: 'elonmusk' },
  metricsAtSave: { likes: 1000, comments: 100, shares: 50, views: 100_000 }, savedAt: '2024-06-12T00:00:00.000Z',
});
const note = savedExample({
  id: 'ex:xiaohongshu:9', recordId: 'xiaohongshu:9', platform: 'xiaohongshu', text: '新品开箱', board: 'Competitor B',
  author: { id: 'xiaohongshu:u', platform: 'xiaohongshu', name: '小红' }, metricsAtSave: { likes: 50 }, savedAt: '2024-06-11T00:00:00.000Z',
});
const all = [weibo, x, note];
const ids = (list: { id: string }[]) => list.map((example) => example.id);

describe('filterExamples', () => {
  it('filters by platform, media, tag (any case), stance and brand', () => {
    expect(ids(filterExamples(all, { platforms: ['x', 'xiaohongshu'] }))).toEqual([x.id, note.id]);
    expect(ids(filterExamples(all, { media: ['video'] }))).toEqual([x.id]);
    expect(ids(filterExamples(all, { tag: 'cny' }))).toEqual([weibo.id]);
    expect(ids(filterExamples(all, { stance: 'brand' }))).toEqual([x.id]);
    expect(ids(filterExamples(all, { brand: ' acme ' }))).toEqual([weibo.id]);
  });

  it('shows a board together with its sub-boards', () => {
    expect(ids(filterExamples(all, { board: 'Competitor A' }))).toEqual([weibo.id]);
    expect(ids(filterExamples(all, { board: 'competitor a/q4 campaigns' }))).toEqual([weibo.id]);
    expect(inBoard('Competitor AB', 'Competitor A')).toBe(false);
    expect(inBoard(undefined, 'Competitor A')).toBe(false);
  });

  it('keeps the saved-date range inclusive at both ends', () => {
    expect(ids(filterExamples(all, { savedFrom: '2024-06-11T00:00:00.000Z', savedTo: '2024-06-12T00:00:00.000Z' }))).toEqual([x.id, note.id]);
  });

  it('searches in Chinese and English, combined with the other filters', () => {
    expect(ids(filterExamples(all, { query: '这块砖' }))).toEqual([weibo.id]);
    expect(ids(filterExamples(all, { query: 'HEADQUARTERS' }))).toEqual([x.id]);
    expect(ids(filterExamples(all, { query: 'elonmusk' }))).toEqual([x.id]);
    expect(ids(filterExamples(all, { query: '开箱', platforms: ['weibo'] }))).toEqual([]);
  });

  it('keeps only growing examples when asked, reading the current counts', () => {
    const records: CurrentRecords = new Map([[x.recordId, { metrics: { likes: 1200, comments: 100, shares: 50 } }], [note.recordId, { metrics: { likes: 50 } }]]);
    expect(ids(filterExamples(all, { growingOnly: true }, records))).toEqual([x.id]);
  });

  it('returns everything for an empty filter', () => {
    expect(filterExamples(all, {})).toHaveLength(3);
  });
});

describe('sortExamples', () => {
  it('sorts by saved date, newest first', () => {
    expect(ids(sortExamples(all, 'savedAt'))).toEqual([x.id, note.id, weibo.id]);
  });

  it('sorts by current engagement, falling back to the counts at save', () => {
    const records: CurrentRecords = new Map([[note.recordId, { metrics: { likes: 5_000_000 } }]]);
    expect(ids(sortExamples(all, 'engagement', records))).toEqual([note.id, weibo.id, x.id]);
  });

  it('sorts by engagement per view when views are known, else per follower; unknown last', () => {
    // x: 1150 / 100k views = 1.15%; weibo: 684899 / 78M followers ≈ 0.88%; note: no views, no followers.
    expect(engagementRate(x, new Map())).toBeCloseTo(0.0115);
    expect(engagementRate(note, new Map())).toBeUndefined();
    expect(ids(sortExamples(all, 'engagementRate'))).toEqual([x.id, weibo.id, note.id]);
  });

  it('uses the record\'s current follower count when it has one', () => {
    const records: CurrentRecords = new Map([[note.recordId, { metrics: { likes: 50 }, author: { followers: 100 } }]]);
    expect(ids(sortExamples(all, 'engagementRate', records))[0]).toBe(note.id);
  });
});
