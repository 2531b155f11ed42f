import { describe, expect, it } from 'vitest';
import { captureMessage, weiboComment, weiboPost, weiboTrend, xPost } from './test-records';
import { MAX_BATCH_RECORDS, validateRuntimeMessage } from './validate-message';

function rejection(message: unknown): string {
  const result = validateRuntimeMessage(message);
  if (result.ok) throw new Error('expected the message to be rejected');
  return result.error;
}

/** A batch whose one record is `record` (used to hit each record-level rejection path). */
const withRecord = (record: unknown) => captureMessage({ records: [weiboPost(), record as never] });

describe('validateRuntimeMessage: accepted', () => {
  it('accepts a well-formed batch of posts, comments and trends', () => {
    const message = captureMessage({ records: [weiboPost(), weiboComment(), xPost(), weiboTrend()] });
    expect(validateRuntimeMessage(message)).toEqual({ ok: true, message });
  });

  it('accepts optional fields left undefined (structured clone keeps such keys)', () => {
    const post = { ...weiboPost(), title: undefined, metrics: { likes: 1, views: undefined } };
    expect(validateRuntimeMessage(withRecord(post)).ok).toBe(true);
  });

  it('accepts an empty batch carrying only health counters', () => {
    const message = captureMessage({ records: [], health: [{ adapter: 'x', items: 0, errors: 2, skipped: 1, lastError: 'TypeError: x is undefined' }] });
    expect(validateRuntimeMessage(message).ok).toBe(true);
  });
});

describe('validateRuntimeMessage: envelope', () => {
  it('rejects non-objects and unknown types', () => {
    expect(rejection(null)).toMatch(/must be an object/);
    expect(rejection('collector:capture')).toMatch(/must be an object/);
    expect(rejection({ type: 'popup:delete-everything' })).toMatch(/unknown message type "popup:delete-everything"/);
    expect(rejection({})).toMatch(/unknown message type undefined/);
  });

  it('checks batchId', () => {
    expect(rejection(captureMessage({ batchId: '' }))).toMatch(/batchId must not be empty/);
    expect(rejection(captureMessage({ batchId: 'b'.repeat(101) }))).toMatch(/batchId is too long/);
    expect(rejection(captureMessage({ batchId: 42 as never }))).toMatch(/batchId must be a string/);
  });

  it('checks pageUrl is http(s)', () => {
    expect(rejection(captureMessage({ pageUrl: 'javascript:alert(1)' }))).toMatch(/pageUrl must be an http\(s\) URL/);
    expect(rejection(captureMessage({ pageUrl: 'weibo.com/u/1' }))).toMatch(/pageUrl must be a URL/);
  });

  it('checks records is an array of at most 2000', () => {
    expect(rejection(captureMessage({ records: {} as never }))).toMatch(/records must be an array/);
    const tooMany = Array.from({ length: MAX_BATCH_RECORDS + 1 }, () => weiboPost());
    expect(rejection(captureMessage({ records: tooMany }))).toMatch(/records has too many entries \(2001 > 2000\)/);
  });

  it('refuses unknown top-level fields', () => {
    expect(rejection({ ...captureMessage(), tabId: 3 })).toMatch(/tabId is not a known field/);
  });

  it('checks health deltas', () => {
    expect(rejection(captureMessage({ health: undefined as never }))).toMatch(/health must be an array/);
    expect(rejection(captureMessage({ health: [{ adapter: 'weibo', items: -1, errors: 0, skipped: 0 }] }))).toMatch(/health\[0\]\.items must be a non-negative integer/);
    expect(rejection(captureMessage({ health: [{ adapter: '', items: 1, errors: 0, skipped: 0 }] }))).toMatch(/health\[0\]\.adapter must not be empty/);
    expect(rejection(captureMessage({ health: [{ adapter: 'x', items: 1, errors: 0.5, skipped: 0 }] }))).toMatch(/health\[0\]\.errors/);
    expect(rejection(captureMessage({ health: [{ adapter: 'x', items: 1, errors: 0, skipped: 0, extra: 1 } as never] }))).toMatch(/health\[0\]\.extra is not a known field/);
  });
});

describe('validateRuntimeMessage: records (first bad record and field are named)', () => {
  it('names the record index, its id and the field', () => {
    const error = rejection(withRecord(weiboComment({ metrics: { likes: -3 } })));
    expect(error).toBe('invalid collector:capture: records[1] ("weibo:5045261712492108") metrics.likes must be a non-negative integer, got -3');
  });

  it.each([
    ['kind', { ...weiboPost(), kind: 'repost' }, /records\[1\].* kind must be one of post\|comment\|trend/],
    ['platform', { ...weiboPost(), platform: 'myspace' }, /platform must be one of/],
    ['id prefix', weiboPost({ id: 'x:4383183661430868' }), /id must look like "weibo:<native id>"/],
    ['bare id prefix', weiboPost({ id: 'weibo:' }), /id must look like/],
    ['capturedAt', weiboPost({ capturedAt: 'Fri Jun 14 20:16:05 +0800 2024' }), /capturedAt must be an ISO-8601 time/],
    ['createdAt', weiboPost({ createdAt: '06-14' }), /createdAt must be an ISO-8601 time/],
    ['missing author', { ...weiboPost(), author: undefined }, /author must be an object/],
    ['author name', weiboPost({ author: { id: 'weibo:1', platform: 'weibo' } as never }), /author\.name must be a string/],
    ['author id', weiboPost({ author: { id: '', platform: 'weibo', name: 'a' } }), /author\.id must not be empty/],
    ['author platform', weiboPost({ author: { id: 'weibo:1', platform: 'orkut', name: 'a' } as never }), /author\.platform must be one of/],
    ['author followers', weiboPost({ author: { id: 'weibo:1', platform: 'weibo', name: 'a', followers: 1.5 } }), /author\.followers must be a non-negative integer/],
    ['author verified', weiboPost({ author: { id: 'weibo:1', platform: 'weibo', name: 'a', verified: 'yes' } as never }), /author\.verified must be a boolean/],
    ['text type', weiboPost({ text: 12 as never }), /text must be a string/],
    ['text length', weiboPost({ text: '啊'.repeat(100_001) }), /text is too long \(100001 > 100000 chars\)/],
    ['metrics type', weiboPost({ metrics: [] as never }), /metrics must be an object, got an array/],
    ['metrics NaN', weiboPost({ metrics: { likes: Number.NaN } }), /metrics\.likes must be a non-negative integer/],
    ['metrics Infinity', weiboPost({ metrics: { views: Number.POSITIVE_INFINITY } }), /metrics\.views must be a non-negative integer/],
    ['metrics string', weiboPost({ metrics: { shares: '100万+' } as never }), /metrics\.shares must be a non-negative integer, got "100万\+"/],
    ['metrics unknown', weiboPost({ metrics: { retweets: 3 } as never }), /metrics\.retweets is not a known field/],
    ['metrics null', weiboPost({ metrics: { likes: null } as never }), /metrics\.likes must be a non-negative integer, got null/],
    ['comment postId', { ...weiboComment(), postId: undefined }, /postId must be a string/],
    ['comment parentId', weiboComment({ parentId: 'x:1' }), /parentId must look like "weibo:<native id>"/],
    ['post url', { ...weiboPost(), url: undefined }, /records\[1\].* url must be a string/],
    ['post url scheme', weiboPost({ url: 'file:///etc/passwd' }), /url must be an http\(s\) URL/],
    ['trend url', { ...weiboTrend(), url: undefined }, /url must be a string/],
    ['trend rank', weiboTrend({ rank: -1 }), /rank must be a non-negative integer/],
    ['trend title', weiboTrend({ title: '' }), /title must not be empty/],
    ['source', weiboPost({ source: 'guess' as never }), /source must be one of api\|embedded\|dom/],
    ['media', weiboPost({ media: 'gif' as never }), /media must be one of/],
    ['stored-only field', { ...weiboPost(), firstSeenAt: '2020-01-01T00:00:00.000Z' }, /firstSeenAt is not a known field/],
    ['record not an object', 'weibo:1', /records\[1\] record must be an object/],
  ])('rejects a bad %s', (_name, record, expected) => {
    expect(rejection(withRecord(record))).toMatch(expected);
  });

  it('reports the FIRST bad record', () => {
    const message = captureMessage({ records: [weiboPost(), weiboPost({ text: 1 as never }), weiboPost({ url: 'nope' })] });
    expect(rejection(message)).toMatch(/^invalid collector:capture: records\[1\] .*text must be a string/);
  });
});

describe('validateRuntimeMessage: popup:correct-sentiment', () => {
  const correction = (overrides: Record<string, unknown> = {}) => ({ type: 'popup:correct-sentiment', recordId: 'weibo:5045261712492108', label: 'negative', ...overrides });

  it('accepts each label, and null (remove the correction)', () => {
    for (const label of ['positive', 'neutral', 'negative', null]) {
      const message = correction({ label });
      expect(validateRuntimeMessage(message)).toEqual({ ok: true, message });
    }
  });

  it('rejects a missing or unknown label', () => {
    expect(rejection(correction({ label: undefined }))).toMatch(/label must be one of positive\|neutral\|negative/);
    expect(rejection(correction({ label: 'angry' }))).toMatch(/label must be one of/);
    expect(rejection(correction({ label: 1 }))).toMatch(/label must be one of/);
  });

  it('rejects a record id that is not "<platform>:<id>", empty, or too long', () => {
    expect(rejection(correction({ recordId: '5045261712492108' }))).toMatch(/recordId must be "<platform>:<id>"/);
    expect(rejection(correction({ recordId: 'weibo:' }))).toMatch(/recordId must be "<platform>:<id>"/);
    expect(rejection(correction({ recordId: '' }))).toMatch(/recordId must not be empty/);
    expect(rejection(correction({ recordId: `weibo:${'1'.repeat(400)}` }))).toMatch(/recordId is too long/);
    expect(rejection(correction({ recordId: 7 }))).toMatch(/recordId must be a string/);
  });

  it('rejects extra fields (a forged message cannot slip more in)', () => {
    expect(rejection(correction({ at: '2024-06-14T12:00:00.000Z' }))).toMatch(/invalid popup:correct-sentiment: at is not a known field/);
  });

  it('does not take an inherited property name as a message type', () => {
    expect(rejection({ type: 'toString' })).toMatch(/unknown message type "toString"/);
  });
});
