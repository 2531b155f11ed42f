// A watch as the dashboard sends it, checked field by field before it is stored: it comes over the
// runtime message channel, and what is stored here drives matching, flags and outgoing webhooks.
import { checkWebhookUrl } from '../crisis/webhook-url';
import { PLATFORMS, type Platform } from '../model';
import { InvalidField, requireIsoTime, requireKnownKeys, requireObject, requireOneOf, requireString, type Fields } from '../validate-fields';
import type { Sensitivity, Watch, WatchKind, WatchWebhook, WebhookFormat } from './types';

export const MAX_WATCH_NAME = 100;
export const MAX_TERMS = 100;
export const MAX_TERM_LENGTH = 100;
const MAX_ID = 100;
const MAX_WEBHOOK_URL = 2048;
const KINDS: readonly WatchKind[] = ['brand', 'competitor'];
const SENSITIVITIES: readonly Sensitivity[] = ['low', 'medium', 'high'];
const FORMATS: readonly WebhookFormat[] = ['slack', 'feishu', 'dingtalk', 'wecom'];
const WATCH_KEYS = new Set(['id', 'name', 'kind', 'terms', 'exclude', 'platforms', 'sensitivity', 'webhook', 'createdAt', 'updatedAt']);
const WEBHOOK_KEYS = new Set(['url', 'format']);

function requireNonBlank(value: unknown, field: string, maxLength: number): string {
  const text = requireString(value, field, maxLength, { nonEmpty: true });
  if (!text.trim()) throw new InvalidField(field, 'must not be blank');
  return text;
}

function requireTerms(value: unknown, field: string, minCount: number): string[] {
  if (!Array.isArray(value)) throw new InvalidField(field, 'must be an array of strings');
  if (value.length < minCount) throw new InvalidField(field, `needs at least ${minCount} term`);
  if (value.length > MAX_TERMS) throw new InvalidField(field, `has too many terms (${value.length} > ${MAX_TERMS})`);
  return value.map((term, index) => requireNonBlank(term, `${field}[${index}]`, MAX_TERM_LENGTH));
}

function requirePlatforms(value: unknown, field: string): Platform[] {
  if (!Array.isArray(value)) throw new InvalidField(field, 'must be an array of platforms');
  const platforms = value.map((platform, index) => requireOneOf(platform, PLATFORMS, `${field}[${index}]`));
  if (new Set(platforms).size !== platforms.length) throw new InvalidField(field, 'lists a platform twice');
  return platforms;
}

function requireWebhook(value: unknown, field: string): WatchWebhook {
  const webhook = requireObject(value, field);
  requireKnownKeys(webhook, WEBHOOK_KEYS, field);
  const url = requireString(webhook.url, `${field}.url`, MAX_WEBHOOK_URL, { nonEmpty: true });
  const check = checkWebhookUrl(url);
  if (!check.ok) throw new InvalidField(`${field}.url`, check.error.replace(/^the webhook address /, ''));
  return { url, format: requireOneOf(webhook.format, FORMATS, `${field}.format`) };
}

/** The watch, rebuilt from checked fields only; throws InvalidField naming the first bad one. */
export function validateWatch(value: unknown, field = 'watch'): Watch {
  const object: Fields = requireObject(value, field);
  requireKnownKeys(object, WATCH_KEYS, field);
  const watch: Watch = {
    id: requireNonBlank(object.id, `${field}.id`, MAX_ID),
    name: requireNonBlank(object.name, `${field}.name`, MAX_WATCH_NAME),
    kind: requireOneOf(object.kind, KINDS, `${field}.kind`),
    terms: requireTerms(object.terms, `${field}.terms`, 1),
    exclude: requireTerms(object.exclude, `${field}.exclude`, 0),
    platforms: requirePlatforms(object.platforms, `${field}.platforms`),
    sensitivity: requireOneOf(object.sensitivity, SENSITIVITIES, `${field}.sensitivity`),
    createdAt: requireIsoTime(object.createdAt, `${field}.createdAt`),
    updatedAt: requireIsoTime(object.updatedAt, `${field}.updatedAt`),
  };
  if (object.webhook !== undefined) watch.webhook = requireWebhook(object.webhook, `${field}.webhook`);
  return watch;
}
