import { describe, expect, it } from 'vitest';
import type { CapturedRecord } from '../model';
import { documentOf } from '../../tests/fuzz';
import { describeShared, projectFixture, sharedJson } from '../../tests/shared-fixtures';
import { xiaohongshuAdapter } from './xiaohongshu';
import { comments, posts } from './test-picks';

const capturedAt = '2026-11-26T04:00:00.000Z';
const EDITH = 'https://edith.xiaohongshu.com/api/sns/web';
const parse = (body: unknown, url: string) => xiaohongshuAdapter.fromResponse!(body, { url, capturedAt });
const parsePage = (html: string, url: string) => xiaohongshuAdapter.fromDocument!(documentOf(html, url), { url, capturedAt });
const byId = <T extends CapturedRecord>(records: T[], nativeId: string): T => {
  const found = records.find((r) => r.id === `xiaohongshu:${nativeId}`);
  if (!found) throw new Error(`no record ${nativeId}`);
  return found;
};
const sum = (values: (number | undefined)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

describeShared('xiaohongshu adapter', () => {
  describe('web v2/comment/page (2024)', () => {
    const url = `${EDITH}/v2/comment/page?note_id=66696f98000000000d00f289&cursor=&top_comment_id=&image_formats=jpg,webp,avif`;
    const result = parse(sharedJson('xiaohongshu/xhs_web_v2_comment_page_2024.json'), url);
    const all = comments(result.records);
    const roots = all.filter((c) => !c.parentId);

    it('keeps the 10 root comments and the 9 sub-comments they embed, all under the note', () => {
      expect(result.skipped).toBe(0);
      expect(posts(result.records)).toHaveLength(0);
      expect(all).toHaveLength(19);
      expect(roots).toHaveLength(10);
      expect(new Set(all.map((c) => c.postId))).toEqual(new Set(['xiaohongshu:66696f98000000000d00f289']));
      expect(sum(roots.map((c) => c.metrics.likes))).toBe(68);
      expect(sum(all.filter((c) => c.parentId).map((c) => c.metrics.likes))).toBe(4);
    });

    it('maps a root comment: text, ms time, string counts, author', () => {
      const root = byId(all, '66971acb0000000005020d08');
      expect(root.text).toBe('怎么获取？');
      expect(root.createdAt).toBe('2024-07-17T01:13:48.000Z'); // create_time 1721178828000 (ms)
      expect(root.metrics).toEqual({ likes: 17, replies: 8 });
      expect(root.author).toEqual({
        id: 'xiaohongshu:5b08f41df7e8b96c37d2ce92', platform: 'xiaohongshu', name: '是奶芙呀~',
        url: 'https://www.xiaohongshu.com/user/profile/5b08f41df7e8b96c37d2ce92',
      });
      expect(root.author.location).toBeUndefined(); // this one shows no IP属地: absent
      expect(root.url).toBe('https://www.xiaohongshu.com/explore/66696f98000000000d00f289');
      expect(root.source).toBe('api');
    });

    it('links each sub-comment to its root and keeps its IP属地', () => {
      const reply = byId(all, '66cbd789000000000f00435d');
      expect(reply.parentId).toBe('xiaohongshu:66cb0747000000000f00c50e');
      expect(reply.text).toBe('106 短信群发，可以了解咨询');
      expect(reply.author).toMatchObject({ name: '106 短信小杨', location: '河南' });
      expect(reply.metrics).toEqual({ likes: 0 }); // no sub_comment_count on a reply: absent, not 0
      expect(byId(all, '66cddda7000000001203e58b').author.location).toBe('江西');
      expect(all.filter((c) => c.author.location)).toHaveLength(8);
      expect(byId(all, '66c993bc00000000150390e6').metrics).toEqual({ likes: 6, replies: 0 });
    });
  });

  describe('web v1/search/notes (2024)', () => {
    const result = parse(sharedJson('xiaohongshu/xhs_web_v1_search_notes_2024.json'), `${EDITH}/v1/search/notes`);
    const all = posts(result.records);

    it('keeps the 20 note items and passes over the 2 rec_query (related searches) items', () => {
      expect(result.skipped).toBe(0);
      expect(all).toHaveLength(20);
      expect(all.filter((p) => p.media === 'video').map((p) => p.id.split(':')[1]).sort()).toEqual([
        '660a6291000000001a01255b', '662b5217000000000100546d', '663b8100000000001e035c3c', '66f02d280000000027005b6d',
      ]);
      expect(sum(all.map((p) => p.metrics.likes))).toBe(60754);
    });

    it('maps a card: id from the item, title as text, likes only, the xsec_token in the URL', () => {
      const card = byId(all, '669db9900000000003027352');
      expect(card.title).toBe('客户说有需要再联系 别再回复好的‼️');
      expect(card.text).toBe('客户说有需要再联系 别再回复好的‼️');
      expect(card.media).toBe('image');
      expect(card.metrics).toEqual({ likes: 3703 }); // search carries no comment/save/share counts
      expect(card.createdAt).toBeUndefined();
      expect(card.url).toBe('https://www.xiaohongshu.com/explore/669db9900000000003027352?xsec_token=ABy148bndQOY8lEy6-pCtfBreOJmRYtyUaDZ-DVV52WIk%3D');
      expect(card.author).toMatchObject({ id: 'xiaohongshu:65fd2cb4000000000d024365', name: '张张讲销售' });
    });

    it('keeps a card without a title, with an empty text', () => {
      const untitled = byId(all, '66696f98000000000d00f289');
      expect(untitled.title).toBeUndefined();
      expect(untitled.text).toBe('');
      expect(untitled.metrics).toEqual({ likes: 45 });
      expect(untitled.author.name).toBe('d');
    });
  });

  // TikHub forwards the mobile app's shape, which the web no longer serves (names differ, times are
  // in seconds, counts are integers). Parsed because it costs a few aliases.
  describe('app shape via TikHub: note comments (2026)', () => {
    const url = `${EDITH}/v2/comment/page?note_id=6683b283000000001f0052bf`;
    const result = parse(sharedJson('xiaohongshu/tikhub_xhs_note_comments_appshape_2026.json'), url);
    const all = comments(result.records);

    it('keeps the 7 comments, times read as seconds', () => {
      expect(result.skipped).toBe(0);
      expect(all).toHaveLength(7);
      const first = byId(all, '66c4b7a300000000270106f7');
      expect(first.createdAt).toBe('2024-08-20T15:35:00.000Z'); // time 1724168100 (s)
      expect(first.text).toBe('跟着帕姐练，每天进步一点点');
      expect(first.postId).toBe('xiaohongshu:6683b283000000001f0052bf');
    });

    it('maps integer counts and the app author (no web profile URL for its ids)', () => {
      const busy = byId(all, '6683ec5b000000000303b91a');
      expect(busy.metrics).toEqual({ likes: 36, replies: 43 });
      expect(busy.createdAt).toBe('2024-07-02T12:02:36.000Z');
      expect(busy.author).toEqual({ id: 'xiaohongshu:a2854e7536bfbe51cf426db0bafd8', platform: 'xiaohongshu', name: '禾美汇', handle: '150817038' });
    });
  });

  describe('app shape via TikHub: note search (2026, trimmed to 10)', () => {
    const result = parse(sharedJson('xiaohongshu/tikhub_xhs_search_notes_appshape_2026_trimmed.json'), `${EDITH}/v1/search/notes`);
    const all = posts(result.records);

    it('keeps the 10 notes with all four counts', () => {
      expect(result.skipped).toBe(0);
      expect(all).toHaveLength(10);
      expect(sum(all.map((p) => p.metrics.likes))).toBe(1654);
      expect(sum(all.map((p) => p.metrics.saves))).toBe(1565);
      expect(all.every((p) => p.author.verified === false)).toBe(true);
    });

    it('maps a video note: seconds timestamp, desc with hashtags cleaned, counts', () => {
      const note = byId(all, '6705f72a000000001902f1bf');
      expect(note.media).toBe('video');
      expect(note.title).toBeUndefined();
      expect(note.createdAt).toBe('2024-10-09T03:23:22.000Z'); // timestamp 1728444202 (s)
      expect(note.metrics).toEqual({ likes: 45, saves: 19, comments: 2, shares: 28 });
      expect(note.text.startsWith('沉静式晒果皮\n[黑薯问号R]很多刚接触陈皮的皮友问')).toBe(true);
      expect(note.text.endsWith('#新会陈皮 #晒陈皮')).toBe(true);
      expect(note.author).toMatchObject({ id: 'xiaohongshu:5c557081000000001b03e335', name: '山客', handle: '613417590' });
    });
  });
});

describe('xiaohongshu adapter on the project fixtures', () => {
  const noteUrl = 'https://www.xiaohongshu.com/explore/6650a1b2000000001e01c3d4?xsec_token=ABdetailToken%3D';

  describe('note page __INITIAL_STATE__ (with `undefined` literals)', () => {
    const result = parsePage(projectFixture('xiaohongshu/note_detail_state.html'), noteUrl);

    it('reads the note once, the feed card and the detail merged, and its comment thread', () => {
      expect(result.skipped).toBe(0);
      expect(posts(result.records).map((p) => p.id)).toEqual(['xiaohongshu:6650a1b2000000001e01c3d4']);
      const note = posts(result.records)[0];
      expect(note.text).toBe('燕麦拿铁测评\n连喝三天，第二杯最好喝 #燕麦拿铁 #咖啡探店');
      expect(note.title).toBe('燕麦拿铁测评');
      expect(note.metrics).toEqual({ likes: 12000, saves: 3456, comments: 789, shares: 100000 });
      expect(note.createdAt).toBe('2024-05-24T00:59:05.000Z');
      expect(note.author).toMatchObject({ id: 'xiaohongshu:5f1a2b3c000000000101d2e3', name: '咖啡小满', location: '浙江' });
      expect(note.source).toBe('embedded');
    });

    it('reads camelCase comments; a string saying "undefined" stays as written', () => {
      const all = comments(result.records);
      expect(all).toHaveLength(2);
      expect(byId(all, '6651b0c1000000000300a1b2')).toMatchObject({ metrics: { likes: 356, replies: 2 }, author: { location: '上海' } });
      const reply = byId(all, '6651b9f0000000000300c3d4');
      expect(reply.text).toBe('在西湖边，undefined 也不会被替换');
      expect(reply.parentId).toBe('xiaohongshu:6651b0c1000000000300a1b2');
      expect(reply.author.location).toBeUndefined();
    });

    it('counts a state cut short as one skipped item and finds nothing in a page without state', () => {
      const html = projectFixture('xiaohongshu/note_detail_state.html');
      expect(parsePage(html.replace('}}}}}</script>', '</script>'), noteUrl)).toEqual({ records: [], skipped: 1 });
      expect(parsePage('<html><body><p>hi</p></body></html>', noteUrl)).toEqual({ records: [], skipped: 0 });
    });
  });

  it('profile page state: notes of every tab, the owner\'s followers and IP属地', () => {
    const url = 'https://www.xiaohongshu.com/user/profile/5f1a2b3c000000000101d2e3';
    const result = parsePage(projectFixture('xiaohongshu/profile_state.html'), url);
    const all = posts(result.records);
    expect(all).toHaveLength(3);
    const own = byId(all, '6650a1b2000000001e01c3d4');
    expect(own.author).toMatchObject({ followers: 12000, location: '浙江' });
    expect(own.url).toBe('https://www.xiaohongshu.com/explore/6650a1b2000000001e01c3d4?xsec_token=ABprofileToken%3D');
    expect(byId(all, '664f9e8d000000001e02b3c4').media).toBe('video');
    // Someone else's note on the page does not get the owner's follower count.
    expect(byId(all, '6640aaaa000000001e02cccc').author.followers).toBeUndefined();
  });

  it('v1/feed: a video note with "10万+" / "2.3万" counts; an empty share count stays absent', () => {
    const result = parse(JSON.parse(projectFixture('xiaohongshu/feed_video_note.json')), `${EDITH}/v1/feed`);
    const note = byId(posts(result.records), '6655c0de000000001500f1a2');
    expect(note).toMatchObject({ media: 'video', text: '三分钟学会拉花 #拉花教程', createdAt: '2024-05-26T05:06:40.000Z' });
    expect(note.title).toBeUndefined();
    expect(note.metrics).toEqual({ likes: 100000, saves: 23000, comments: 0 });
    expect(note.author).toMatchObject({ name: '阿杰咖啡', location: '广东' });
  });

  it('v2/comment/sub/page: the root comes from root_comment_id, a reply without an author is skipped', () => {
    const url = `${EDITH}/v2/comment/sub/page?note_id=6650a1b2000000001e01c3d4&root_comment_id=6651b0c1000000000300a1b2&num=10&cursor=`;
    const result = parse(JSON.parse(projectFixture('xiaohongshu/comment_sub_page.json')), url);
    expect(result.skipped).toBe(1);
    const [reply] = comments(result.records);
    expect(comments(result.records)).toHaveLength(1);
    // It answers another reply (target_comment), but its thread is the root the request paged.
    expect(reply.parentId).toBe('xiaohongshu:6651b0c1000000000300a1b2');
    expect(reply.author.location).toBe('北京');
  });

  it('v1/user_posted: profile notes, one without a user counted as skipped', () => {
    const result = parse(JSON.parse(projectFixture('xiaohongshu/user_posted.json')), `${EDITH}/v1/user_posted?num=30&cursor=&user_id=5f1a2b3c000000000101d2e3`);
    expect(result.skipped).toBe(1);
    expect(posts(result.records).map((p) => [p.id, p.metrics.likes, p.media])).toEqual([
      ['xiaohongshu:6650a1b2000000001e01c3d4', 12000, 'image'],
      ['xiaohongshu:664f9e8d000000001e02b3c4', 987, 'video'],
    ]);
  });

  it('error answers (login expired) and non-objects are one skipped item, never a throw', () => {
    expect(parse({ code: -100, success: false, msg: '登录已过期', data: {} }, `${EDITH}/v1/feed`)).toEqual({ records: [], skipped: 1 });
    expect(parse('<html>', `${EDITH}/v1/feed`)).toEqual({ records: [], skipped: 1 });
  });

  it('matches the edith endpoints it reads and no others', () => {
    const matches = (url: string) => xiaohongshuAdapter.responsePatterns.some((p) => p.test(url));
    expect(matches(`${EDITH}/v2/comment/sub/page?note_id=1`)).toBe(true);
    expect(matches(`${EDITH}/v1/search/notes`)).toBe(true);
    expect(matches(`${EDITH}/v1/search/hot_list`)).toBe(true);
    expect(matches(`${EDITH}/v1/homefeed`)).toBe(true);
    expect(matches(`${EDITH}/v1/user/selfinfo`)).toBe(false);
    expect(matches('https://edith.xiaohongshu.com.evil.example/api/sns/web/v1/feed')).toBe(false);
  });
});
