import { expect, it } from 'vitest';
import { describeShared } from '../../tests/shared-fixtures';
import { hasSentimentData, SENTIMENT_SETS } from '../../tests/eval/sentiment-sets';
import { analyze } from '.';

// A quick guard on real labelled text (held-out parts only); the full table is `npm run eval:sentiment`.
const accuracy = (name: string, limit: number) => {
  const set = SENTIMENT_SETS.find(s => s.name === name)!;
  const rows = set.load().test.slice(0, limit);
  return rows.filter(r => (analyze(r.text).score > 0) === (r.label === 'positive')).length / rows.length;
};

describeShared('sentiment on held-out labelled sets', () => {
  it.skipIf(!hasSentimentData)('gets Weibo posts and Chinese product reviews right most of the time', () => {
    expect(accuracy('weibo_senti_100k', 2000)).toBeGreaterThan(0.9);
    expect(accuracy('online_shopping_10_cats', 2000)).toBeGreaterThan(0.88);
  });
  it.skipIf(!hasSentimentData)('beats a coin by far on English movie sentences', () => {
    expect(accuracy('sst_binary', 1000)).toBeGreaterThan(0.65);
  });
});
