import { describe, expect, it } from 'vitest';
import { findCoordinated, jaccard, type CoordinationInput } from './coordinated';

const T0 = Date.UTC(2026, 0, 5, 9);
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
const SCRIPT = '这个品牌的产品质量太差了，大家千万不要买，已经有很多人中招了';

function posts(texts: string[], opts: { authors?: (i: number) => string; minutes?: (i: number) => number; prefix?: string } = {}): CoordinationInput[] {
  const { authors = (i) => `u${i}`, minutes = (i) => i * 2, prefix = 'c' } = opts;
  return texts.map((text, i) => ({ id: `${prefix}${i}`, authorId: authors(i), text, at: at(minutes(i)) }));
}

describe('findCoordinated', () => {
  it('finds the same text from six accounts within minutes, despite punctuation, emoji and @handles', () => {
    const variants = [SCRIPT, `${SCRIPT}！！`, `@小王 ${SCRIPT}`, `${SCRIPT} 😡`, SCRIPT.replace('，', ' '), `${SCRIPT}。`];
    const clusters = findCoordinated([...posts(variants), ...posts(['今天天气不错，出去走走吧朋友们'], { prefix: 'x', authors: () => 'other' })]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].memberIds).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5']);
    expect(clusters[0].authors).toBe(6);
    expect(clusters[0].peakAuthors).toBe(6);
    expect(clusters[0].start).toBe(at(0));
    expect(clusters[0].end).toBe(at(10));
    expect(clusters[0].text).toBe(SCRIPT);
  });

  it('joins near-identical texts (one word changed) at Jaccard ≥ 0.8', () => {
    const long = `${SCRIPT}，反映了好几次客服都不管，真的太让人失望了，退钱`;
    const edited = [long, long.replace('很多', '好多'), long.replace('千万', '一定'), long.replace('大家', '各位'), long.replace('太差', '很差')];
    const clusters = findCoordinated(posts(edited));
    expect(clusters).toHaveLength(1);
    expect(clusters[0].memberIds).toHaveLength(5);
  });

  it('keeps texts below the similarity apart', () => {
    const other = ['这个品牌的衣服质量真不错，大家可以放心买，我已经回购很多次了', '这个品牌的鞋子质量一般般，大家自己看着买吧，我不推荐也不反对'];
    expect(findCoordinated(posts([...Array(3).fill(SCRIPT), ...other]))).toEqual([]);
  });

  it('needs five distinct accounts: one account pasting six times is not a cluster', () => {
    expect(findCoordinated(posts(Array(6).fill(SCRIPT), { authors: () => 'same' }))).toEqual([]);
    expect(findCoordinated(posts(Array(4).fill(SCRIPT)))).toEqual([]);
    expect(findCoordinated(posts(Array(8).fill(SCRIPT), { authors: (i) => `u${i % 4}` }))).toEqual([]);
  });

  it('needs them within the span: the same text over six hours is not a burst', () => {
    expect(findCoordinated(posts(Array(6).fill(SCRIPT), { minutes: (i) => i * 60 }))).toEqual([]);
    // five of eight inside 30 minutes is enough, and the cluster keeps all eight
    const mixed = findCoordinated(posts(Array(8).fill(SCRIPT), { minutes: (i) => (i < 5 ? i * 5 : 200 + i * 60) }));
    expect(mixed).toHaveLength(1);
    expect(mixed[0].peakAuthors).toBe(5);
    expect(mixed[0].memberIds).toHaveLength(8);
  });

  it('skips short everyday texts that everyone writes', () => {
    expect(findCoordinated(posts(Array(10).fill('哈哈哈哈哈')))).toEqual([]);
    expect(findCoordinated(posts(Array(10).fill('+1 +1')))).toEqual([]);
  });

  it('keeps different texts apart, and skips items without a time or author', () => {
    const texts = Array.from({ length: 10 }, (_, i) => `第${i}条评论，内容完全不同：${'甲乙丙丁戊己庚辛壬癸'.slice(i)}${i * 7919}`);
    expect(findCoordinated(posts(texts))).toEqual([]);
    const broken = posts(Array(6).fill(SCRIPT)).map((p, i) => (i < 2 ? { ...p, at: 'not a time' } : p));
    expect(findCoordinated(broken)).toEqual([]);
  });

  it('finds clusters among many texts in near-linear time', () => {
    const noise = Array.from({ length: 20_000 }, (_, i) => `用户${i}说：今天买的东西编号${(i * 2654435761) % 1_000_003}，感觉${i % 3 ? '还行' : '一般'}`);
    const scripted = Array.from({ length: 200 }, (_, i) => `${SCRIPT}${i % 2 ? '！' : ''}`);
    const items = [...posts(noise, { minutes: (i) => i % 600 }), ...posts(scripted, { prefix: 's', minutes: (i) => 100 + (i % 20) })];
    const started = performance.now();
    const clusters = findCoordinated(items);
    const ms = performance.now() - started;
    expect(clusters).toHaveLength(1);
    expect(clusters[0].memberIds).toHaveLength(200);
    expect(ms).toBeLessThan(5000);
  });
});

describe('jaccard', () => {
  it('is shared over all', () => {
    expect(jaccard(new Set([1, 2, 3]), new Set([2, 3, 4]))).toBeCloseTo(0.5);
    expect(jaccard(new Set(), new Set())).toBe(1);
  });
});
