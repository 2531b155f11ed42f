import { describe, expect, it } from 'vitest';
import { analyze, ANALYZER_VERSION } from '.';

// Each case is one a naive count of sentiment words gets wrong: the rule under test decides the direction.
const score = (text: string) => analyze(text).score;
const label = (text: string) => analyze(text).label;

describe('negation of a positive word', () => {
  it('reads 不好吃 / 不热情 as negative', () => {
    expect(label('这家的菜不好吃')).toBe('negative');
    expect(label('服务一点都不热情')).toBe('negative');
  });
  it('reads "not good" / "never helpful" as negative', () => {
    expect(label('The food was not good.')).toBe('negative');
    expect(label("Support was never helpful and didn't care")).toBe('negative');
  });
  it('reads a negated negative word as leaning positive', () => {
    expect(score('价格不贵，质量也不差')).toBeGreaterThan(0);
    expect(score('Honestly not bad at all')).toBeGreaterThan(0);
  });
});

describe('degree adverbs', () => {
  it('makes 太贵了 more negative than 有点贵', () => {
    expect(score('太贵了')).toBeLessThan(score('有点贵'));
    expect(score('有点贵')).toBeLessThan(0);
  });
  it('makes "extremely disappointing" more negative than "slightly disappointing"', () => {
    expect(score('extremely disappointing')).toBeLessThan(score('slightly disappointing'));
  });
  it('softens "not very good" / 不太好 compared with "not good" / 不好', () => {
    expect(score('不太好')).toBeGreaterThan(score('不好'));
    expect(score('not very good')).toBeGreaterThan(score('not good'));
  });
});

describe('contrast weights the later clause', () => {
  it('turns a review negative when 但是 leads to a complaint', () => {
    expect(label('外观很漂亮，但是质量太差了')).toBe('negative');
    expect(label('电池一般，不过拍照非常棒')).toBe('positive');
  });
  it('does the same for but / however', () => {
    expect(label('The screen is beautiful but the battery is terrible')).toBe('negative');
    expect(label('Shipping was slow, however the quality is excellent')).toBe('positive');
  });
});

describe('emoji, sticker codes, kaomoji and emoticons alone', () => {
  it('reads texts without a single word', () => {
    expect(label('😡😡😡')).toBe('negative');
    expect(label('👍🔥')).toBe('positive');
    expect(label('[怒][抓狂]')).toBe('negative');
    expect(label('[哈哈][鼓掌]')).toBe('positive');
    expect(label('T_T')).toBe('negative');
    expect(label(':)')).toBe('positive');
    expect(label('(╯°□°）╯︵ ┻━┻')).toBe('negative');
  });
  it('takes 💀 as laughter, not death', () => {
    expect(label('💀💀💀')).not.toBe('negative');
  });
});

describe('internet language', () => {
  it('knows current Chinese slang', () => {
    expect(label('这款面霜yyds，绝绝子')).toBe('positive');
    expect(label('又踩雷了，纯纯智商税')).toBe('negative');
    expect(label('新品发布会大型翻车，下头')).toBe('negative');
    expect(label('本来不想买的，用了之后真香')).toBe('positive');
  });
  it('knows current English slang', () => {
    expect(label('honestly the new album is mid')).toBe('negative');
    expect(label('ngl this slaps')).toBe('positive');
    expect(label('huge W for the team')).toBe('positive');
  });
});

describe('sarcasm', () => {
  it('flips praise next to 呵呵 / 真是谢谢你了', () => {
    const r = analyze('呵呵，客服态度真好，真是谢谢你了');
    expect(r.label).toBe('negative');
    expect(r.sarcasm?.flipped).toBe(true);
  });
  it('flips praise marked /s or "yeah right" and lowers confidence', () => {
    expect(label('Great, my flight is delayed again, best airline ever /s')).toBe('negative');
    const plain = analyze('What a wonderful service');
    const ironic = analyze('What a wonderful service, yeah right');
    expect(ironic.score).toBeLessThan(0);
    expect(ironic.confidence).toBeLessThan(plain.confidence);
  });
});

describe('neutral band', () => {
  it('keeps questions neutral even with an opinion word in them', () => {
    expect(label('这个手机好用吗？')).toBe('neutral');
    expect(label('Is the new update any good?')).toBe('neutral');
  });
  it('keeps plain statements neutral', () => {
    expect(label('我明天下午三点去开会')).toBe('neutral');
    expect(label('这款手机下周发布')).toBe('neutral');
    expect(label('The phone comes in three colors.')).toBe('neutral');
    expect(label('The store opens at 9am on Monday.')).toBe('neutral');
    expect(label('')).toBe('neutral');
  });
});

describe('emphasis', () => {
  it('reads repeated exclamation marks and capitals as stronger', () => {
    expect(score('有点失望！！！')).toBeLessThan(score('有点失望'));
    expect(score('This is GOOD')).toBeGreaterThan(score('This is good'));
  });
});

describe('code-switched text', () => {
  it('reads Chinese with English words in it', () => {
    const r = analyze('这个新品的设计真的很 amazing，但是 quality 太差了，完全是 scam');
    expect(r.lang).toBe('mixed');
    expect(r.label).toBe('negative');
  });
  it('tells the languages apart', () => {
    expect(analyze('质量很好').lang).toBe('zh');
    expect(analyze('quality is great').lang).toBe('en');
    expect(analyze('👍').lang).toBe('und');
  });
});

describe('aspects a brand cares about', () => {
  it('names what a complaint is about', () => {
    expect(analyze('快递太慢了，包装也破了').aspects).toContain('logistics');
    expect(analyze('客服态度很差，一直推诿').aspects).toContain('service');
    expect(analyze('吃出了头发丝，而且还过期了').aspects).toContain('safety');
    expect(analyze('虚假宣传，货不对板').aspects).toContain('honesty');
    expect(analyze('这价格就是智商税').aspects).toEqual(expect.arrayContaining(['price', 'honesty']));
    expect(analyze('The package was delivered two weeks late').aspects).toContain('logistics');
    expect(analyze('Overpriced and the quality is awful').aspects).toEqual(expect.arrayContaining(['price', 'quality']));
  });
  it('names none in small talk', () => {
    expect(analyze('今天天气真好').aspects).toEqual([]);
  });
});

describe('result contract', () => {
  it('explains which words moved the score', () => {
    const r = analyze('这家的菜不好吃');
    expect(r.reasons.find(x => x.token === '好吃')?.weight).toBeLessThan(0);
    expect(analyze('I love this phone').reasons[0].token).toMatch(/^love/);
  });
  it('stays in range, deterministic and safe on odd input', () => {
    for (const t of ['好'.repeat(5000), '!!!???', '[泪]'.repeat(300), 'constructor __proto__ toString', '\u0000\uffff', '😀'.repeat(100)]) {
      const r = analyze(t);
      expect(r.score).toBeGreaterThanOrEqual(-1);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(analyze(t)).toEqual(r);
    }
    expect(analyze(undefined as unknown as string).label).toBe('neutral');
    expect(analyze('好').version).toBe(ANALYZER_VERSION);
  });
});
