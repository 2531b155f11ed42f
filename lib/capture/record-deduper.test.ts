import { describe, expect, it } from 'vitest';
import type { Post } from '../model';
import { RecordDeduper, recordFingerprint } from './record-deduper';

function post(id: string, likes: number, capturedAt = '2024-05-01T00:00:00.000Z'): Post {
  return {
    id: `weibo:${id}`, platform: 'weibo', kind: 'post', url: `https://weibo.com/1/${id}`,
    author: { id: 'weibo:1', platform: 'weibo', name: '听风' }, text: '新品发布', media: 'text',
    metrics: { likes }, capturedAt, source: 'api',
  };
}

describe('RecordDeduper', () => {
  it('passes a record once, and again only when its content changes', () => {
    const deduper = new RecordDeduper();
    expect(deduper.fresh([post('1', 5), post('2', 1)])).toHaveLength(2);
    expect(deduper.fresh([post('1', 5, '2024-05-01T00:01:00.000Z')])).toEqual([]);
    expect(deduper.fresh([post('1', 6)])).toEqual([post('1', 6)]);
  });

  it('drops repeats inside one call', () => {
    expect(new RecordDeduper().fresh([post('1', 5), post('1', 5)])).toHaveLength(1);
  });

  it('does not bounce between two views of the same record (API and DOM)', () => {
    const deduper = new RecordDeduper();
    const fromDom = { ...post('1', 5), source: 'dom' as const };
    deduper.fresh([post('1', 5)]);
    deduper.fresh([fromDom]);
    expect(deduper.fresh([post('1', 5), fromDom])).toEqual([]);
  });

  it('forgets the oldest entries past its limit', () => {
    const deduper = new RecordDeduper(2);
    deduper.fresh([post('1', 1), post('2', 1), post('3', 1)]);
    expect(deduper.fresh([post('1', 1)])).toHaveLength(1);
    expect(deduper.fresh([post('3', 1)])).toEqual([]);
  });

  it('fingerprints ignore key order and capture time, not content', () => {
    const { metrics, ...rest } = post('1', 5, '2030-01-01T00:00:00.000Z');
    const reordered = { metrics, ...rest };
    expect(Object.keys(reordered)[0]).toBe('metrics');
    expect(recordFingerprint(reordered)).toBe(recordFingerprint(post('1', 5)));
    expect(recordFingerprint({ ...post('1', 5), text: '新品发布!' })).not.toBe(recordFingerprint(post('1', 5)));
  });
});

describe('RecordDeduper and the DOM fallback', () => {
  it('drops a DOM reading of an item the API already gave, but keeps DOM-only items', () => {
    const deduper = new RecordDeduper();
    const fromApi = post('1', 1234);
    const fromDom = { ...post('1', 1200), source: 'dom' as const };
    const domOnly = { ...post('2', 7), source: 'dom' as const };
    expect(deduper.fresh([fromApi])).toHaveLength(1);
    expect(deduper.fresh([fromDom, domOnly]).map((r) => r.id)).toEqual(['weibo:2']);
  });
});
