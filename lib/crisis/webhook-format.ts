// The message bodies of the four chat webhooks. Scraped text is data: Slack's control characters are
// escaped, and for the others `<`/`>` are replaced so a post cannot carry an <at user_id="all"> tag.
// DingTalk robots with keyword security need a keyword in every message: "Earshot" is in each headline.
import type { Watch, WebhookFormat } from '../watch/types';
import { levelName, reasonText, type Translate } from './reason-text';
import type { CrisisFlag } from './types';

/** What a message says, before it is shaped for one service. */
export interface WebhookMessage {
  headline: string;
  lines: string[];
  link?: { text: string; url: string };
  footer?: string;
}

const EVIDENCE_CHARS = 140;
/** WeCom refuses text over 2048 bytes; the others allow far more. */
const WECOM_TEXT_BYTES = 2000;
/** Slack's limit for one section's text. */
const SLACK_SECTION_CHARS = 2900;

export function clip(text: string, chars: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const units = [...flat];
  return units.length > chars ? `${units.slice(0, chars - 1).join('')}…` : flat;
}

function clipBytes(text: string, bytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= bytes) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const size = encoder.encode(char).length;
    if (used + size > bytes - 3) break;
    out += char;
    used += size;
  }
  return `${out}…`;
}

const slackEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const plain = (text: string) => text.replace(/</g, '＜').replace(/>/g, '＞');
const isWebUrl = (url: string | undefined): url is string => typeof url === 'string' && /^https?:\/\//i.test(url);

function plainText({ headline, lines, link, footer }: WebhookMessage): string {
  const parts = [plain(headline), ...lines.map((line) => `• ${plain(line)}`)];
  if (link) parts.push(`${plain(link.text)}\n${link.url}`);
  if (footer) parts.push(plain(footer));
  return parts.join('\n');
}

function slackBody(message: WebhookMessage): object {
  const lines = message.lines.map((line) => `• ${slackEscape(line)}`);
  // A `|` or `>` would end Slack's <url|text> link early.
  const link = message.link && `<${message.link.url.replace(/\|/g, '%7C').replace(/>/g, '%3E')}|${slackEscape(message.link.text).replace(/\|/g, '¦')}>`;
  const section = [`*${slackEscape(message.headline)}*`, ...lines, ...(link ? [link] : [])].join('\n');
  const blocks: object[] = [{ type: 'section', text: { type: 'mrkdwn', text: section.length > SLACK_SECTION_CHARS ? `${section.slice(0, SLACK_SECTION_CHARS)}…` : section } }];
  if (message.footer) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: slackEscape(message.footer) }] });
  return { text: slackEscape(message.headline), blocks };
}

export function webhookBody(format: WebhookFormat, message: WebhookMessage): object {
  switch (format) {
    case 'slack':
      return slackBody(message);
    case 'feishu':
      return { msg_type: 'text', content: { text: plainText(message) } };
    case 'dingtalk':
      return { msgtype: 'text', text: { content: plainText(message) } };
    case 'wecom':
      return { msgtype: 'text', text: { content: clipBytes(plainText(message), WECOM_TEXT_BYTES) } };
  }
}

export function flagMessage(flag: CrisisFlag, watch: Pick<Watch, 'name'>, t: Translate): WebhookMessage {
  const level = levelName(flag.level, t);
  const headlineText = t('radar_webhookFlag', level, watch.name);
  const evidence = flag.evidence.find((item) => isWebUrl(item.url)) ?? flag.evidence[0];
  const evidenceLabel = t('radar_webhookEvidence');
  const footer = t('radar_webhookOpen', flag.id);
  return {
    headline: headlineText && headlineText !== 'radar_webhookFlag' ? headlineText : `[Earshot] ${level} · ${watch.name}`,
    lines: flag.reasons.slice(0, 6).map((reason) => reasonText(reason, t)),
    link: evidence && isWebUrl(evidence.url)
      ? { text: `${evidenceLabel && evidenceLabel !== 'radar_webhookEvidence' ? evidenceLabel : 'Top evidence'}: ${clip(evidence.text, EVIDENCE_CHARS)}`, url: evidence.url }
      : undefined,
    footer: footer && footer !== 'radar_webhookOpen' ? footer : `Earshot flag ${flag.id}`,
  };
}

export function testMessage(watchName: string, t: Translate): WebhookMessage {
  const text = t('radar_webhookTest', watchName);
  return { headline: text && text !== 'radar_webhookTest' ? text : `[Earshot] Test message for "${watchName}": this webhook works.`, lines: [] };
}
