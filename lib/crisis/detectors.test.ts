import { describe, expect, it } from 'vitest';
import { detectSignals } from './detectors';
import { growthSignal } from './detectors-amplifiers';
import { volumeSignal } from './detectors-volume';
import { item, items, makeWindow } from './test-window';
import { DEFAULT_THRESHOLDS, thresholdsFor } from './thresholds';

const medium = { sensitivity: 'medium' as const };
const SCRIPT = '这家店的东西吃了拉肚子，大家千万别去，已经有好几个人中招了';

describe('volume detector', () => {
  it('reads a rate per captured record: browsing twice as much with the same share is no spike', () => {
    const normal = volumeSignal(makeWindow({ captured: 300, items: items(15) }), 3);
    const double = volumeSignal(makeWindow({ captured: 600, items: items(30) }), 3);
    expect(normal.mentions).toBe(15);
    expect(double.mentions).toBe(30);
    expect(double.rate).toBeCloseTo(normal.rate!, 9);
    expect(Math.abs(normal.z!)).toBeLessThan(1);
    expect(Math.abs(double.z!)).toBeLessThan(1);
  });

  it('sees a higher share of mentions as a spike', () => {
    const signal = volumeSignal(makeWindow({ captured: 100, items: items(20) }), 3);
    expect(signal.baselineRate).toBeCloseTo(5 / 100, 2);
    expect(signal.z).toBeGreaterThan(5);
  });

  it('never divides by a perfectly flat baseline: the sampling error is the least spread', () => {
    const flat = () => ({ mentions: 5, captured: 100, labelled: 5, negative: 0 });
    const signal = volumeSignal(makeWindow({ baseline: flat, captured: 100, items: items(6) }), 3);
    expect(signal.baselineSd).toBeGreaterThan(0.02);
    expect(signal.z).toBeLessThan(1);
  });

  it('measures nothing against a baseline the user never browsed', () => {
    const signal = volumeSignal(makeWindow({ baseline: () => ({}), captured: 100, items: items(20) }), 3);
    expect(signal.baselineWindows).toBe(0);
    expect(signal.z).toBeUndefined();
  });

  it('compares a 24-hour window with the earlier days, not with hours', () => {
    const signal = volumeSignal(makeWindow({ windowHours: 24, captured: 2400, items: items(120) }), 3);
    expect(signal.baselineWindows).toBe(7);
    expect(signal.spikeZ).toBeUndefined();
    expect(Math.abs(signal.z!)).toBeLessThan(1);
  });

  it('scores the current hour with the causal spike scorer on 1-hour windows', () => {
    const spike = volumeSignal(makeWindow({ captured: 100, items: items(60) }), 3);
    const calm = volumeSignal(makeWindow({ captured: 100, items: items(5) }), 3);
    expect(spike.spikeZ).toBeGreaterThan(11.5);
    expect(calm.spikeZ).toBeLessThan(3);
  });
});

describe('negative share detector', () => {
  it('counts labelled voices and compares with the 7-day share', () => {
    const window = makeWindow({ captured: 400, items: [...items(6, { label: 'negative' }), ...items(14)] });
    const { negative } = detectSignals(window, medium);
    expect(negative.labelled).toBe(20);
    expect(negative.share).toBeCloseTo(0.3);
    expect(negative.baselineShare).toBeCloseTo(0.1, 1);
    expect(negative.rise).toBeCloseTo(0.2, 1);
    expect(negative.riseThreshold).toBeCloseTo(0.15);
  });

  it('has no share below the minimum labelled sample, and unlabelled items do not count', () => {
    const { negative } = detectSignals(makeWindow({ captured: 400, items: [...items(5, { label: 'negative' }), ...items(10, { label: undefined })] }), medium);
    expect(negative.labelled).toBe(5);
    expect(negative.share).toBeUndefined();
  });

  it('asks more of a rise in a small sample (two standard errors)', () => {
    const highBaseline = (hour: number) => ({ mentions: 5, captured: 100, labelled: 5, negative: hour % 5 === 0 ? 5 : 0 });
    const { negative } = detectSignals(makeWindow({ baseline: highBaseline, captured: 200, items: [...items(4, { label: 'negative' }), ...items(6)] }), medium);
    expect(negative.baselineShare).toBeCloseTo(0.2, 1);
    expect(negative.riseThreshold).toBeGreaterThan(0.24);
  });

  it('counts a coordinated cluster once', () => {
    const pasted = Array.from({ length: 12 }, (_, i) => item({ text: SCRIPT, label: 'negative', authorId: `bot${i}` }));
    const signals = detectSignals(makeWindow({ captured: 400, items: [...pasted, ...items(8, { label: 'positive' })] }), medium);
    expect(signals.clusters).toHaveLength(1);
    expect(signals.clusters[0].label).toBe('negative');
    expect(signals.clusters[0].memberIds).toHaveLength(12);
    expect(signals.negative.labelled).toBe(9);
    expect(signals.negative.negative).toBe(1);
  });
});

describe('lexicon detector', () => {
  it('counts non-positive voices by crisis type, with the terms', () => {
    const window = makeWindow({ captured: 400, items: [
      item({ text: '吃完拉肚子，怀疑食物中毒', label: 'negative' }),
      item({ text: '听说有人食物中毒了？', label: 'neutral' }),
      item({ text: '食物中毒都不怕，太好吃了', label: 'positive' }),
      item({ text: '申请退款中', label: 'neutral' }),
      item({ text: '客服说明天发货', label: 'neutral' }),
      item({ text: '客服不理人', label: 'negative' }),
    ] });
    const { lexicon } = detectSignals(window, medium);
    expect(lexicon.map((l) => [l.type, l.voices, l.negative])).toEqual([
      ['food_safety', 2, 1], ['service', 1, 1], ['price_refund', 1, 0],
    ]);
    expect(lexicon[0].terms[0]).toBe('食物中毒');
  });
});

describe('amplifier detectors', () => {
  it('finds big or verified accounts posting negatively, grouped by author, biggest first', () => {
    const window = makeWindow({ captured: 400, items: [
      ...items(3, { label: 'negative', authorId: 'star', authorName: '大V', authorFollowers: 1_000_000 }),
      item({ label: 'negative', authorId: 'media', authorName: '某媒体', authorFollowers: 5000, authorVerified: true }),
      item({ label: 'positive', authorId: 'fan', authorName: '粉丝大号', authorFollowers: 2_000_000 }),
      item({ label: 'negative', authorId: 'small', authorFollowers: 99_999 }),
    ] });
    const { amplifierAuthors } = detectSignals(window, medium);
    expect(amplifierAuthors.map((a) => [a.authorName, a.items, a.verified ?? false])).toEqual([['大V', 3, false], ['某媒体', 1, true]]);
  });

  it('finds negative posts growing faster than the configured rate', () => {
    const growth = growthSignal([
      item({ label: 'negative', growthPerHour: 5000, authorName: 'fast' }),
      item({ label: 'negative', growthPerHour: 500 }),
      item({ label: 'positive', growthPerHour: 9000 }),
    ], DEFAULT_THRESHOLDS);
    expect(growth.threshold).toBe(1000);
    expect(growth.posts.map((p) => p.authorName)).toEqual(['fast']);
  });

  it('asks a negative post to beat the window p95 when many posts grow fast', () => {
    const busy = [...items(24, { label: 'positive', growthPerHour: 0 }).map((p, i) => ({ ...p, growthPerHour: 3000 + i * 100 })),
      item({ label: 'negative', growthPerHour: 2000 })];
    const growth = growthSignal(busy, DEFAULT_THRESHOLDS);
    expect(growth.p95).toBeGreaterThan(5000);
    expect(growth.posts).toEqual([]);
  });
});

describe('thresholds', () => {
  it('scales with sensitivity; the amplifier size stays a definition', () => {
    expect(thresholdsFor('medium')).toEqual(DEFAULT_THRESHOLDS);
    expect(thresholdsFor('high')).toMatchObject({ minMentions: 8, volumeZ: 1.6, negativeShare: 0.24, amplifierFollowers: 100_000 });
    expect(thresholdsFor('low')).toMatchObject({ minMentions: 13, volumeZ: 2.5, negativeShare: 0.375, amplifierFollowers: 100_000 });
  });
});
