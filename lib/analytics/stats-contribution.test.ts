import { describe, expect, it } from 'vitest';
import type { StoredComment, StoredPost } from '../db';
import { firstSeen } from '../merge';
import { weiboComment, weiboPost, xPost } from '../test-records';
import { statsContributions, statsDelta, statsKeyString } from './stats-contribution';
import { ALL_TIME, EVERYTHING, emptyStatsValues, type StatsKey } from './stats-types';

const FIRST_SEEN = '2026-11-26T05:10:00.000Z';
const sentiment = (label: 'positive' | 'neutral' | 'negative') => ({ score: 0, label, confidence: 0.9, aspects: [], version: 's1' });
const post = (overrides: Partial<StoredPost> = {}): StoredPost => ({ ...firstSeen(weiboPost(), 'https://weibo.com/p', FIRST_SEEN), ...overrides });
const comment = (overrides: Partial<StoredComment> = {}): StoredComment => ({ ...firstSeen(weiboComment(), 'https://weibo.com/p', FIRST_SEEN), ...overrides });
const byKey = (entries: { key: StatsKey; values: object }[]) => new Map(entries.map((entry) => [statsKeyString(entry.key), entry.values]));

describe('statsContributions', () => {
  it('counts a post in its publish hour and the running total, with engagement by the platform definition and both rates', () => {
    const contributions = statsContributions(post({ sentiment: sentiment('negative') }));
    expect(contributions.map(({ key }) => key)).toEqual([
      [EVERYTHING, '2019-06-14T04:00:00.000Z', 'weibo'],
      [EVERYTHING, ALL_TIME, 'weibo'],
    ]);
    const engagement = 348872 + 95535 + 240492;
    for (const { values } of contributions) {
      expect(values).toEqual({
        ...emptyStatsValues(), posts: 1, engagedPosts: 1, engagement,
        rateByFollowersPosts: 1, rateByFollowersSum: engagement / 78_000_000, negative: 1,
      });
    }
  });

  it('rates by views only where views are known, and counts unknown engagement as unknown, not 0', () => {
    const [{ values: withViews }] = statsContributions(firstSeen(xPost(), 'https://x.com/home', FIRST_SEEN) as StoredPost);
    expect(withViews.rateByViewsPosts).toBe(1);
    expect(withViews.rateByViewsSum).toBeCloseTo((182000 + 23000 + 15000) / 41_000_000, 12);
    expect(withViews.rateByFollowersPosts).toBe(0);
    const [{ values: unknown }] = statsContributions(post({ metrics: { views: 10 } }));
    expect(unknown).toMatchObject({ posts: 1, engagedPosts: 0, engagement: 0, rateByViewsPosts: 0, rateByFollowersPosts: 0 });
  });

  it('uses the first capture hour when the post shows no (readable) publish time', () => {
    const [{ key }] = statsContributions(post({ createdAt: undefined }));
    expect(key).toEqual([EVERYTHING, '2026-11-26T05:00:00.000Z', 'weibo']);
    expect(statsContributions(post({ createdAt: 'yesterday' }))[0].key[1]).toBe('2026-11-26T05:00:00.000Z');
  });

  it('counts a comment with its sentiment (a correction wins) and its author location; not its likes', () => {
    const values = statsContributions(comment({ sentiment: sentiment('negative'), sentimentCorrection: { label: 'positive', at: FIRST_SEEN } }))[0].values;
    expect(values).toEqual({ ...emptyStatsValues(), comments: 1, positive: 1, places: { 河北: 1 } });
    const unscored = statsContributions(comment({ author: { id: 'weibo:1', platform: 'weibo', name: 'a' } }))[0].values;
    expect(unscored).toEqual({ ...emptyStatsValues(), comments: 1 });
  });

  it('counts once more per watch the row mentions', () => {
    const keys = statsContributions(comment({ watchIds: ['w1', 'w2'] })).map(({ key }) => key);
    expect(keys).toEqual([
      [EVERYTHING, '2024-06-14T12:00:00.000Z', 'weibo'], [EVERYTHING, ALL_TIME, 'weibo'],
      ['w1', '2024-06-14T12:00:00.000Z', 'weibo'], ['w1', ALL_TIME, 'weibo'],
      ['w2', '2024-06-14T12:00:00.000Z', 'weibo'], ['w2', ALL_TIME, 'weibo'],
    ]);
  });
});

describe('statsDelta', () => {
  it('adds a new row, and nothing for a row written again with nothing counted changed', () => {
    const created = statsDelta([{ after: post() }]);
    expect(created.size).toBe(2);
    const seenAgain = post({ lastSeenAt: '2026-11-27T00:00:00.000Z', seenOn: ['a', 'b'] });
    expect(statsDelta([{ before: post(), after: seenAgain }]).size).toBe(0);
  });

  it('nets metric changes: only the engagement and rate move, the post count does not', () => {
    const before = post();
    const after = post({ metrics: { ...before.metrics, likes: before.metrics.likes! + 100 } });
    const delta = byKey([...statsDelta([{ before, after }]).values()]);
    expect(delta.get(statsKeyString([EVERYTHING, ALL_TIME, 'weibo']))).toEqual({
      ...emptyStatsValues(), engagement: 100, rateByFollowersSum: expect.closeTo(100 / 78_000_000, 15),
    });
  });

  it('a correction moves the row from the analyzer label to the corrected one', () => {
    const before = comment({ sentiment: sentiment('negative') });
    const after = comment({ sentiment: sentiment('negative'), sentimentCorrection: { label: 'neutral', at: FIRST_SEEN } });
    const delta = statsDelta([{ before, after }]);
    expect([...delta.values()].map(({ values }) => values)).toEqual([
      { ...emptyStatsValues(), negative: -1, neutral: 1 },
      { ...emptyStatsValues(), negative: -1, neutral: 1 },
    ]);
  });

  it('tagging a row with a watch adds it to that watch only; untagging takes it away', () => {
    const tagged = comment({ watchIds: ['w1'] });
    const added = statsDelta([{ before: comment(), after: tagged }]);
    expect([...added.values()].map(({ key }) => key)).toEqual([['w1', '2024-06-14T12:00:00.000Z', 'weibo'], ['w1', ALL_TIME, 'weibo']]);
    expect([...added.values()][0].values).toEqual({ ...emptyStatsValues(), comments: 1, places: { 河北: 1 } });
    const removed = statsDelta([{ before: tagged, after: comment() }]);
    expect([...removed.values()][1].values).toEqual({ ...emptyStatsValues(), comments: -1, places: { 河北: -1 } });
  });

  it('moves a row to its publish hour when the publish time appears on a later capture', () => {
    const before = post({ createdAt: undefined });
    const after = post();
    const delta = byKey([...statsDelta([{ before, after }]).values()]);
    expect(delta.has(statsKeyString([EVERYTHING, ALL_TIME, 'weibo']))).toBe(false);
    expect(delta.get(statsKeyString([EVERYTHING, '2026-11-26T05:00:00.000Z', 'weibo']))).toMatchObject({ posts: -1, engagedPosts: -1 });
    expect(delta.get(statsKeyString([EVERYTHING, '2019-06-14T04:00:00.000Z', 'weibo']))).toMatchObject({ posts: 1, engagedPosts: 1 });
  });

  it('a changed location moves the comment between places; a deleted row takes everything away', () => {
    const before = comment();
    const after = comment({ author: { ...before.author, location: '上海' } });
    expect(statsDelta([{ before, after }]).get(statsKeyString([EVERYTHING, ALL_TIME, 'weibo']))!.values).toEqual({
      ...emptyStatsValues(), places: { 河北: -1, 上海: 1 },
    });
    expect(statsDelta([{ before }]).get(statsKeyString([EVERYTHING, ALL_TIME, 'weibo']))!.values).toEqual({
      ...emptyStatsValues(), comments: -1, places: { 河北: -1 },
    });
  });

  it('sums several rows into one key and ignores trend rows', () => {
    const other = comment({ id: 'weibo:2', author: { id: 'weibo:9', platform: 'weibo', name: 'b', location: '河北' } });
    const trend = { ...firstSeen({ kind: 'trend', id: 't', platform: 'weibo', rank: 1, title: 'x', url: 'https://s.weibo.com', capturedAt: FIRST_SEEN }, 'https://s.weibo.com', FIRST_SEEN) };
    const delta = statsDelta([{ after: comment() }, { after: other }, { after: trend as never }]);
    expect(delta.get(statsKeyString([EVERYTHING, ALL_TIME, 'weibo']))!.values).toEqual({ ...emptyStatsValues(), comments: 2, places: { 河北: 2 } });
  });
});
