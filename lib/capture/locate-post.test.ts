import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { describeShared, projectFixture, readSharedFixture } from '../../tests/shared-fixtures';
import type { Post } from '../model';
import { handleLocatePost, locatePost, visibleRect } from './locate-post';
import { PageRecords } from './locate-post-records';
import { postUrlKey } from './locate-post-url';

const windows: HappyWindow[] = [];
afterEach(async () => {
  for (const win of windows.splice(0)) await win.happyDOM.close();
});

function pageAt(url: string, html: string): Document {
  const win = new HappyWindow({
    url,
    settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, navigation: { disableMainFrameNavigation: true } },
  });
  windows.push(win);
  win.document.write(html);
  return win.document as unknown as Document;
}

/** happy-dom does no layout: give an element the box a browser would. */
function setBox(element: Element | null, left: number, top: number, width: number, height: number): void {
  if (!element) throw new Error('no such element');
  element.getBoundingClientRect = () =>
    ({ left, top, width, height, x: left, y: top, right: left + width, bottom: top + height, toJSON: () => ({}) }) as DOMRect;
}

const VIEW = { innerWidth: 1280, innerHeight: 720, devicePixelRatio: 2 };

describe('visibleRect', () => {
  const box = (left: number, top: number, width: number, height: number) => {
    const element = pageAt('https://example.com/', '<div id="a"></div>').getElementById('a')!;
    setBox(element, left, top, width, height);
    return element;
  };

  it('gives the box in CSS pixels with the device pixel ratio, widened to whole pixels', () => {
    expect(visibleRect(box(100.4, 50.6, 600.2, 300), VIEW)).toEqual({ x: 100, y: 50, width: 601, height: 301, devicePixelRatio: 2 });
  });

  it('keeps only the part inside the viewport', () => {
    expect(visibleRect(box(-20, -100, 400, 300), VIEW)).toEqual({ x: 0, y: 0, width: 380, height: 200, devicePixelRatio: 2 });
    expect(visibleRect(box(1000, 600, 500, 500), VIEW)).toEqual({ x: 1000, y: 600, width: 280, height: 120, devicePixelRatio: 2 });
  });

  it('has nothing for an element scrolled out of view or not rendered', () => {
    expect(visibleRect(box(0, -400, 600, 300), VIEW)).toBeUndefined();
    expect(visibleRect(box(0, 800, 600, 300), VIEW)).toBeUndefined();
    expect(visibleRect(box(0, 0, 0, 0), VIEW)).toBeUndefined();
  });

  it('counts a missing device pixel ratio as 1', () => {
    expect(visibleRect(box(0, 0, 10, 10), { innerWidth: 100, innerHeight: 100, devicePixelRatio: 0 })?.devicePixelRatio).toBe(1);
  });
});

describe('postUrlKey', () => {
  it('treats spellings of one post URL as the same', () => {
    const key = postUrlKey('https://weibo.com/1234567890/OaBcD1xyz');
    expect(postUrlKey('/1234567890/OaBcD1xyz?refer_flag=1001030103_', 'https://weibo.com/u/1234567890')).toBe(key);
    expect(postUrlKey('https://www.weibo.com/1234567890/OaBcD1xyz/#comments')).toBe(key);
    expect(postUrlKey('https://twitter.com/a/status/1')).toBe(postUrlKey('https://x.com/a/status/1'));
  });

  it('keeps the parameters that name the post', () => {
    expect(postUrlKey('https://www.youtube.com/watch?v=abc&t=10')).not.toBe(postUrlKey('https://www.youtube.com/watch?v=xyz'));
    expect(postUrlKey('https://mp.weixin.qq.com/s?__biz=MzA&mid=1&idx=1&sn=x')).toBe(postUrlKey('https://mp.weixin.qq.com/s?__biz=MzA&mid=1&idx=1&chksm=9'));
  });

  it('has no key for what is not a web URL', () => {
    expect(postUrlKey('javascript:void(0)')).toBeUndefined();
    expect(postUrlKey('http://[bad')).toBeUndefined();
  });
});

describe('locatePost on Weibo', () => {
  const timeline = () => pageAt('https://weibo.com/u/1234567890', projectFixture('weibo/timeline_dom.html'));

  it('finds the status whose link points at the record, not its neighbour', () => {
    const doc = timeline();
    setBox(doc.getElementById('first'), 300, 80, 640, 220);
    setBox(doc.getElementById('second'), 300, 312, 640, 200);
    const target = { recordId: 'weibo:5001', url: 'https://weibo.com/1234567890/OaBcD2uvw' };
    expect(locatePost(doc, VIEW, target)).toEqual({ x: 300, y: 312, width: 640, height: 200, devicePixelRatio: 2 });
    // The first card's link carries a tracking parameter; it is still that post.
    expect(locatePost(doc, VIEW, { recordId: 'weibo:5000', url: 'https://weibo.com/1234567890/OaBcD1xyz' })?.y).toBe(80);
  });

  it('has no rect for a post that is not on the page or is scrolled away (it scrolls nothing)', () => {
    const doc = timeline();
    setBox(doc.getElementById('first'), 300, -400, 640, 220);
    const before = doc.documentElement.scrollTop;
    expect(locatePost(doc, VIEW, { recordId: 'weibo:5000', url: 'https://weibo.com/1234567890/OaBcD1xyz' })).toBeUndefined();
    expect(locatePost(doc, VIEW, { recordId: 'weibo:9', url: 'https://weibo.com/1234567890/Nope' })).toBeUndefined();
    expect(doc.documentElement.scrollTop).toBe(before);
  });

  it('on the status page itself, which has no link to itself, takes the status card', () => {
    const doc = pageAt('https://weibo.com/1234567890/OaBcD1xyz', `<main><article id="status"><p>新品上市</p></article>
      <section><div class="comment"><a href="/u/42">路人</a>：好吃</div></section></main>`);
    setBox(doc.getElementById('status'), 200, 60, 700, 400);
    expect(locatePost(doc, VIEW, { recordId: 'weibo:5000', url: 'https://weibo.com/1234567890/OaBcD1xyz' })?.height).toBe(400);
    // A different record on that page is not the status card.
    expect(locatePost(doc, VIEW, { recordId: 'weibo:1', url: 'https://weibo.com/1/Other' })).toBeUndefined();
  });
});

describe('locatePost on X', () => {
  const search = () => pageAt('https://x.com/search?q=winter%20menu', projectFixture('x/search_timeline_dom.html'));

  it('finds a tweet by its permalink, not the tweet that quotes it', () => {
    const doc = search();
    const [quoting, second] = Array.from(doc.querySelectorAll('article[data-testid="tweet"]'));
    setBox(quoting!, 0, 0, 600, 400);
    setBox(second!, 0, 400, 600, 150);
    expect(locatePost(doc, VIEW, { recordId: 'x:1860000000000000002' })).toEqual({ x: 0, y: 400, width: 600, height: 150, devicePixelRatio: 2 });
    expect(locatePost(doc, VIEW, { recordId: 'x:1860000000000000001' })?.height).toBe(400);
    // The quoted tweet is shown only inside another tweet: it has no article of its own.
    expect(locatePost(doc, VIEW, { recordId: 'x:1850000000000000009' })).toBeUndefined();
  });

  it('goes by the link around the timestamp even when a quoted status link comes first', () => {
    const doc = pageAt('https://x.com/home', `<article data-testid="tweet" id="t">
      <div role="link"><a href="/other/status/9">quoted</a></div>
      <div data-testid="User-Name"><a href="/me">Me</a><a href="/me/status/1"><time datetime="2024-11-26T09:30:00.000Z">1h</time></a></div>
    </article>`);
    setBox(doc.getElementById('t'), 0, 0, 600, 300);
    expect(locatePost(doc, VIEW, { recordId: 'x:1' })?.height).toBe(300);
    expect(locatePost(doc, VIEW, { recordId: 'x:9' })).toBeUndefined();
  });

  it('picks the most visible copy when the page shows the tweet twice', () => {
    const html = projectFixture('x/search_timeline_dom.html');
    const doc = pageAt('https://x.com/search?q=winter', html.replace('</main>', `${/<article[\s\S]*?<\/article>/.exec(html)![0]}</main>`));
    const copies = Array.from(doc.querySelectorAll('article[data-testid="tweet"]')).filter((a) => a.querySelector('a[href="/tea_lover/status/1860000000000000001"]'));
    expect(copies).toHaveLength(2);
    setBox(copies[0]!, 0, -350, 600, 400);
    setBox(copies[1]!, 0, 300, 600, 400);
    expect(locatePost(doc, VIEW, { recordId: 'x:1860000000000000001' })).toMatchObject({ y: 300, height: 400 });
  });
});

describeShared('locatePost on a real x.com status page', () => {
  it('finds the tweet of the page', () => {
    const doc = pageAt('https://x.com/arscontexta/status/2013045749580259680', readSharedFixture('twitter/x_com_article_page_dom_2026.html'));
    const article = doc.querySelector('article[data-testid="tweet"]');
    setBox(article, 320, 53, 600, 2400);
    expect(locatePost(doc, VIEW, { recordId: 'x:2013045749580259680' })).toEqual({ x: 320, y: 53, width: 600, height: 667, devicePixelRatio: 2 });
  });
});

describe('locatePost anywhere else (links to the record URL)', () => {
  it('takes the article around a link to the record', () => {
    const doc = pageAt('https://forum.example.com/t/winter', `<main>
      <article id="a"><h2><a href="/t/winter/17?utm_source=feed">Winter menu thread</a></h2></article>
      <div role="article" id="b"><a href="https://forum.example.com/t/other/2">Other</a></div></main>`);
    setBox(doc.getElementById('a'), 10, 10, 500, 100);
    setBox(doc.getElementById('b'), 10, 120, 500, 100);
    expect(locatePost(doc, VIEW, { recordId: 'web:forum.example.com/t/winter/17', url: 'https://forum.example.com/t/winter/17' })?.y).toBe(10);
    expect(locatePost(doc, VIEW, { recordId: 'web:2', url: 'https://forum.example.com/t/other/2' })?.y).toBe(120);
  });

  it('gives no rect when the link is in no post container (the background keeps the whole view)', () => {
    const doc = pageAt('https://example.com/', '<p><a id="l" href="/post/1">post</a></p>');
    setBox(doc.getElementById('l'), 10, 10, 50, 16);
    expect(locatePost(doc, VIEW, { recordId: 'web:1', url: 'https://example.com/post/1' })).toBeUndefined();
  });
});

describe('handleLocatePost', () => {
  const post = (id: string, url: string): Post => ({
    id, platform: 'weibo', kind: 'post', url, author: { id: 'weibo:1', platform: 'weibo', name: 'a' },
    text: '', media: 'text', metrics: {}, capturedAt: '2024-06-14T12:00:00.000Z', source: 'api',
  });

  it('answers only its own, well-formed message', () => {
    const page = { doc: pageAt('https://weibo.com/', ''), view: VIEW, records: new PageRecords() };
    expect(handleLocatePost({ type: 'collector:capture' }, page)).toBeUndefined();
    expect(handleLocatePost({ type: 'background:locate-post' }, page)).toBeUndefined();
    expect(handleLocatePost({ type: 'background:locate-post', recordId: 'weibo:1', url: 5 }, page)).toBeUndefined();
    expect(handleLocatePost(null, page)).toBeUndefined();
  });

  it('without a URL in the message, uses the URL of the record as this page captured it', async () => {
    const doc = pageAt('https://weibo.com/u/1234567890', projectFixture('weibo/timeline_dom.html'));
    setBox(doc.getElementById('second'), 300, 312, 640, 200);
    const records = new PageRecords();
    records.add([post('weibo:5001', 'https://weibo.com/1234567890/OaBcD2uvw')]);
    const reply = await handleLocatePost({ type: 'background:locate-post', recordId: 'weibo:5001' }, { doc, view: VIEW, records });
    expect(reply).toEqual({ x: 300, y: 312, width: 640, height: 200, devicePixelRatio: 2 });
    await expect(handleLocatePost({ type: 'background:locate-post', recordId: 'weibo:404' }, { doc, view: VIEW, records })).resolves.toBeUndefined();
  });
});
