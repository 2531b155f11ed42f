// Tests only: a flag with every field, and a watch, shaped like what the runtime stores.
import type { Watch } from '../watch/types';
import type { CrisisFlag } from './types';

export function testFlag(overrides: Partial<CrisisFlag> = {}): CrisisFlag {
  return {
    id: 'f1', watchId: 'w1', level: 'orange', peakLevel: 'orange', types: ['price_refund'], stage: 'identified',
    reasons: [
      { signal: 'negative_share', value: 0.62, threshold: 0.4 },
      { signal: 'volume_z', value: 3.4, threshold: 3 },
    ],
    evidence: [{ recordId: 'weibo:1', kind: 'post', platform: 'weibo', text: 'Acme 退款难 <at user_id="all">all</at>', url: 'https://weibo.com/1/abc', likes: 900, authorName: '消费者' }],
    raisedAt: '2026-11-26T12:05:00.000Z', updatedAt: '2026-11-26T12:05:00.000Z', levelChangedAt: '2026-11-26T12:05:00.000Z',
    quietWindows: 0, respondBy: '2026-11-26T13:05:00.000Z',
    history: [{ at: '2026-11-26T12:05:00.000Z', event: 'raised', to: 'orange' }],
    ...overrides,
  };
}

export function testWatch(overrides: Partial<Watch> = {}): Watch {
  return {
    id: 'w1', name: 'Acme', kind: 'brand', terms: ['acme'], exclude: [], platforms: [], sensitivity: 'medium',
    createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', ...overrides,
  };
}
