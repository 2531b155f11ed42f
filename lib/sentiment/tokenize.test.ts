import { describe, expect, it } from 'vitest';
import { cleanText, tokenize } from './tokenize';

const keys = (text: string) => tokenize(text).map(t => t.key);
const kinds = (text: string) => tokenize(text).map(t => `${t.kind}:${t.key}`);

describe('tokenize', () => {
  it('segments Chinese by longest lexicon match, keeping negators apart from the word they negate', () => {
    expect(keys('服务不热情')).toEqual(['服务', '不', '热情']);
    expect(keys('质量不错')).toEqual(['质量', '不错']); // 不错 is one positive word, not 不 + 错
    expect(keys('太贵了')).toEqual(['太', '贵', '了']);
  });
  it('reads Weibo sticker codes as one symbol and leaves unknown brackets alone', () => {
    expect(kinds('好吃[哈哈][馋嘴]')).toEqual(['cjk:好吃', 'sticker:[哈哈]', 'sticker:[馋嘴]']);
    expect(tokenize('[constructor]').some(t => t.kind === 'sticker')).toBe(false);
  });
  it('finds emoticons and kaomoji but not letters inside words', () => {
    expect(kinds('great :) T_T')).toEqual(['word:great', 'emoticon::)', 'emoticon:T_T']);
    expect(tokenize('XDR TTL').some(t => t.kind === 'emoticon')).toBe(false);
    expect(kinds('(╯°□°）╯︵ ┻━┻')).toEqual(['emoticon:(╯°□°）╯︵ ┻━┻']);
  });
  it('keeps an emoji with its skin tone and joiners as one token', () => {
    expect(kinds('👍🏽👨‍👩‍👧')).toEqual(['emoji:👍', 'emoji:👨']);
  });
  it("treats glued and split n't as negation", () => {
    expect(tokenize("doesn't").at(0)?.entry?.negator).toBe(true);
    expect(tokenize("does n't work").at(1)?.entry?.negator).toBe(true);
  });
  it('merges multi-word phrases and stretched letters', () => {
    expect(keys('not gonna lie this is sooooo good')).toEqual(['not gonna lie', 'this', 'is', 'so', 'good']);
    expect(keys('yeah right')).toEqual(['yeah right']);
    expect(kinds('great /s')).toEqual(['word:great', 'word:/s']);
  });
  it('marks the Weibo repost chain and drops mentions and links', () => {
    expect(kinds('赞//@小明: 垃圾')).toEqual(['cjk:赞', 'quote://@', 'clause::', 'cjk:垃圾']);
    expect(cleanText('see https://t.co/x @bob &amp; me').split(/\s+/)).toEqual(['see', '&', 'me']);
  });
  it('marks capitals used for emphasis, not a text written all in capitals', () => {
    expect(tokenize('this is GOOD').at(2)?.shouted).toBe(true);
    expect(tokenize('THIS IS GOOD').at(2)?.shouted).toBe(false);
  });
});
