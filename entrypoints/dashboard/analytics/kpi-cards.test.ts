import { describe, expect, it } from 'vitest';
import { kpisFromStats, withShareOfVoice } from '../../../lib/analytics/kpis';
import { statsRow } from '../../../lib/analytics/test-stats';
import { kpiCards, percent, points } from './kpi-cards';

const hour = '2026-11-26T05:00:00.000Z';
const current = kpisFromStats([
  statsRow(hour, 'weibo', { posts: 4, comments: 30, engagedPosts: 3, engagement: 600, rateByViewsSum: 0.3, rateByViewsPosts: 2, positive: 6, neutral: 2, negative: 2 }),
  statsRow(hour, 'x', { posts: 1, comments: 0, engagedPosts: 0 }),
], []);
const previous = kpisFromStats([statsRow(hour, 'weibo', { posts: 4, comments: 0, engagedPosts: 1, engagement: 100, rateByViewsSum: 0.1, rateByViewsPosts: 1, positive: 1, negative: 1 })], []);
const byId = (cards: ReturnType<typeof kpiCards>) => new Map(cards.map((card) => [card.testId, card]));

describe('KPI cards', () => {
  it('shows each number with what it rests on', () => {
    const cards = byId(kpiCards({ current, previous, basis: 'views', watchChosen: false, locale: 'en' }));
    expect([...cards.keys()]).toEqual(['kpi-posts', 'kpi-comments', 'kpi-engagement', 'kpi-rate', 'kpi-net-sentiment', 'kpi-sov']);
    expect(cards.get('kpi-posts')).toMatchObject({ value: 5, text: '5' });
    expect(cards.get('kpi-engagement')).toMatchObject({ value: 600, text: '600', detail: 'from 3 of 5 posts' });
    expect(cards.get('kpi-rate')).toMatchObject({ value: 0.15, text: '15.0%', detail: 'by views · 2 of 5 posts' });
    expect(cards.get('kpi-net-sentiment')).toMatchObject({ value: 0.4, text: '+40.0%', detail: 'of 10 labelled' });
  });

  it('compares with the previous period: relative for counts, points for rates', () => {
    const cards = byId(kpiCards({ current, previous, basis: 'views', watchChosen: false, locale: 'en', previousLabel: ['Nov 12', 'Nov 18'] }));
    expect(cards.get('kpi-posts')!.change).toMatchObject({ delta: 1, text: '+25.0%', direction: 'up' });
    expect(cards.get('kpi-posts')!.change.title).toBe('Previous period (Nov 12 – Nov 18): 4');
    // From zero there is no relative change, only the difference.
    expect(cards.get('kpi-comments')!.change).toMatchObject({ delta: 30, text: '+30' });
    expect(cards.get('kpi-rate')!.change.delta).toBeCloseTo(0.05);
    expect(cards.get('kpi-rate')!.change.text).toBe('+5.0 pts');
    expect(cards.get('kpi-net-sentiment')!.change.text).toBe('+40.0 pts');
  });

  it('says unknown with a reason, never zero', () => {
    const empty = kpisFromStats([statsRow(hour, 'x', { posts: 2 })], []);
    const cards = byId(kpiCards({ current: empty, previous, basis: 'followers', watchChosen: false, locale: 'en' }));
    expect(cards.get('kpi-engagement')).toMatchObject({ value: undefined, text: '—' });
    expect(cards.get('kpi-engagement')!.title).toMatch(/^Unknown/);
    expect(cards.get('kpi-engagement')!.change).toMatchObject({ delta: undefined, text: '—', direction: 'none' });
    expect(cards.get('kpi-rate')).toMatchObject({ value: undefined, text: '—', detail: 'by followers · 0 of 2 posts' });
    expect(cards.get('kpi-rate')!.title).toContain('follower count');
    expect(cards.get('kpi-net-sentiment')!.title).toContain('sentiment label');
    expect(cards.get('kpi-sov')).toMatchObject({ value: undefined, text: '—', detail: 'pick a watch' });
  });

  it('shows share of voice once a watch is chosen, and no change for all time', () => {
    const withShare = withShareOfVoice(current, { value: 0.25, basis: 80 });
    const cards = byId(kpiCards({ current: withShare, previous: undefined, basis: 'views', watchChosen: true, locale: 'en' }));
    expect(cards.get('kpi-sov')).toMatchObject({ value: 0.25, text: '25.0%', detail: 'of 80 mentions of all watches' });
    expect(cards.get('kpi-sov')!.change).toMatchObject({ delta: undefined, text: '—' });
    expect(cards.get('kpi-sov')!.change.title).toContain('no previous period');
  });

  it("shows the own brand's share of voice when no watch is chosen, naming the brand", () => {
    const withShare = withShareOfVoice(current, { value: 0.6, basis: 50 });
    const cards = byId(kpiCards({ current: withShare, previous: undefined, basis: 'views', watchChosen: false, sovBrand: 'Lumina', locale: 'en' }));
    expect(cards.get('kpi-sov')).toMatchObject({ value: 0.6, text: '60.0%', detail: 'Lumina · of 50 mentions of all watches' });
  });

  it('formats in the UI language and keeps big numbers exact in the title', () => {
    expect(percent(0.1234, 'zh-CN')).toBe('12.3%');
    expect(points(-0.0123, 'en')).toBe('-1.2 pts');
    const big = kpisFromStats([statsRow(hour, 'weibo', { posts: 123_456 })], []);
    const posts = kpiCards({ current: big, previous: undefined, basis: 'views', watchChosen: false, locale: 'en' })[0]!;
    expect(posts.text).toBe('123K');
    expect(posts.title).toBe('Exactly 123,456');
  });
});
