import { describe, expect, it } from 'vitest';
import { CRISIS_TYPES, crisisTypesOf, typesOfHits } from './lexicon';
import { CRISIS_LEXICON } from './lexicon-data';
import { normalizeText } from './text';

const types = (text: string) => [...new Set(crisisTypesOf(text).map((hit) => hit.type))];

describe('crisisTypesOf', () => {
  it.each([
    ['买的面包里吃出异物，还发霉了', 'quality'],
    ['昨天在这家店吃完全家拉肚子，怀疑食物中毒', 'food_safety'],
    ['客服态度差，打了三次电话都不理人', 'service'],
    ['纯纯智商税，货不对板', 'false_advertising'],
    ['已经打12315投诉了，再不退款就去黑猫投诉', 'price_refund'],
    ['用户信息泄露了吧，天天接骚扰电话', 'privacy'],
    ['被市场监管局立案调查，罚款50万', 'legal'],
    ['门店起火，两名店员受伤', 'safety_incident'],
    ['董事长的不当言论太离谱', 'executive'],
    ['这是造谣，明显是水军在抹黑', 'rumour'],
    ['The charger is defective and Apple refused a recall', 'quality'],
    ['Got food poisoning after eating there, also saw a cockroach', 'food_safety'],
    ['The staff were rude and I was ignored for an hour', 'service'],
    ['Total scam, the ads are misleading', 'false_advertising'],
    ['I was double charged and they refused a refund, filing a chargeback', 'price_refund'],
    ['Massive data breach, my card details leaked', 'privacy'],
    ['The company was fined after a federal investigation', 'legal'],
    ['Three workers injured in the factory accident', 'safety_incident'],
    ['Another scandal: the founder arrested', 'executive'],
    ['This rumor is fake news spread by bot accounts', 'rumour'],
  ])('finds the type of %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  it('returns the matching term with its type', () => {
    expect(crisisTypesOf('要求退款')).toEqual([{ type: 'price_refund', term: '退款' }]);
  });

  it('sees full-width, upper-case and spaced-out forms', () => {
    expect(types('打１２３１５投诉')).toContain('price_refund');
    expect(types('ＲＥＦＵＮＤ please')).toEqual(['price_refund']);
    expect(types('FOOD POISONING')).toEqual(['food_safety']);
    expect(crisisTypesOf('食物 中毒')).toContainEqual({ type: 'food_safety', term: '食物中毒' });
  });

  it('matches Latin terms as whole words only', () => {
    expect(types('great rating, refundable ticket, moldova trip')).toEqual([]);
    expect(types('rats everywhere')).toEqual(['food_safety']);
    expect(types('这个scam太明显')).toEqual(['false_advertising']);
  });

  it('ignores everyday phrases that contain a term', () => {
    expect(types('卫生巾很好用，卫生纸也不错')).toEqual([]);
    expect(types('优惠券过期了好可惜')).toEqual([]);
    expect(types('好吃到爆炸')).toEqual([]);
    expect(types('went to the food court')).toEqual([]);
    // the exclusion blanks only the phrase: a real term next to it still counts
    expect(types('卫生巾有异味，店里也不卫生')).toContain('food_safety');
  });

  it('says nothing about ordinary text', () => {
    expect(crisisTypesOf('新品真好看，已经下单了')).toEqual([]);
    expect(crisisTypesOf('')).toEqual([]);
  });

  it('marks everyday words as weak: they name a type only on negative items', () => {
    const hits = crisisTypesOf('联系了客服');
    expect(hits).toEqual([{ type: 'service', term: '客服', weak: true }]);
    expect(typesOfHits(hits, false)).toEqual([]);
    expect(typesOfHits(hits, true)).toEqual(['service']);
    expect(typesOfHits(crisisTypesOf('客服不理人'), false)).toEqual(['service']);
  });

  it('reports each term once even when the text repeats it', () => {
    expect(crisisTypesOf('退款退款退款 refund refund')).toEqual([
      { type: 'price_refund', term: '退款' }, { type: 'price_refund', term: 'refund' },
    ]);
  });
});

describe('crisis lexicon data', () => {
  it('has Chinese and English terms for every crisis type', () => {
    expect(CRISIS_TYPES).toHaveLength(10);
    for (const type of CRISIS_TYPES) {
      expect(CRISIS_LEXICON[type].zh.length, type).toBeGreaterThan(5);
      expect(CRISIS_LEXICON[type].en.length, type).toBeGreaterThan(5);
    }
  });

  it('is written normalised and finds each of its own terms', () => {
    for (const type of CRISIS_TYPES) {
      const { zh, en, weak = [] } = CRISIS_LEXICON[type];
      for (const term of [...zh, ...en, ...weak]) {
        expect(normalizeText(term), term).toBe(term);
        expect(crisisTypesOf(` ${term} `).map((hit) => hit.type), term).toContain(type);
      }
    }
  });
});

describe('crisisTypesOf on traditional characters', () => {
  it('folds them to simplified before matching', () => {
    expect(types('已經投訴了，要維權')).toEqual(['price_refund']);
    expect(types('吃出頭髮，衛生太差')).toContain('food_safety');
    expect(types('衛生紙不錯')).toEqual([]);
  });
});
