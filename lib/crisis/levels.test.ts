import { describe, expect, it } from 'vitest';
import { evaluateWindow, evaluateWindowDetailed, LEVEL_RULES } from './levels';
import { item, items, makeWindow } from './test-window';
import { DEFAULT_LEVEL_SETTINGS } from './thresholds';
import type { LevelSettings, WatchWindow } from './types';

const medium: LevelSettings = DEFAULT_LEVEL_SETTINGS;
const at = (sensitivity: LevelSettings['sensitivity']): LevelSettings => ({ ...medium, sensitivity });
const evaluate = (window: WatchWindow, settings = medium) => evaluateWindowDetailed(window, settings);
const HOT = [{ platform: 'weibo' as const, rank: 3, title: '某品牌 食物中毒', url: 'https://s.weibo.com/top/summary' }];
const STAR = { authorId: 'star', authorName: '百万大V', authorFollowers: 1_000_000, label: 'negative' as const };

/** Mention rate 20 % against a 5 % baseline (z ≫ 3) with a chosen number of negatives out of 20. */
const surge = (negatives: number, extra: ReturnType<typeof item>[] = []) =>
  [...items(negatives, { label: 'negative' }), ...items(20 - negatives - extra.length), ...extra];

describe('evaluateWindow: guards', () => {
  it('browsing twice as much with the same share of mentions raises no flag', () => {
    for (const captured of [400, 800, 1600]) {
      const mentions = captured / 20; // 5 %, as in the baseline, 10 % negative
      const window = makeWindow({ captured, items: [...items(mentions / 10, { label: 'negative' }), ...items(mentions - mentions / 10)] });
      const { verdict, signals } = evaluate(window);
      expect(signals.volume.mentions).toBe(mentions);
      expect(verdict.level, `captured ${captured}`).toBeUndefined();
    }
  });

  it('never flags a small sample, whatever it says', () => {
    const worst = makeWindow({ captured: 10, hotList: HOT, items: items(9, { ...STAR, text: '食物中毒 拉肚子 退款 起火 受伤', growthPerHour: 99_999 }) });
    for (const sensitivity of ['low', 'medium'] as const) {
      const { verdict, rules } = evaluate(worst, at(sensitivity));
      expect(verdict).toEqual({ types: [], reasons: [], evidence: [] });
      expect(rules).toEqual([]);
    }
    // high sensitivity lowers the gate to 8 mentions: the same nine now count
    expect(evaluateWindow(worst, at('high')).level).toBe('red');
  });

  it('a positive spike (a launch going well) raises at most a blue volume notice, even on the hot list', () => {
    const launch = makeWindow({ captured: 100, hotList: HOT.map((h) => ({ ...h, title: '新品发布' })),
      items: [...items(50, { label: 'positive', growthPerHour: 8000 }), ...items(10)] });
    const { verdict, rules } = evaluate(launch);
    expect(verdict.level).toBe('blue');
    expect(rules).toEqual(['blue.volume', 'blue.hot_list']);
    expect(verdict.reasons.map((r) => r.signal)).toEqual(['mentions', 'volume_z', 'hot_list']);
  });

  it('counts a coordinated cluster once: pasted negative comments give a blue astroturfing notice, not orange', () => {
    const script = '这个牌子的东西用了三天就坏了，质量太差，大家千万别买';
    const pasted = Array.from({ length: 12 }, (_, i) => item({ text: script, label: 'negative', authorId: `bot${i}` }));
    const window = makeWindow({ captured: 100, items: [...pasted, ...items(9, { label: 'positive' })] });
    const { verdict, rules, signals } = evaluate(window);
    expect(signals.negative.share).toBeCloseTo(1 / 10);
    expect(rules).toEqual(['blue.volume', 'blue.coordinated']);
    expect(verdict.level).toBe('blue');
    expect(verdict.types).toContain('rumour');
    expect(verdict.reasons.find((r) => r.signal === 'coordinated')).toMatchObject({ value: 12, threshold: 5 });
    // the evidence cites the cluster once
    expect(verdict.evidence.filter((e) => e.text === script)).toHaveLength(1);
  });
});

describe('evaluateWindow: blue rules', () => {
  it('blue.negative: a negative share ≥ 30 % at normal volume', () => {
    const { verdict, rules } = evaluate(makeWindow({ captured: 400, items: [...items(6, { label: 'negative' }), ...items(14)] }),
      { ...medium });
    expect(rules).toContain('blue.negative');
    expect(verdict.reasons.find((r) => r.signal === 'negative_share')).toEqual({ signal: 'negative_share', value: 0.3, threshold: 0.3, detail: '6/20' });
  });

  it('blue.lexicon: three neutral items about refunds', () => {
    const { verdict, rules } = evaluate(makeWindow({ captured: 400, items: [
      ...items(3, { text: '在问退款进度', label: 'neutral' }).map((m, i) => ({ ...m, text: `${m.text}${i}号` })), ...items(17, { label: 'positive' })] }));
    expect(rules).toEqual(['blue.lexicon']);
    expect(verdict.level).toBe('blue');
    expect(verdict.types).toEqual(['price_refund']);
    expect(verdict.reasons.find((r) => r.signal === 'lexicon')).toMatchObject({ value: 3, threshold: 3, detail: 'price_refund: 退款' });
  });

  it('blue.hot_list alone is a notice', () => {
    expect(evaluate(makeWindow({ captured: 400, hotList: HOT, items: items(20) })).rules).toEqual(['blue.hot_list']);
  });
});

describe('evaluateWindow: yellow rules', () => {
  it('yellow.volume_negative: a mention surge with 35 % negative', () => {
    const { verdict, rules } = evaluate(makeWindow({ captured: 100, items: surge(7) }));
    expect(verdict.level).toBe('yellow');
    expect(rules).toEqual(['blue.volume', 'blue.negative', 'yellow.volume_negative', 'yellow.negative_rise']);
    const volume = verdict.reasons.find((r) => r.signal === 'volume_z')!;
    expect(volume.value).toBeGreaterThan(3);
    expect(volume.threshold).toBe(2);
    expect(volume.detail).toMatch(/^rate 20% vs 5(\.\d)?% baseline$/);
  });

  it('yellow.negative_rise: +20 pt over the 7-day share at normal volume', () => {
    const { verdict, rules } = evaluate(makeWindow({ captured: 400, items: [...items(6, { label: 'negative' }), ...items(14)] }));
    expect(rules).toContain('yellow.negative_rise');
    expect(verdict.level).toBe('yellow');
    expect(verdict.reasons.find((r) => r.signal === 'negative_rise')).toMatchObject({ value: 0.2, threshold: 0.15 });
  });

  it('a rise inside the sampling error of a small sample is not yellow', () => {
    const highBaseline = (hour: number) => ({ mentions: 5, captured: 100, labelled: 5, negative: hour % 5 === 0 ? 5 : 0 });
    const { verdict, rules } = evaluate(makeWindow({ baseline: highBaseline, captured: 200, items: [...items(4, { label: 'negative' }), ...items(6)] }));
    expect(rules).toEqual(['blue.negative']);
    expect(verdict.level).toBe('blue');
  });

  it('yellow.negative_crisis: negative talk concentrated on food poisoning', () => {
    const poisoned = items(5, { label: 'negative' }).map((m, i) => ({ ...m, text: `第${i}个：吃完食物中毒进医院了` }));
    const flat = () => ({ mentions: 5, captured: 100, labelled: 5, negative: 2 }); // 40 % negative is normal here: no rise
    const { verdict, rules } = evaluate(makeWindow({ baseline: flat, captured: 400, items: [...poisoned, ...items(1, { label: 'negative' }), ...items(14)] }));
    expect(rules).toEqual(['blue.negative', 'blue.lexicon', 'yellow.negative_crisis']);
    expect(verdict.level).toBe('yellow');
    expect(verdict.types).toEqual(['food_safety']);
  });
});

describe('evaluateWindow: orange and red rules', () => {
  it('orange.volume_negative: a surge with ≥ 40 % negative', () => {
    const { verdict, rules } = evaluate(makeWindow({ captured: 100, items: surge(9) }));
    expect(rules).toContain('orange.volume_negative');
    expect(verdict.level).toBe('orange');
    expect(verdict.reasons.find((r) => r.signal === 'negative_share')).toMatchObject({ value: 0.45, threshold: 0.4 });
  });

  it('orange.amplified_author: a burst of negative comments from one 1M-follower author lifts yellow to orange', () => {
    const before = evaluate(makeWindow({ captured: 100, items: surge(7) }));
    expect(before.verdict.level).toBe('yellow');
    const burst = items(3, STAR);
    const after = evaluate(makeWindow({ captured: 100, items: surge(4, burst) }));
    expect(after.rules).toContain('orange.amplified_author');
    expect(after.verdict.level).toBe('orange');
    expect(after.verdict.reasons.find((r) => r.signal === 'amplifier_author')).toEqual({
      signal: 'amplifier_author', value: 1_000_000, threshold: 100_000, detail: '百万大V: 3 negative' });
  });

  it('a big author posting negatively without yellow trouble stays below orange', () => {
    const { verdict } = evaluate(makeWindow({ captured: 400, items: [item(STAR), ...items(19)] }));
    expect(verdict.level).toBeUndefined();
  });

  it('orange.spread: yellow on a hot list is orange, not red (the hot list counts once)', () => {
    const { verdict, rules } = evaluate(makeWindow({ captured: 100, hotList: HOT, items: surge(7) }));
    expect(rules).toContain('orange.spread');
    expect(rules).not.toContain('red.spread');
    expect(verdict.level).toBe('orange');
  });

  it('red.spread: orange by volume and negativity, plus the hot list', () => {
    const { verdict, rules } = evaluate(makeWindow({ captured: 100, hotList: HOT, items: surge(9) }));
    expect(rules).toContain('red.spread');
    expect(verdict.level).toBe('red');
    expect(verdict.reasons.find((r) => r.signal === 'hot_list')).toMatchObject({ value: 1, threshold: 1, detail: 'weibo #3 某品牌 食物中毒' });
  });

  it('red.spread: an amplifier author plus a fast-growing negative post', () => {
    const viral = item({ label: 'negative', kind: 'post', growthPerHour: 4000, authorName: 'viral' });
    const { verdict, rules } = evaluate(makeWindow({ captured: 100, items: surge(5, [viral, ...items(2, STAR)]) }));
    expect(rules).toEqual(expect.arrayContaining(['yellow.volume_negative', 'orange.amplified_author', 'red.spread']));
    expect(verdict.level).toBe('red');
    expect(verdict.reasons.find((r) => r.signal === 'growth')).toEqual({ signal: 'growth', value: 4000, threshold: 1000, detail: 'viral' });
  });
});

describe('evaluateWindow: sensitivity and evidence', () => {
  const borderline = () => makeWindow({ captured: 400, baseline: () => ({ mentions: 5, captured: 100, labelled: 5, negative: 1 }),
    items: [...items(5, { label: 'negative' }), ...items(14)] }); // N = 26 %, baseline 20 %

  it('high sensitivity flags what medium does not; low flags less', () => {
    expect(evaluateWindow(borderline(), at('medium')).level).toBeUndefined();
    expect(evaluateWindow(borderline(), at('high')).level).toBe('blue');
    expect(evaluateWindow(makeWindow({ captured: 400, items: [...items(6, { label: 'negative' }), ...items(14)] }), at('low')).level).toBe('yellow');
    expect(evaluateWindow(makeWindow({ captured: 400, items: [...items(4, { label: 'negative' }), ...items(8)] }), at('low')).level).toBeUndefined();
  });

  it('cites at most five records, most-liked negative first', () => {
    const liked = [item({ label: 'negative', likes: 5 }), item({ label: 'negative', likes: 900 }), item({ label: 'neutral', likes: 5000 }),
      item({ label: 'positive', likes: 9999 })];
    const { verdict } = evaluate(makeWindow({ captured: 100, items: surge(7, liked) }));
    expect(verdict.evidence).toHaveLength(5);
    expect(verdict.evidence[0]).toMatchObject({ recordId: liked[1].recordId, likes: 900, kind: 'comment', platform: 'weibo', url: liked[1].url });
    expect(verdict.evidence.map((e) => e.recordId)).not.toContain(liked[3].recordId);
  });

  it('documents every rule in both languages', () => {
    expect(new Set(LEVEL_RULES.map((r) => r.id)).size).toBe(LEVEL_RULES.length);
    for (const rule of LEVEL_RULES) {
      expect(rule.en.length).toBeGreaterThan(10);
      expect(rule.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('evaluateWindow → nextFlag', () => {
  it('a burst of negative comments from one 1M-follower author escalates an open yellow flag to orange', async () => {
    const { nextFlag } = await import('./levels');
    const ids = { newId: () => 'f1', watchId: 'w1' };
    const yellow = nextFlag(undefined, evaluateWindow(makeWindow({ captured: 100, items: surge(7) }), medium), '2026-03-02T10:00:00.000Z', medium, ids)!;
    expect(yellow.level).toBe('yellow');
    const burst = evaluateWindow(makeWindow({ captured: 100, items: surge(4, items(3, STAR)) }), medium);
    const orange = nextFlag(yellow, burst, '2026-03-02T10:10:00.000Z', medium, ids)!;
    expect(orange).toMatchObject({ id: 'f1', level: 'orange', respondBy: '2026-03-02T11:10:00.000Z' });
    expect(orange.reasons.map((r) => r.signal)).toContain('amplifier_author');
  });
});
