// The WeChat adapter under fuzzing (tests/fuzz.ts): cut and scrambled article pages, broken count replies.
import { expect, it } from 'vitest';
import { fuzzDocuments, fuzzResponses } from '../../tests/fuzz';
import { describeShared, projectFixture, readSharedFixture } from '../../tests/shared-fixtures';
import { wechatAdapter } from './wechat';

const STATS_URL = 'https://mp.weixin.qq.com/mp/getappmsgext?f=json&__biz=MzA5NjAwMDAwMA==&mid=2650000001&sn=0a1b2c3d&idx=2';
const PAGE_URL = 'https://mp.weixin.qq.com/s?src=11&timestamp=1523093953&ver=1&signature=sogou-temp-link';

it('WeChat: own fixtures, 2,000 broken count replies and 600 cut pages, no throw and no malformed record', () => {
  const responses = fuzzResponses(wechatAdapter, [{ url: STATS_URL, body: JSON.parse(projectFixture('wechat/getappmsgext_small.json')) }], 2000, 5);
  expect(responses.slice(0, 5)).toEqual([]);
  const pages = fuzzDocuments(wechatAdapter, [{ url: 'https://mp.weixin.qq.com/s/AbCdEfGh12345678', html: projectFixture('wechat/article_small.html') }], 600, 5);
  expect(pages.slice(0, 5)).toEqual([]);
}, 30_000);

describeShared('WeChat adapter under fuzzing', () => {
  it('the three 2018 article pages, cut and scrambled 90 times (happy-dom parses ~160 KB per variant)', () => {
    const samples = ['backgroud-image', 'mpvoice', 'qqmusic'].map((name) => ({
      url: PAGE_URL,
      html: readSharedFixture(`wechat/mp_weixin_article_${name}_2018.html`),
    }));
    expect(fuzzDocuments(wechatAdapter, samples, 90, 9).slice(0, 5)).toEqual([]);
  }, 60_000);
});
