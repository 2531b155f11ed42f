import { describe, expect, it } from 'vitest';
import type { StoredPost } from '../db';
import type { Author } from '../model';
import type { SentimentLabel } from '../sentiment-store';
import { storedPost, weiboTimelinePosts, xUserPosts } from '../../tests/analytics-posts';
import { describeShared } from '../../tests/shared-fixtures';
import { influence, topAuthors } from './top-authors';

const author = (id: string, extra: Partial<Author> = {}): Author => ({ id: `weibo:${id}`, platform: 'weibo', name: id, ...extra });
const scored = (label: SentimentLabel) => ({ score: 0, label, confidence: 0.9, aspects: [], version: 'test' });

describe('topAuthors', () => {
  it('groups by author: largest known followers, summed known engagement, latest name', () => {
    const [row] = topAuthors([
      storedPost({ author: author('a', { followers: 900, name: 'Old name' }), metrics: { likes: 10, comments: 5 }, capturedAt: '2026-11-01T00:00:00.000Z' }),
      storedPost({ author: author('a', { name: 'New name', handle: 'anew' }), metrics: {}, capturedAt: '2026-11-03T00:00:00.000Z' }),
      storedPost({ author: author('a', { followers: 1200 }), metrics: { shares: 1, views: 50 }, capturedAt: '2026-11-02T00:00:00.000Z' }),
    ]);
    expect(row).toMatchObject({ id: 'weibo:a', platform: 'weibo', name: 'New name', handle: 'anew', followers: 1200, posts: 3, engagement: 16 });
    expect(row.influence).toBeCloseTo(Math.log10(1201) * Math.log10(17), 12);
  });

  it('keeps unknowns unknown: no follower count, no engagement, no sentiment', () => {
    const [row] = topAuthors([storedPost({ author: author('q'), metrics: { views: 10 } })]);
    expect(row).toMatchObject({ followers: undefined, engagement: undefined, netSentiment: undefined, influence: 0 });
  });

  it('nets the sentiment of the author\'s posts, a correction winning over the analyzer, unscored posts left out', () => {
    const posts: StoredPost[] = [
      storedPost({ author: author('s'), sentiment: scored('positive') }),
      storedPost({ author: author('s'), sentiment: scored('positive'), sentimentCorrection: { label: 'negative', at: '2026-11-26T00:00:00.000Z' } }),
      storedPost({ author: author('s'), sentiment: scored('negative') }),
      storedPost({ author: author('s'), sentiment: scored('neutral') }),
      storedPost({ author: author('s') }),
    ];
    expect(topAuthors(posts)[0]).toMatchObject({ posts: 5, netSentiment: (1 - 2) / 4 });
  });

  it('ranks by reach × engagement, then by posts, then by name; limit applies last', () => {
    const rows = topAuthors([
      storedPost({ author: author('big', { followers: 1_000_000 }), metrics: { likes: 9 } }),
      storedPost({ author: author('engaged', { followers: 1000 }), metrics: { likes: 99_999 } }),
      storedPost({ author: author('only reach', { followers: 10_000_000 }), metrics: {} }),
      storedPost({ author: author('b') }),
      storedPost({ author: author('a') }),
      storedPost({ author: author('c') }),
      storedPost({ author: author('c') }),
    ]);
    // log10(1e6+1)·log10(10) ≈ 6  <  log10(1001)·log10(1e5) ≈ 15; no engagement: 0 whatever the reach.
    expect(rows.map((row) => row.name)).toEqual(['engaged', 'big', 'c', 'a', 'b', 'only reach']);
    expect(topAuthors([storedPost({ author: author('x1') }), storedPost({ author: author('x2') })], 1)).toHaveLength(1);
  });

  it('influence treats unknown as 0', () => {
    expect(influence(undefined, 1000)).toBe(0);
    expect(influence(99, undefined)).toBe(0);
    expect(influence(99, 9)).toBeCloseTo(2, 12);
  });
});

describeShared('topAuthors', () => {
  it('X user timeline: Chris Park posts most, Nikita Bier\'s one live-studio post ranks first', () => {
    const rows = topAuthors(xUserPosts());
    const mostPosts = [...rows].sort((a, b) => b.posts - a.posts)[0];
    // Seven tweets by @chrisparkX; likes + replies + (retweets + quotes) summed by hand from the fixture.
    expect(mostPosts).toMatchObject({ name: 'Chris Park', posts: 7, followers: 27160, engagement: 1937 });
    // 1,271,263 followers × 10208 + 1946 + 2045 engagement beats @XDevelopers' 695,695 × four posts' 10,017.
    expect(rows[0]).toMatchObject({ name: 'Nikita Bier', posts: 1, engagement: 14199 });
    expect(rows[1]).toMatchObject({ name: 'Developers', posts: 4, followers: 695695, engagement: 10017 });
  });

  it('Weibo timeline: the account owner (10 posts) above the one reposted author', () => {
    const rows = topAuthors(weiboTimelinePosts());
    expect(rows.map(({ name, posts }) => [name, posts])).toEqual([['Dear-迪丽热巴', 10], ['代斯daisy', 1]]);
    expect(rows[0].followers).toBe(63356825);
    expect(rows[0].netSentiment).toBeUndefined(); // parsed, never scored
  });
});
