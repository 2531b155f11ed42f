// Strict shape check of a saved example coming from outside (an imported bundle). Throws InvalidField.
import { PLATFORMS, type Media } from '../model';
import {
  InvalidField, MAX_SHORT_TEXT, optional, requireCount, requireHttpUrl, requireIsoTime, requireKnownKeys, requireObject,
  requireOneOf, requireString,
} from '../validate-fields';
import { checkRecord, MAX_TEXT_LENGTH } from '../validate-record';
import type { ExampleStance, SavedExample } from './types';

const MEDIA_KINDS: readonly Media[] = ['text', 'image', 'video', 'link', 'article'];
export const STANCES: readonly ExampleStance[] = ['brand', 'competitor', 'other'];
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 60;
export const MAX_LABEL_LENGTH = 200;
export const MAX_NOTE_LENGTH = 4000;
const EXAMPLE_KEYS = new Set([
  'id', 'recordId', 'kind', 'platform', 'url', 'author', 'text', 'title', 'media', 'createdAt', 'metricsAtSave', 'savedAt',
  'updatedAt', 'board', 'tags', 'stance', 'brand', 'note', 'image', 'searchTerms',
]);
const IMAGE_KEYS = new Set(['width', 'height', 'mime', 'cropped', 'bytes']);
export const IMAGE_MIMES = ['image/png', 'image/jpeg'] as const;

export function checkTags(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) throw new InvalidField(field, 'must be an array');
  if (value.length > MAX_TAGS) throw new InvalidField(field, `has too many tags (${value.length} > ${MAX_TAGS})`);
  return value.map((tag, i) => requireString(tag, `${field}[${i}]`, MAX_TAG_LENGTH));
}

function checkImageMeta(value: unknown, field: string): void {
  const image = requireObject(value, field);
  requireKnownKeys(image, IMAGE_KEYS, field);
  requireCount(image.width, `${field}.width`);
  requireCount(image.height, `${field}.height`);
  requireOneOf(image.mime, IMAGE_MIMES, `${field}.mime`);
  if (typeof image.cropped !== 'boolean') throw new InvalidField(`${field}.cropped`, 'must be a boolean');
  requireCount(image.bytes, `${field}.bytes`);
}

/** The example's record part is checked by the record validator, on a record built from it. */
export function checkExample(value: unknown): SavedExample {
  const example = requireObject(value, 'example');
  requireKnownKeys(example, EXAMPLE_KEYS, '');
  const recordId = requireString(example.recordId, 'recordId', 600, { nonEmpty: true });
  if (example.id !== `ex:${recordId}`) throw new InvalidField('id', `must be "ex:" + recordId, got ${JSON.stringify(String(example.id).slice(0, 60))}`);
  const kind = requireOneOf(example.kind, ['post', 'comment'] as const, 'kind');
  requireOneOf(example.platform, PLATFORMS, 'platform');
  requireHttpUrl(example.url, 'url');
  requireString(example.text, 'text', MAX_TEXT_LENGTH);
  requireOneOf(example.media, MEDIA_KINDS, 'media');
  // Author, counts and times: the same rules as a captured record.
  const asRecord = {
    kind, id: recordId, platform: example.platform, capturedAt: example.savedAt, author: example.author, text: example.text,
    metrics: example.metricsAtSave, source: 'api', createdAt: example.createdAt,
    ...(kind === 'post' ? { url: example.url, media: example.media, title: example.title } : { postId: recordId, url: example.url }),
  };
  try {
    checkRecord(asRecord);
  } catch (error) {
    if (error instanceof InvalidField) throw new InvalidField(error.field === 'metrics' || error.field.startsWith('metrics.') ? error.field.replace('metrics', 'metricsAtSave') : error.field, error.problem);
    throw error;
  }
  requireIsoTime(example.updatedAt, 'updatedAt');
  checkTags(example.tags, 'tags');
  optional(example, 'board', '', (board, field) => requireString(board, field, MAX_LABEL_LENGTH));
  optional(example, 'stance', '', (stance, field) => requireOneOf(stance, STANCES, field));
  optional(example, 'brand', '', (brand, field) => requireString(brand, field, MAX_LABEL_LENGTH));
  optional(example, 'note', '', (note, field) => requireString(note, field, MAX_NOTE_LENGTH));
  optional(example, 'title', '', (title, field) => requireString(title, field, MAX_SHORT_TEXT));
  optional(example, 'image', '', checkImageMeta);
  return example as unknown as SavedExample;
}
