// Strict shape check of one captured record (lib/model.ts). The collector only sends adapter output,
// so a record that fails here is a bug or a forgery.
import { PLATFORMS, type CapturedRecord, type Platform } from './model';
import {
  InvalidField, MAX_SHORT_TEXT, optional, requireCount, requireHttpUrl, requireIsoTime, requireKnownKeys,
  requireObject, requireOneOf, requireString, type Fields,
} from './validate-fields';

export const MAX_TEXT_LENGTH = 100_000;
const MAX_ID_LENGTH = 512;
const KINDS = ['post', 'comment', 'trend'] as const;
const SOURCES = ['api', 'embedded', 'dom'] as const;
const MEDIA = ['text', 'image', 'video', 'link', 'article'] as const;
const METRIC_KEYS = new Set(['likes', 'comments', 'shares', 'views', 'saves', 'replies']);
const AUTHOR_KEYS = new Set(['id', 'platform', 'name', 'handle', 'url', 'followers', 'verified', 'location']);
const BASE_KEYS = ['kind', 'id', 'platform', 'capturedAt'];
const KEYS_BY_KIND = {
  post: new Set([...BASE_KEYS, 'url', 'author', 'text', 'title', 'byline', 'media', 'createdAt', 'metrics', 'source', 'lang']),
  comment: new Set([...BASE_KEYS, 'postId', 'parentId', 'url', 'author', 'text', 'createdAt', 'metrics', 'source', 'lang']),
  trend: new Set([...BASE_KEYS, 'rank', 'title', 'heat', 'url']),
};

const shortText = (value: unknown, field: string) => requireString(value, field, MAX_SHORT_TEXT);

function requirePlatformId(value: unknown, platform: Platform, field: string): string {
  const id = requireString(value, field, MAX_ID_LENGTH);
  if (!id.startsWith(`${platform}:`) || id.length === platform.length + 1) {
    throw new InvalidField(field, `must look like "${platform}:<native id>", got ${JSON.stringify(id.slice(0, 60))}`);
  }
  return id;
}

function checkMetrics(value: unknown, field: string): void {
  const metrics = requireObject(value, field);
  requireKnownKeys(metrics, METRIC_KEYS, field);
  for (const key of METRIC_KEYS) optional(metrics, key, field, requireCount);
}

function checkAuthor(value: unknown, field: string): void {
  const author = requireObject(value, field);
  requireKnownKeys(author, AUTHOR_KEYS, field);
  requireString(author.id, `${field}.id`, MAX_ID_LENGTH, { nonEmpty: true });
  requireOneOf(author.platform, PLATFORMS, `${field}.platform`);
  requireString(author.name, `${field}.name`, MAX_SHORT_TEXT);
  optional(author, 'handle', field, shortText);
  optional(author, 'url', field, requireHttpUrl);
  optional(author, 'followers', field, requireCount);
  optional(author, 'verified', field, (flag, name) => {
    if (typeof flag !== 'boolean') throw new InvalidField(name, 'must be a boolean');
  });
  optional(author, 'location', field, shortText);
}

/** Fields shared by posts and comments: who wrote what, its counts, and where the adapter read it. */
function checkWriting(record: Fields): void {
  checkAuthor(record.author, 'author');
  requireString(record.text, 'text', MAX_TEXT_LENGTH);
  checkMetrics(record.metrics, 'metrics');
  requireOneOf(record.source, SOURCES, 'source');
  optional(record, 'createdAt', '', requireIsoTime);
  optional(record, 'lang', '', (lang, name) => requireString(lang, name, 35, { nonEmpty: true }));
}

/** Throws InvalidField (field path relative to the record) on the first problem. */
export function checkRecord(value: unknown): asserts value is CapturedRecord {
  const record = requireObject(value, 'record');
  const kind = requireOneOf(record.kind, KINDS, 'kind');
  const platform = requireOneOf(record.platform, PLATFORMS, 'platform');
  requireKnownKeys(record, KEYS_BY_KIND[kind], '');
  requirePlatformId(record.id, platform, 'id');
  requireIsoTime(record.capturedAt, 'capturedAt');
  if (kind === 'post') {
    requireHttpUrl(record.url, 'url');
    checkWriting(record);
    optional(record, 'title', '', shortText);
    optional(record, 'byline', '', shortText);
    requireOneOf(record.media, MEDIA, 'media');
  } else if (kind === 'comment') {
    requirePlatformId(record.postId, platform, 'postId');
    optional(record, 'parentId', '', (parentId, name) => requirePlatformId(parentId, platform, name));
    optional(record, 'url', '', requireHttpUrl);
    checkWriting(record);
  } else {
    requireCount(record.rank, 'rank');
    requireString(record.title, 'title', MAX_SHORT_TEXT, { nonEmpty: true });
    optional(record, 'heat', '', requireCount);
    requireHttpUrl(record.url, 'url');
  }
}
