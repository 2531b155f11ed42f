import { describe, expect, it } from 'vitest';
import { compileWatches, matchSignature, matchWatches } from './match';
import { lumina, rival } from './test-watches';

const matcher = compileWatches([lumina(), rival()]);
const on = (text: string, platform: 'weibo' | 'x' | 'zhihu' = 'weibo', title?: string) => matchWatches(matcher, { platform, text, title });

describe('matchWatches', () => {
  it('finds Chinese terms as substrings inside running text', () => {
    expect(on('今天的光合咖啡太难喝了')).toEqual(['w-lumina']);
    expect(on('豆星的拿铁还行')).toEqual(['w-rival']);
    expect(on('光合咖啡和豆星咖啡哪个好')).toEqual(['w-lumina', 'w-rival']);
  });

  it('folds traditional characters, full-width letters and case on both sides', () => {
    expect(on('光合咖啡門店的服務太差')).toEqual(['w-lumina']);
    expect(on('ＬＵＭＩＮＡ new menu')).toEqual(['w-lumina']);
    expect(on('lumina!')).toEqual(['w-lumina']);
    const traditionalTerm = compileWatches([lumina({ terms: ['光合門店'] })]);
    expect(matchWatches(traditionalTerm, { platform: 'weibo', text: '光合门店关门了' })).toEqual(['w-lumina']);
  });

  it('needs word boundaries around Latin terms, but not next to Chinese characters', () => {
    expect(on('This will illuminate the room')).toEqual([]);
    expect(on('Luminary and luminance')).toEqual([]);
    expect(on('I love Lumina.')).toEqual(['w-lumina']);
    expect(on('Lumina咖啡真好喝')).toEqual(['w-lumina']);
    expect(on('又去了Lumina')).toEqual(['w-lumina']);
  });

  it('matches handles and hashtags literally, including a handle that contains the name', () => {
    expect(on('cc @LuminaCoffee why is my order late')).toEqual(['w-lumina']);
    expect(on('#光合秋日限定# 好喝')).toEqual(['w-lumina']);
    // The handle is a term; the bare name does not match inside it on its own ("luminacoffee" is one word).
    const nameOnly = compileWatches([lumina({ terms: ['Lumina'] })]);
    expect(matchWatches(nameOnly, { platform: 'x', text: '@LuminaCoffee hi' })).toEqual([]);
    expect(matchWatches(nameOnly, { platform: 'x', text: '#Lumina is trending' })).toEqual(['w-lumina']);
  });

  it('matches a listed misspelling', () => {
    expect(on('lumnia coffee was cold')).toEqual(['w-lumina']);
  });

  it('lets an exclusion veto only its own watch', () => {
    expect(on('My Lumina lamp broke')).toEqual([]);
    expect(on('豆星星好可爱')).toEqual([]);
    expect(on('豆星星好可爱，光合咖啡也不错')).toEqual(['w-lumina']);
    // A term of one watch that is an exclusion of another: both decisions hold.
    const overlap = compileWatches([lumina({ terms: ['lumina'], exclude: [] }), rival({ terms: ['beanstar'], exclude: ['lumina'], platforms: [] })]);
    expect(matchWatches(overlap, { platform: 'x', text: 'beanstar vs lumina' })).toEqual(['w-lumina']);
  });

  it('finds overlapping and nested terms of different watches', () => {
    const nested = compileWatches([
      lumina({ id: 'short', terms: ['光合'], exclude: [] }),
      lumina({ id: 'long', terms: ['光合咖啡'], exclude: [] }),
      lumina({ id: 'tail', terms: ['咖啡店'], exclude: [] }),
    ]);
    expect(matchWatches(nested, { platform: 'weibo', text: '光合咖啡店' })).toEqual(['short', 'long', 'tail']);
  });

  it('counts only the watch\'s platforms (empty = all)', () => {
    expect(on('豆星 and Lumina', 'x')).toEqual(['w-lumina']);
    expect(on('豆星 and Lumina', 'weibo')).toEqual(['w-lumina', 'w-rival']);
  });

  it('reads the title with the text (a post title, or a hot-list entry that has only a title)', () => {
    expect(on('the coffee was cold', 'zhihu', '如何评价光合咖啡')).toEqual(['w-lumina']);
    expect(matchWatches(matcher, { platform: 'weibo', title: '豆星咖啡致歉' })).toEqual(['w-rival']);
    // Title and text are separate words: "…lumi" + "na…" does not make a term.
    expect(on('na coffee', 'x', 'lumi')).toEqual([]);
  });

  it('matches nothing when there are no watches, and ignores blank terms', () => {
    expect(matchWatches(compileWatches([]), { platform: 'weibo', text: 'Lumina' })).toEqual([]);
    const blank = compileWatches([lumina({ terms: ['  ', 'Lumina'], exclude: [' '] })]);
    expect(matchWatches(blank, { platform: 'weibo', text: 'anything at all' })).toEqual([]);
    expect(matchWatches(blank, { platform: 'weibo', text: 'Lumina' })).toEqual(['w-lumina']);
  });

  it('is fast: 10k texts against 20 watches in one pass each', () => {
    const watches = Array.from({ length: 20 }, (_, i) => lumina({ id: `w${i}`, terms: [`brand${i}`, `品牌${i}号`, `@brand${i}official`, `#品牌${i}#`, `brnad${i}`], exclude: [`brand${i} lamp`] }));
    const big = compileWatches(watches);
    const texts = Array.from({ length: 10_000 }, (_, i) =>
      i % 10 === 0 ? `今天去了品牌${i % 20}号的门店，排队太久了，服务员态度一般 brand${i % 20} is ok` : `这是一条普通的评论，第${i}条，和任何品牌都没有关系，only ordinary words here ${i}`);
    matchWatches(big, { platform: 'weibo', text: texts[0] });
    const start = performance.now();
    let hits = 0;
    for (const text of texts) hits += matchWatches(big, { platform: 'weibo', text }).length;
    const elapsed = performance.now() - start;
    console.info(`matchWatches: 10k texts × 20 watches in ${elapsed.toFixed(1)} ms`);
    expect(hits).toBe(1000);
    expect(elapsed).toBeLessThan(500); // generous for a loaded CI machine; typically well under 100 ms
  });
});

describe('matchSignature', () => {
  it('changes with terms, exclusions or platforms, not with name, case, order or webhook', () => {
    const base = matchSignature(lumina());
    expect(matchSignature(lumina({ name: 'renamed', sensitivity: 'high', webhook: { url: 'https://hooks.example.com/x', format: 'slack' } }))).toBe(base);
    expect(matchSignature(lumina({ terms: [...lumina().terms].reverse().map((term) => term.toUpperCase()) }))).toBe(base);
    expect(matchSignature(lumina({ terms: ['Lumina'] }))).not.toBe(base);
    expect(matchSignature(lumina({ exclude: [] }))).not.toBe(base);
    expect(matchSignature(lumina({ platforms: ['weibo'] }))).not.toBe(base);
  });
});
