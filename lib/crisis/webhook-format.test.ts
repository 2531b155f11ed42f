import { describe, expect, it } from 'vitest';
import { testFlag, testWatch } from './test-flags';
import { tChinese, tEnglish } from './test-translate';
import { flagMessage, testMessage, webhookBody } from './webhook-format';

const flag = testFlag({ level: 'red', reasons: [{ signal: 'hot_list', value: 3, threshold: 1, detail: 'weibo #2' }, { signal: 'volume_z', value: 4.256, threshold: 3 }] });
const message = flagMessage(flag, testWatch({ name: 'Acme <Corp>' }), tEnglish);

describe('flagMessage', () => {
  it('says level, watch, each reason with value and threshold, and links the top evidence', () => {
    expect(message).toEqual({
      headline: '[Earshot] Red (I) · Acme <Corp>',
      lines: ['On a hot list: 3 (threshold 1) · weibo #2', 'Mention volume (z): 4.26 (threshold 3)'],
      link: { text: 'Top evidence: Acme 退款难 <at user_id="all">all</at>', url: 'https://weibo.com/1/abc' },
      footer: 'Open in the Earshot dashboard: flag f1',
    });
    expect(flagMessage(flag, testWatch(), tChinese).headline).toBe('【听风 Earshot】红色（I 级 特别严重） · Acme');
  });

  it('leaves out evidence that has no web link', () => {
    const noLink = testFlag({ evidence: [{ recordId: 'x', kind: 'comment', platform: 'x', text: 'hi', url: 'javascript:alert(1)' }] });
    expect(flagMessage(noLink, testWatch(), tEnglish).link).toBeUndefined();
  });
});

describe('webhookBody', () => {
  it('Slack: text plus a mrkdwn section, with scraped text escaped', () => {
    const body = webhookBody('slack', message) as { text: string; blocks: { type: string; text?: { text: string } }[] };
    expect(body.text).toBe('[Earshot] Red (I) · Acme &lt;Corp&gt;');
    const section = body.blocks[0].text!.text;
    expect(section).toContain('*[Earshot] Red (I) · Acme &lt;Corp&gt;*');
    expect(section).toContain('• On a hot list: 3 (threshold 1) · weibo #2');
    expect(section).toContain('<https://weibo.com/1/abc|Top evidence: Acme 退款难 &lt;at user_id="all"&gt;all&lt;/at&gt;>');
    expect(body.blocks[1]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Open in the Earshot dashboard: flag f1' }] });
  });

  it('Feishu, DingTalk and WeCom: their text message shapes, with no markup from scraped text', () => {
    const feishu = webhookBody('feishu', message) as { msg_type: string; content: { text: string } };
    expect(feishu.msg_type).toBe('text');
    expect(feishu.content.text).toBe([
      '[Earshot] Red (I) · Acme ＜Corp＞',
      '• On a hot list: 3 (threshold 1) · weibo #2',
      '• Mention volume (z): 4.26 (threshold 3)',
      'Top evidence: Acme 退款难 ＜at user_id="all"＞all＜/at＞\nhttps://weibo.com/1/abc',
      'Open in the Earshot dashboard: flag f1',
    ].join('\n'));
    expect(webhookBody('dingtalk', message)).toEqual({ msgtype: 'text', text: { content: feishu.content.text } });
    expect(webhookBody('wecom', message)).toEqual({ msgtype: 'text', text: { content: feishu.content.text } });
  });

  it('WeCom: keeps the text under its 2048-byte limit', () => {
    const long = { headline: 'h', lines: Array.from({ length: 200 }, () => '负面占比上升很多很多') };
    const { text } = webhookBody('wecom', long) as { text: { content: string } };
    expect(new TextEncoder().encode(text.content).length).toBeLessThanOrEqual(2000);
    expect(text.content.endsWith('…')).toBe(true);
  });

  it('test message names the watch', () => {
    expect(webhookBody('dingtalk', testMessage('Acme', tEnglish))).toEqual({ msgtype: 'text', text: { content: '[Earshot] Test message for “Acme”: this webhook works.' } });
  });
});
