import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { CapturedRecord, Comment, Post } from '../model';
import { describeShared, projectFixture, readSharedFixture } from '../../tests/shared-fixtures';
import { genericAdapter } from './generic';

const capturedAt = '2026-11-26T05:00:00.000Z';

function parsePage(html: string, url: string) {
  const window = new Window({ url });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return genericAdapter.fromDocument!(doc, { url, capturedAt });
}

const find = (records: CapturedRecord[], id: string) => records.find((record) => record.id === id);

describe('genericAdapter on JSON-LD postings', () => {
  const base = 'https://forum.example.com/t/oat-latte/42';
  const { records, skipped } = parsePage(projectFixture('web/forum_thread_jsonld.html'), `${base}?page=1#reply`);

  it('finds postings inside @graph and top-level arrays, with their nested comments', () => {
    expect(records.map((record) => `${record.kind} ${record.id}`)).toEqual([
      `post web:${base}`,
      `comment web:${base}#post-2`,
      `comment web:${base}#comment-1.1`,
      `comment web:${base}#comment-2`,
      'post web:https://forum.example.com/t/other/7',
    ]);
    // one broken JSON-LD script, one comment[] entry that is not a Comment
    expect(skipped).toBe(2);
  });

  it('maps headline, body, date, language, author and interaction counters', () => {
    expect(find(records, `web:${base}`)).toEqual({
      id: `web:${base}`,
      platform: 'web',
      kind: 'post',
      capturedAt,
      url: base,
      title: 'Is the new oat latte worth it?',
      text: 'Tried it today & I am not convinced.\nToo sweet.',
      createdAt: '2024-11-20T00:15:00.000Z',
      lang: 'en',
      author: { id: 'web:https://forum.example.com/u/beanqueen', platform: 'web', name: 'beanqueen', url: 'https://forum.example.com/u/beanqueen' },
      // DislikeAction has no place in Metrics and is left out
      metrics: { likes: 17, comments: 2, views: 1204 },
      media: 'text',
      source: 'embedded',
    } satisfies Post);
  });

  it('threads replies to replies and gives id-less comments positional ids', () => {
    const reply = find(records, `web:${base}#post-2`) as Comment;
    expect(reply).toMatchObject({ postId: `web:${base}`, url: `${base}#post-2`, text: 'Agreed, way too sweet.', metrics: { likes: 4 } });
    expect(reply.parentId).toBeUndefined();
    expect(find(records, `web:${base}#comment-1.1`)).toMatchObject({
      postId: `web:${base}`, parentId: `web:${base}#post-2`, text: 'Ask for half syrup.',
      author: { id: 'web:forum.example.com/anonymous barista', name: 'anonymous barista' },
    });
    expect(find(records, `web:${base}#comment-2`)).toMatchObject({
      createdAt: '2024-11-21T10:00:00.000Z', author: { id: 'web:forum.example.com/brand-official', name: 'Coffee Brand' },
    });
  });

  it('reads Comment nodes outside any posting as comments on their parentItem, numbered apart', () => {
    const html = `<script type="application/ld+json">[
      {"@context":"https://schema.org","@type":"Comment","text":"first","parentItem":{"@type":"Product","url":"https://shop.example.com/p/9"}},
      {"@context":"https://schema.org","@type":"Comment","text":"second","parentItem":"https://shop.example.com/p/9","@id":"_:b1"}
    ]</script>`;
    const { records } = parsePage(html, 'https://shop.example.com/p/9?ref=home');
    expect(records.map((record) => [record.id, (record as Comment).postId, (record as Comment).text])).toEqual([
      ['web:https://shop.example.com/p/9#page-comment-1', 'web:https://shop.example.com/p/9', 'first'],
      ['web:https://shop.example.com/p/9#page-comment-2', 'web:https://shop.example.com/p/9', 'second'],
    ]);
  });

  it('reads media from attached objects', () => {
    expect(find(records, 'web:https://forum.example.com/t/other/7')).toMatchObject({ media: 'video', title: 'Related thread', text: 'Cold brew season' });
  });
});

describe('genericAdapter on OpenGraph', () => {
  it('makes one post of an article page whose JSON-LD holds no posting', () => {
    const { records, skipped } = parsePage(projectFixture('web/news_article_og.html'), 'https://news.example.com/2024/11/coffee-chain-recall?utm_source=x');
    expect(skipped).toBe(0);
    expect(records).toEqual([{
      id: 'web:https://news.example.com/2024/11/coffee-chain-recall',
      platform: 'web',
      kind: 'post',
      capturedAt,
      url: 'https://news.example.com/2024/11/coffee-chain-recall',
      title: 'Coffee chain recalls oat milk batch',
      text: 'The chain said a supplier error affected two cities.',
      createdAt: '2024-11-22T06:30:00.000Z',
      author: { id: 'web:news.example.com/Jane Reporter', platform: 'web', name: 'Jane Reporter' },
      media: 'article',
      metrics: {},
      source: 'embedded',
    }]);
  });

  it('takes a video from og:video and an author URL from article:author', () => {
    const html = `<head><meta property="og:title" content="Unboxing"><meta property="og:video" content="https://v.example.com/1.mp4">
      <meta property="article:author" content="https://v.example.com/@maker"></head>`;
    const [post] = parsePage(html, 'https://v.example.com/watch/1#t=30').records as Post[];
    expect(post).toMatchObject({ id: 'web:https://v.example.com/watch/1', media: 'video', text: 'Unboxing' });
    expect(post.author).toEqual({ id: 'web:https://v.example.com/@maker', platform: 'web', name: 'v.example.com', url: 'https://v.example.com/@maker' });
  });

  it('ignores a front page (og:type website) and pages without OpenGraph', () => {
    expect(parsePage(projectFixture('web/homepage_og.html'), 'https://coffee.example.com/').records).toEqual([]);
    expect(parsePage('<html><head><title>plain</title></head></html>', 'https://plain.example.com/').records).toEqual([]);
  });
});

// No shared page carries JSON-LD (checked: grep 'ld+json' finds none); these carry OpenGraph.
describeShared('genericAdapter', () => {
  it('Zhihu column page: OpenGraph of the column', () => {
    const url = 'https://www.zhihu.com/column/c_1335313713054887936';
    const { records, skipped } = parsePage(readSharedFixture('zhihu/zhihu_column_page_dom_2021.html'), url);
    expect(skipped).toBe(0);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: `web:${url}`, url, title: 'bigo前端', text: 'bigo前端', media: 'image', author: { name: '知乎专栏' }, metrics: {},
    });
  });

  it('m.facebook.com photo page: the canonical URL names the post', () => {
    const { records } = parsePage(readSharedFixture('facebook/m_facebook_photo_page_with_comments_2021.html'), 'https://m.facebook.com/Nintendo/photos/a.120520318032430/3065146783569754/?type=3');
    expect(records).toEqual([expect.objectContaining({
      id: 'web:https://www.facebook.com/Nintendo/photos/d41d8cd9/3065146783569754/',
      title: 'Nintendo',
      text: 'Nintendo added a new photo.',
      media: 'image',
      // no author tag and no og:site_name: the site itself speaks
      author: { id: 'web:www.facebook.com', platform: 'web', name: 'www.facebook.com' },
    })]);
  });

  it('m.facebook.com story page: the multi-line og:description is the text', () => {
    const { records } = parsePage(readSharedFixture('facebook/m_facebook_story_page_with_comments_2021.html'), 'https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: 'web:https://www.facebook.com/119240841493711/posts/check-out-these-themed-wallpapers-and-many-more-at-the-link-below-for-your-perso/3065154550235644/',
      title: 'Nintendo',
      text: 'Check out these themed wallpapers and many more at the link below for your personal use! We hope you enjoy them!\n\nhttps://www.nintendo.com/wallpapers/',
    });
  });

  it('x.com status page read generically (the registry keeps generic off x.com; this shows why)', () => {
    const url = 'https://x.com/arscontexta/status/2013045749580259680';
    const { records } = parsePage(readSharedFixture('twitter/x_com_article_page_dom_2026.html'), url);
    expect(records).toEqual([expect.objectContaining({
      id: `web:${url}`, title: '(4) Heinrich on X: "obsidian + claude code 101" / X', author: expect.objectContaining({ name: 'X (formerly Twitter)' }),
    })]);
  });
});
