// YouTube adapter on the real InnerTube captures (../shared/fixtures/youtube, NewPipe mocks of 2026)
// and on the project's own small pages written from platforms.md §9.
import { describe, expect, it } from 'vitest';
import type { Comment, Post } from '../model';
import { documentOf } from '../../tests/fuzz';
import { describeShared, projectFixture, sharedJson } from '../../tests/shared-fixtures';
import { youtubeAdapter } from './youtube';
import { countInSentence, displayDate } from './youtube-text';

const NEXT_URL = 'https://www.youtube.com/youtubei/v1/next?prettyPrint=false';
const PLAYER_URL = 'https://www.youtube.com/youtubei/v1/player?prettyPrint=false';
const capturedAt = '2026-06-07T21:00:00.000Z';
const byId = <T extends { id: string }>(records: unknown[], id: string) => (records as T[]).find((record) => record.id === id);

describe('YouTube helpers', () => {
  it('reads exact counts out of sentences and locale dates as UTC days', () => {
    expect(countInSentence('like this video along with 5,471,574 other people')).toBe(5471574);
    expect(countInSentence('no number')).toBeUndefined();
    expect(displayDate('24 Aug 2019')).toBe('2019-08-24T00:00:00.000Z');
    expect(displayDate('Mar 14, 2026')).toBe('2026-03-14T00:00:00.000Z');
    expect(displayDate('2019-08-24')).toBe('2019-08-24T00:00:00.000Z');
    expect(displayDate('Premiered recently')).toBeUndefined();
  });

  it('matches only InnerTube next/player on www and m', () => {
    expect(youtubeAdapter.responsePatterns.some((p) => p.test(NEXT_URL))).toBe(true);
    expect(youtubeAdapter.responsePatterns.some((p) => p.test('https://m.youtube.com/youtubei/v1/player'))).toBe(true);
    expect(youtubeAdapter.responsePatterns.some((p) => p.test('https://www.youtube.com/youtubei/v1/log_event'))).toBe(false);
    expect(youtubeAdapter.responsePatterns.some((p) => p.test('https://evil.example/www.youtube.com/youtubei/v1/next'))).toBe(false);
  });
});

describe('YouTube own fixtures', () => {
  it('a watch page: player response and ytInitialData merge into one video, plus old-format comments', () => {
    const url = 'https://www.youtube.com/watch?v=dEmOvIdEo01';
    const { records, skipped } = youtubeAdapter.fromDocument!(documentOf(projectFixture('youtube/watch_page_small.html'), url), { url, capturedAt });
    const posts = records.filter((r) => r.kind === 'post') as Post[];
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      id: 'youtube:dEmOvIdEo01', title: "Spring launch: what's new", media: 'video', source: 'embedded',
      text: 'Our spring line, in one minute. Full description.', createdAt: '2026-03-14T00:00:00.000Z',
      metrics: { views: 1234567, likes: 19234, comments: 321 },
      author: { id: 'youtube:UCdemoBrandChannel0000001', name: 'Demo Brand', handle: '@demobrand', followers: 2500000, verified: true },
    });
    const comments = records.filter((r) => r.kind === 'comment') as Comment[];
    expect(comments.map((c) => c.id)).toEqual(['youtube:UgxOlDsTyLeThread01']);
    expect(comments[0]).toMatchObject({ postId: 'youtube:dEmOvIdEo01', text: 'Love the colours', metrics: { likes: 1200, replies: 3 }, createdAt: '2026-06-05T21:00:00.000Z' });
    expect(comments[0].parentId).toBeUndefined();
    expect(skipped).toBe(1);
  });

  it('a Shorts page keeps its /shorts/ address', () => {
    const url = 'https://www.youtube.com/shorts/dEmOvIdEo01';
    const { records } = youtubeAdapter.fromDocument!(documentOf(projectFixture('youtube/watch_page_small.html'), url), { url, capturedAt });
    expect(records[0]).toMatchObject({ kind: 'post', url: 'https://www.youtube.com/shorts/dEmOvIdEo01' });
  });

  it('older commentRenderer replies: parent from the id, 19K likes, localized edited time, bad item counted', () => {
    const body = JSON.parse(projectFixture('youtube/next_replies_renderer_small.json'));
    const { records, skipped } = youtubeAdapter.fromResponse!(body, { url: NEXT_URL, capturedAt });
    expect(records).toHaveLength(2);
    expect(skipped).toBe(1);
    const first = records[0] as Comment;
    expect(first).toMatchObject({
      id: 'youtube:UgxOlDsTyLeThread01.AAAreply0001', parentId: 'youtube:UgxOlDsTyLeThread01', postId: 'youtube:dEmOvIdEo01',
      text: '同意！', metrics: { likes: 19000 }, author: { name: '@reply_one', verified: true },
    });
    expect(first.createdAt).toBe('2025-06-07T21:00:00.000Z');
    expect((records[1] as Comment).metrics.likes).toBeUndefined();
  });

  it('non-objects are skipped, never thrown', () => {
    expect(youtubeAdapter.fromResponse!('<html>', { url: NEXT_URL, capturedAt })).toEqual({ records: [], skipped: 1 });
    expect(youtubeAdapter.fromResponse!({}, { url: NEXT_URL, capturedAt })).toEqual({ records: [], skipped: 0 });
  });
});

describeShared('YouTube adapter on the shared InnerTube captures', () => {
  it('comments continuation (entity payloads, pinned): 20 top-level comments on bjFtFMilb34', () => {
    const { records, skipped } = youtubeAdapter.fromResponse!(sharedJson('youtube/youtubei_next_comments_continuation_pinned_2026.json'), { url: NEXT_URL, capturedAt: '2026-01-26T18:01:04.000Z' });
    expect(skipped).toBe(0);
    expect(records).toHaveLength(20);
    expect(records.every((r) => r.kind === 'comment' && r.postId === 'youtube:bjFtFMilb34' && r.parentId === undefined)).toBe(true);
    const pinned = byId<Comment>(records, 'youtube:Ugyh_hTLZVme65Jqc954AaABAg')!;
    expect(pinned).toMatchObject({
      author: { id: 'youtube:UCYpRDnhk5H8h16jpS84uqsA', name: '@lemondefr', handle: '@lemondefr', verified: true, url: 'https://www.youtube.com/@lemondefr' },
      metrics: { likes: 67, replies: 76 }, createdAt: '2021-01-27T18:01:04.000Z', source: 'api',
      url: 'https://www.youtube.com/watch?v=bjFtFMilb34&lc=Ugyh_hTLZVme65Jqc954AaABAg',
    });
    expect(pinned.text).toMatch(/^Pour retrouver toutes nos vidéos d'explication sur le Covid-19/);
    const second = byId<Comment>(records, 'youtube:UgzLAsHIYIZVHy34X-Z4AaABAg')!;
    expect(second).toMatchObject({ author: { name: '@leflashx' }, metrics: { likes: 400, replies: 39 } });
    expect(second.author.verified).toBeUndefined();
  });

  it('replies continuation: 10 replies under thread UgwSOM0QHBLysE3vZE54AaABAg of xaQJbozY_Is', () => {
    const { records, skipped } = youtubeAdapter.fromResponse!(sharedJson('youtube/youtubei_next_replies_continuation_2026.json'), { url: NEXT_URL, capturedAt: '2026-01-26T18:01:09.000Z' });
    expect(skipped).toBe(0);
    expect(records).toHaveLength(10);
    expect(records.every((r) => r.kind === 'comment' && r.parentId === 'youtube:UgwSOM0QHBLysE3vZE54AaABAg' && r.postId === 'youtube:xaQJbozY_Is')).toBe(true);
    expect(byId<Comment>(records, 'youtube:UgwSOM0QHBLysE3vZE54AaABAg.9TOrAAD78Z59TP5tOBhBXP')).toMatchObject({ text: 'First', author: { name: '@andrefarfan4372' }, metrics: { likes: 52 } });
    // "4 years ago (edited)" → four 365-day years before capture.
    expect(byId<Comment>(records, 'youtube:UgwSOM0QHBLysE3vZE54AaABAg.9TOrAAD78Z59TP5tTqLxXV')).toMatchObject({ text: 'Furry dinosaur', metrics: { likes: 75 }, createdAt: '2022-01-27T18:01:09.000Z' });
    expect(byId<Comment>(records, 'youtube:UgwSOM0QHBLysE3vZE54AaABAg.9TOrAAD78Z59TP5w3-m2U5')!.text).toBe('Wow! It looks great!');
  });

  it('watch-page next: one video with exact views, likes and the channel subscribers', () => {
    const { records } = youtubeAdapter.fromResponse!(sharedJson('youtube/youtubei_next_watch_primary_2026_trimmed.json'), { url: NEXT_URL, capturedAt });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      kind: 'post', id: 'youtube:7PIMiDcwNvc', title: 'Marzia & Felix - Wedding 19.08.2019', createdAt: '2019-08-24T00:00:00.000Z',
      metrics: { views: 41613595, likes: 5471574 },
      author: { id: 'youtube:UC-lHJZR3Gqxm24_Vd_AJ5Yw', name: 'PewDiePie', handle: '@PewDiePie', followers: 110000000, verified: true },
    });
    expect((records[0] as Post).metrics.comments).toBeUndefined();
    expect((records[0] as Post).text).toMatch(/^Our footage from the wedding, best day of my life!/);
  });

  it('player videoDetails: the same video with its own view count', () => {
    const { records } = youtubeAdapter.fromResponse!(sharedJson('youtube/youtubei_player_videodetails_2026.json'), { url: PLAYER_URL, capturedAt });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      kind: 'post', id: 'youtube:7PIMiDcwNvc', title: 'Marzia & Felix - Wedding 19.08.2019', media: 'video',
      metrics: { views: 41613592 }, author: { id: 'youtube:UC-lHJZR3Gqxm24_Vd_AJ5Yw', name: 'PewDiePie' },
    });
    // This NewPipe request has no microformat: no date and no likes, rather than zeros.
    expect((records[0] as Post).createdAt).toBeUndefined();
    expect((records[0] as Post).metrics.likes).toBeUndefined();
  });
});
