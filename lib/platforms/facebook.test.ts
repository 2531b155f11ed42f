// The Facebook adapter on real m.facebook.com pages (../shared/fixtures/facebook, 2021) and on the
// project's own small page written from the same facts.
import { describe, expect, it } from 'vitest';
import type { Comment, Post } from '../model';
import { documentOf } from '../../tests/fuzz';
import { describeShared, projectFixture, readSharedFixture } from '../../tests/shared-fixtures';
import { facebookAdapter, pagePostId } from './facebook';
import { reactionCount, relativeTime, shareCount } from './facebook-fields';

const CAPTURED_AT = '2021-06-08T22:28:35.000Z'; // the cassette's response Date
const STORY_URL = 'https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711';
const PHOTO_URL = 'https://m.facebook.com/Nintendo/photos/pcb.3065154550235644/3065146783569754/?type=3&source=48';

function read(html: string, url: string) {
  const result = facebookAdapter.fromDocument!(documentOf(html, url), { url, capturedAt: CAPTURED_AT });
  const posts = result.records.filter((r): r is Post => r.kind === 'post');
  const comments = result.records.filter((r): r is Comment => r.kind === 'comment');
  return { ...result, posts, comments, byId: (id: string) => result.records.find((r) => r.id === id) };
}

describe('Facebook field readers', () => {
  it('resolves the mobile site\'s abbreviated durations and leaves weekday and date forms unknown', () => {
    expect(relativeTime('12 mths', CAPTURED_AT)).toBe('2020-06-13T22:28:35.000Z');
    expect(relativeTime('1 yr', CAPTURED_AT)).toBe('2020-06-08T22:28:35.000Z');
    expect(relativeTime('11 hrs', CAPTURED_AT)).toBe('2021-06-08T11:28:35.000Z');
    expect(relativeTime('1 hr', CAPTURED_AT)).toBe('2021-06-08T21:28:35.000Z');
    for (const zoned of ['on Fri', 'last Thu', '5 June at 00:33', '', undefined]) expect(relativeTime(zoned, CAPTURED_AT)).toBeUndefined();
  });

  it('reads reaction and share counts, abbreviated or grouped', () => {
    expect(reactionCount('1.2K others reacted')).toBe(1200);
    expect(reactionCount('3,456 Like')).toBe(3456);
    expect(reactionCount('Like · Reply')).toBeUndefined();
    expect(shareCount('281 shares')).toBe(281);
    expect(shareCount('1 share')).toBe(1);
    expect(shareCount('Share')).toBeUndefined();
  });

  it('finds the post a story or photo page is about', () => {
    expect(pagePostId(STORY_URL)).toBe('3065154550235644');
    expect(pagePostId(PHOTO_URL)).toBe('3065146783569754');
    expect(pagePostId('https://m.facebook.com/Nintendo/')).toBeUndefined();
  });
});

describe('Facebook own story page (tests/fixtures/facebook/m_story_small.html)', () => {
  const page = read(projectFixture('facebook/m_story_small.html'), 'https://m.facebook.com/story.php?story_fbid=5550001&id=777');

  it('reads the post from data-ft and the page markup; broken stories and comments are counted, not thrown', () => {
    expect(page.posts).toHaveLength(1);
    expect(page.comments.map((c) => c.id)).toEqual(['facebook:9000001', 'facebook:9000002', 'facebook:9000003', 'facebook:9000005']);
    expect(page.skipped).toBe(2);
    expect(page.posts[0]).toEqual({
      id: 'facebook:5550001', platform: 'facebook', kind: 'post', capturedAt: CAPTURED_AT,
      url: 'https://m.facebook.com/story.php?story_fbid=5550001&id=777',
      author: { id: 'facebook:777', platform: 'facebook', name: 'Acme Coffee', url: 'https://m.facebook.com/AcmeCoffee/', verified: true },
      text: 'New <b>autumn</b> blend is out & ready.\nTell us what you think!',
      media: 'image', createdAt: '2021-06-04T09:46:40.000Z', metrics: { likes: 1200, shares: 1024 }, source: 'dom',
    });
  });

  it('threads an inline reply, prefers an exact abbr time, counts folded replies, keeps markup as text', () => {
    expect(page.byId('facebook:9000001')).toMatchObject({
      postId: 'facebook:5550001', author: { id: 'facebook:100001', name: 'Lin Wei' },
      text: 'Too bitter <script>alert(1)</script> for me', createdAt: '2021-06-08T19:28:35.000Z', metrics: { replies: 4 },
    });
    expect(page.byId('facebook:9000001')).not.toHaveProperty('parentId');
    expect(page.byId('facebook:9000002')).toMatchObject({
      parentId: 'facebook:9000001', author: { id: 'facebook:777', name: 'Acme Coffee' }, text: 'Try it with milk!', createdAt: '2021-06-04T12:33:20.000Z', metrics: {},
    });
    expect(page.byId('facebook:9000003')).not.toHaveProperty('createdAt');
    expect(page.byId('facebook:9000005')).toMatchObject({ postId: 'facebook:5550001', author: { id: 'facebook:100005', name: 'Ana Souza' }, createdAt: '2020-06-13T22:28:35.000Z' });
  });
});

describeShared('Facebook adapter', () => {
  it('m_facebook_story_page_with_comments_2021.html: 4 posts and 108 comments, as SOURCES.md counts them', () => {
    const page = read(readSharedFixture('facebook/m_facebook_story_page_with_comments_2021.html'), STORY_URL);
    expect(page.skipped).toBe(0);
    expect(page.posts.map((p) => p.id)).toEqual(['facebook:3065154550235644', 'facebook:4194934713924283', 'facebook:4193752747375813', 'facebook:4191173794300375']);
    expect(page.comments).toHaveLength(108);
    const perPost = Object.fromEntries(page.posts.map((p) => [p.id, page.comments.filter((c) => c.postId === p.id).length]));
    expect(perPost).toEqual({ 'facebook:3065154550235644': 30, 'facebook:4194934713924283': 30, 'facebook:4193752747375813': 18, 'facebook:4191173794300375': 30 });
    expect(page.posts[0]).toEqual({
      id: 'facebook:3065154550235644', platform: 'facebook', kind: 'post', capturedAt: CAPTURED_AT,
      url: 'https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711',
      author: { id: 'facebook:119240841493711', platform: 'facebook', name: 'Nintendo', url: 'https://m.facebook.com/Nintendo/', verified: true },
      text: 'Check out these themed wallpapers and many more at the link below for your personal use! We hope you enjoy them!\nhttps://www.nintendo.com/wallpapers/',
      media: 'image', createdAt: '2020-05-13T01:01:18.000Z', metrics: { shares: 281 }, source: 'dom',
    });
    // publish_time 1622819482 and 1622743235; video_inline attachments; the share lines "25 shares", "22 shares".
    expect(page.byId('facebook:4193752747375813')).toMatchObject({ media: 'video', createdAt: '2021-06-04T15:11:22.000Z', metrics: { shares: 25 } });
    expect(page.byId('facebook:4191173794300375')).toMatchObject({ media: 'video', createdAt: '2021-06-03T18:00:35.000Z', metrics: { shares: 22 } });
    expect((page.byId('facebook:4191173794300375') as Post).text).toMatch(/^Which enemy from a Nintendo game are you most scared of\?/);
    // A cover-photo story has no body text: empty, not invented.
    expect(page.byId('facebook:4194934713924283')).toMatchObject({ text: '', media: 'image', createdAt: '2021-06-05T00:33:32.000Z', metrics: { shares: 17 } });
    // No reaction counts: the page's reaction markup was script-filled and the scripts were removed.
    expect(page.posts.every((p) => p.metrics.likes === undefined)).toBe(true);

    expect(page.comments[0]).toEqual({
      id: 'facebook:3154024434681988', platform: 'facebook', kind: 'comment', capturedAt: CAPTURED_AT,
      postId: 'facebook:3065154550235644',
      author: { id: 'facebook:100004071004949', platform: 'facebook', name: 'Yusof Elmahboub' },
      text: 'I think Sora,Spyro,Dixie Kong and a monster hunter character should be in Fighter Pass 3 for smash bros if a fighter pass 3 happens.',
      createdAt: '2020-06-13T22:28:35.000Z', metrics: {}, source: 'dom',
    });
    expect(page.byId('facebook:3067300346687731')).toMatchObject({ author: { id: 'facebook:100002456217638', name: 'Lynn Williams' }, createdAt: '2020-06-08T22:28:35.000Z' });
    expect((page.byId('facebook:3067300346687731') as Comment).text).toContain("They'd still make money on these!!!");
    // "count=39" on the replies-see-more link of comment 4192127297538358; 29 such links in the page.
    expect(page.byId('facebook:4192127297538358')).toMatchObject({ postId: 'facebook:4191173794300375', metrics: { replies: 39 } });
    expect(page.comments.filter((c) => c.metrics.replies !== undefined)).toHaveLength(29);
    // 35 of the 108 times are durations ("1 yr", "12 mths", "2 hrs"…); "on Fri" / "last Thu" stay unknown.
    expect(page.comments.filter((c) => c.createdAt)).toHaveLength(35);
    expect(page.comments.every((c) => !c.parentId)).toBe(true);
  });

  it('m_facebook_photo_page_with_comments_2021.html: 0 posts and 12 comments, all in the commented-out deferred block', () => {
    const page = read(readSharedFixture('facebook/m_facebook_photo_page_with_comments_2021.html'), PHOTO_URL);
    expect(page.skipped).toBe(0);
    expect(page.posts).toHaveLength(0);
    expect(page.comments).toHaveLength(12);
    expect(page.comments.every((c) => c.postId === 'facebook:3065146783569754' && c.createdAt === '2020-06-08T22:28:35.000Z')).toBe(true);
    expect(page.comments[0]).toMatchObject({
      id: 'facebook:3085987208152378', author: { id: 'facebook:100005072646689', name: 'Chelsey Thomas' },
    });
    expect(page.comments[0].text).toMatch(/^Hello, Can anyone at Nintendo &\/or Anyone/);
    expect(page.byId('facebook:3066888746728891')).toMatchObject({ author: { name: 'Rhiannon Comito' }, text: 'My sons' });
    expect(page.byId('facebook:3065162176901548')).toMatchObject({ metrics: { replies: 2 } });
    expect(page.comments.filter((c) => c.metrics.replies !== undefined)).toHaveLength(4);
  });
});
