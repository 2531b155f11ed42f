import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './html-text';

describe('htmlToText', () => {
  it('replaces Weibo emoticon images (unquoted alt) with their alt text', () => {
    const html = '搬完这块砖<span class="url-icon"><img alt=[偷笑] src="//h5.sinaimg.cn/x.png" style="width:1em; height:1em;" /></span>了';
    expect(htmlToText(html)).toBe('搬完这块砖[偷笑]了');
  });

  it('reads quoted alt text, in double or single quotes, and drops images without alt', () => {
    expect(htmlToText('a<img src="x.png" alt="[哈哈]">b<img alt=\'[doge]\'>c<img src="y.png">d')).toBe('a[哈哈]b[doge]cd');
  });

  it('keeps ">" inside an attribute value from ending the tag', () => {
    expect(htmlToText('<a href="/n/x" title="a>b">@热爱CP</a>:好')).toBe('@热爱CP:好');
  });

  it('turns <br> and block ends into newlines, allowing at most one blank line', () => {
    expect(htmlToText('一<br>二<br/>三<br />四')).toBe('一\n二\n三\n四');
    expect(htmlToText('<p>first</p><p>second</p><div>third</div>')).toBe('first\nsecond\nthird');
    expect(htmlToText('a<br><br><br><br>b')).toBe('a\n\nb');
  });

  it('collapses runs of spaces and trims lines', () => {
    expect(htmlToText('  hello \t   world  <br>   next   line ')).toBe('hello world\nnext line');
  });

  it('decodes named, decimal and hex entities after stripping tags', () => {
    expect(htmlToText('Tom &amp; Jerry &lt;3 &quot;hi&quot; &#39;x&#39; &apos;y&apos;')).toBe('Tom & Jerry <3 "hi" \'x\' \'y\'');
    expect(htmlToText('&#20013;&#x6587; &#x1F600;')).toBe('中文 😀');
    expect(htmlToText('&lt;b&gt;not bold&lt;/b&gt;')).toBe('<b>not bold</b>');
    expect(htmlToText('a&nbsp;&nbsp;b')).toBe('a b');
  });

  it('decodes entities in text without any tags (X full_text)', () => {
    expect(htmlToText('Q&amp;A today &gt; tomorrow')).toBe('Q&A today > tomorrow');
  });

  it('leaves unknown or invalid entities and a lone "<" as text', () => {
    expect(decodeEntities('&bogus; &#0; &#xD800; &')).toBe('&bogus; &#0; &#xD800; &');
    expect(htmlToText('1 < 2 and 3 > 2')).toBe('1 < 2 and 3 > 2');
  });

  it('drops script, style and comments with their content', () => {
    expect(htmlToText('a<script>alert(1)</script>b<style>p{}</style>c<!-- note -->d')).toBe('abcd');
  });

  it('returns empty text for empty or non-string input', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText(undefined as unknown as string)).toBe('');
  });
});
