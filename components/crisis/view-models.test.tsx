import { describe, expect, it } from 'vitest';
import { testFlag } from '../../lib/crisis/test-flags';
import { formatMinutes, responseClock } from './countdown';
import { sortFlags } from './flag-order';
import { reasonSentence, topReason } from './reason-text';
import { levelRuleRows } from './level-rules-view';
import { canAdvance, nextStage, stepperView } from './stepper';
import { mentionsLastDay, timelineSeries } from './timeline-series';
import { draftProblems, splitLines, watchFromDraft, EMPTY_DRAFT } from './watch-form';
import { parseRoute, routeHash } from '../../entrypoints/dashboard/route';

const at = (iso: string) => Date.parse(iso);

describe('reasonSentence', () => {
  it('reads shares as percents whether given as fractions or percents', () => {
    expect(reasonSentence({ signal: 'negative_share', value: 0.46, threshold: 0.3 }, 'en')).toBe('Negative share 46% ≥ 30%');
    expect(reasonSentence({ signal: 'negative_share', value: 46, threshold: 30 }, 'en')).toBe('Negative share 46% ≥ 30%');
    expect(reasonSentence({ signal: 'negative_rise', value: 0.184, threshold: 0.15 }, 'en')).toContain('up 18.4 pt');
  });
  it('names the author, the crisis type and unknown signals', () => {
    expect(reasonSentence({ signal: 'amplifier_author', value: 1_200_000, threshold: 100_000, detail: '大V' }, 'en'))
      .toBe('Influential author 大V — 1.2M followers (≥ 100K)');
    expect(reasonSentence({ signal: 'lexicon', value: 7, threshold: 3, detail: 'food_safety: 发霉, 变质' }, 'en')).toBe('Crisis words (Food safety: 发霉, 变质): 7 voices (≥ 3)');
    expect(reasonSentence({ signal: 'negative_share', value: 0.46, threshold: 0.3, detail: '12/26' }, 'en')).toBe('Negative share 46% ≥ 30% · 12/26');
    expect(reasonSentence({ signal: 'hot_list', value: 2, threshold: 1, detail: 'weibo #7 艾可美 酸奶' }, 'en')).toBe('On a captured hot list (2 entries): weibo #7 艾可美 酸奶');
    expect(reasonSentence({ signal: 'volume_z', value: 3.44, threshold: 3 }, 'en')).toBe('Mentions 3.4σ above the 7-day baseline (≥ 3σ)');
    expect(reasonSentence({ signal: 'brand_new', value: 2, threshold: 1, detail: 'x' }, 'en')).toBe('brand_new (x): 2 (threshold 1)');
  });
});

describe('topReason and level rules', () => {
  it('skips the minimum-sample gate when summarising a flag', () => {
    expect(topReason([{ signal: 'mentions', value: 40, threshold: 10 }, { signal: 'volume_z', value: 3, threshold: 2 }])?.signal).toBe('volume_z');
    expect(topReason([{ signal: 'mentions', value: 40, threshold: 10 }])?.signal).toBe('mentions');
  });
  it('lists every level with its rules in the UI language', () => {
    const rows = levelRuleRows('zh-CN');
    expect(rows.map((row) => row.level)).toEqual(['blue', 'yellow', 'orange', 'red']);
    expect(rows.every((row) => row.conditions.length > 0)).toBe(true);
    expect(rows[0]!.conditions.join()).toMatch(/负面占比/);
    expect(levelRuleRows('en')[0]!.conditions.join()).toMatch(/Negative share/);
  });
});

describe('sortFlags', () => {
  it('puts open flags first by level then newest, closed ones after by last update', () => {
    const flags = [
      testFlag({ id: 'closed-new', level: 'red', stage: 'resolved', updatedAt: '2026-11-26T12:00:00Z' }),
      testFlag({ id: 'yellow', level: 'yellow', raisedAt: '2026-11-26T11:00:00Z' }),
      testFlag({ id: 'red-old', level: 'red', raisedAt: '2026-11-25T11:00:00Z' }),
      testFlag({ id: 'red-new', level: 'red', stage: 'tracking', raisedAt: '2026-11-26T10:00:00Z' }),
      testFlag({ id: 'closed-old', level: 'blue', stage: 'reviewed', updatedAt: '2026-11-20T12:00:00Z' }),
    ];
    expect(sortFlags(flags).map((flag) => flag.id)).toEqual(['red-new', 'red-old', 'yellow', 'closed-new', 'closed-old']);
  });
});

describe('responseClock', () => {
  const flag = testFlag({ respondBy: '2026-11-26T13:05:00.000Z' });
  it('counts down, then reads overdue', () => {
    expect(responseClock(flag, at('2026-11-26T12:40:30Z'))).toEqual({ state: 'running', minutesLeft: 25 });
    expect(responseClock(flag, at('2026-11-26T13:17:00Z'))).toEqual({ state: 'overdue', minutesOver: 12 });
  });
  it('is met or missed by when the flag first left assessed', () => {
    const responded = (time: string) => testFlag({
      respondBy: flag.respondBy, stage: 'tracking',
      history: [...flag.history, { at: '2026-11-26T12:10:00Z', event: 'stage', from: 'identified', to: 'assessed' },
        { at: time, event: 'stage', from: 'assessed', to: 'responding' }, { at: '2026-11-26T15:00:00Z', event: 'stage', from: 'responding', to: 'tracking' }],
    });
    expect(responseClock(responded('2026-11-26T13:00:00Z'), at('2026-11-26T16:00:00Z')).state).toBe('met');
    expect(responseClock(responded('2026-11-26T13:45:00Z'), at('2026-11-26T16:00:00Z'))).toMatchObject({ state: 'missed', minutesLate: 40 });
  });
  it('formats minutes compactly', () => {
    expect(formatMinutes(65, { hour: 'h', minute: 'min' })).toBe('1 h 05 min');
    expect(formatMinutes(25, { hour: 'h', minute: 'min' })).toBe('25 min');
  });
});

describe('stepperView', () => {
  it('marks done/current/todo with when each stage began', () => {
    const flag = testFlag({ stage: 'responding', history: [
      { at: '2026-11-26T12:05:00Z', event: 'raised', to: 'orange' },
      { at: '2026-11-26T12:20:00Z', event: 'stage', from: 'identified', to: 'assessed' },
      { at: '2026-11-26T12:40:00Z', event: 'stage', from: 'assessed', to: 'responding' },
    ] });
    const steps = stepperView(flag);
    expect(steps.map((step) => step.state)).toEqual(['done', 'done', 'current', 'todo', 'todo', 'todo']);
    expect(steps[0]!.at).toBe(flag.raisedAt);
    expect(steps[2]!.at).toBe('2026-11-26T12:40:00Z');
    expect(steps[3]!.at).toBeUndefined();
  });
  it('needs a review before the last step and nothing after it', () => {
    expect(nextStage('resolved')).toBe('reviewed');
    expect(canAdvance(testFlag({ stage: 'resolved' }), '  ')).toBe(false);
    expect(canAdvance(testFlag({ stage: 'resolved' }), 'Fixed the batch; apologised')).toBe(true);
    expect(canAdvance(testFlag({ stage: 'reviewed', review: 'done' }), '')).toBe(false);
  });
});

describe('timelineSeries', () => {
  it('buckets 7 days of rollups, leaves unlabelled hours as gaps and places flag markers', () => {
    const now = at('2026-11-26T05:30:00Z');
    const series = timelineSeries([
      { watchId: 'w1', hour: '2026-11-26T05:00:00.000Z', mentions: 20, labelled: 10, negative: 4, positive: 1 },
      { watchId: 'w1', hour: '2026-11-26T03:00:00.000Z', mentions: 2, labelled: 0, negative: 0, positive: 0 },
      { watchId: 'w1', hour: '2026-11-10T03:00:00.000Z', mentions: 99, labelled: 0, negative: 0, positive: 0 },
    ], [testFlag({ raisedAt: '2026-11-26T05:10:00Z' }), testFlag({ id: 'old', raisedAt: '2026-11-01T00:00:00Z' })], now);
    expect(series.hours).toHaveLength(168);
    expect(series.hours.at(-1)).toBe('2026-11-26T05:00:00.000Z');
    expect(series.mentions.at(-1)).toBe(20);
    expect(series.negativeShare.at(-1)).toBe(40);
    expect(series.negativeShare.at(-3)).toBeNull();
    expect(series.total).toBe(22);
    expect(series.markers).toEqual([{ flagId: 'f1', level: 'orange', index: 167 }]);
  });
  it('sums the last 24 hours per watch', () => {
    const now = at('2026-11-26T05:30:00Z');
    const counts = mentionsLastDay([
      { watchId: 'a', hour: '2026-11-26T05:00:00.000Z', mentions: 3, labelled: 0, negative: 0, positive: 0 },
      { watchId: 'a', hour: '2026-11-25T06:00:00.000Z', mentions: 4, labelled: 0, negative: 0, positive: 0 },
      { watchId: 'a', hour: '2026-11-25T05:00:00.000Z', mentions: 50, labelled: 0, negative: 0, positive: 0 },
    ], now);
    expect(counts.get('a')).toBe(7);
  });
});

describe('watch form', () => {
  it('splits terms one per line, drops blanks and repeats', () => {
    expect(splitLines(' Acme \n艾可美\n\nacme\n#艾可美#\r\n')).toEqual(['Acme', '艾可美', '#艾可美#']);
  });
  it('validates name, terms and webhook scheme', () => {
    expect(draftProblems(EMPTY_DRAFT)).toEqual(['watch_errName', 'watch_errTerms']);
    expect(draftProblems({ ...EMPTY_DRAFT, name: 'A', terms: 'a', webhookUrl: 'http://hooks.example.com/x' })).toEqual(['watch_errWebhookHttps']);
    expect(draftProblems({ ...EMPTY_DRAFT, name: 'A', terms: 'a', webhookUrl: 'not a url' })).toEqual(['watch_errWebhookInvalid']);
    expect(draftProblems({ ...EMPTY_DRAFT, name: 'A', terms: 'a', webhookUrl: 'http://127.0.0.1:8080/hook' })).toEqual([]);
  });
  it('keeps id and createdAt when editing, drops an emptied webhook', () => {
    const first = watchFromDraft({ ...EMPTY_DRAFT, name: ' Acme ', terms: 'Acme', webhookUrl: 'https://h.example/x' }, undefined, '2026-01-01T00:00:00Z', () => 'id1');
    expect(first).toMatchObject({ id: 'id1', name: 'Acme', terms: ['Acme'], webhook: { url: 'https://h.example/x', format: 'slack' } });
    const edited = watchFromDraft({ ...EMPTY_DRAFT, name: 'Acme', terms: 'Acme\nACME Inc' }, first, '2026-02-01T00:00:00Z', () => 'id2');
    expect(edited).toMatchObject({ id: 'id1', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-02-01T00:00:00Z' });
    expect(edited.webhook).toBeUndefined();
  });
});

describe('routes', () => {
  it('parses and builds hashes', () => {
    expect(parseRoute('#watchlist')).toEqual({ view: 'watchlist' });
    expect(parseRoute('#flag=a%2Fb')).toEqual({ view: 'flag', flagId: 'a/b' });
    expect(parseRoute('')).toEqual({ view: 'crisis' });
    expect(parseRoute('#flag=')).toEqual({ view: 'crisis' });
    expect(routeHash({ view: 'flag', flagId: 'a/b' })).toBe('#flag=a%2Fb');
  });
});
