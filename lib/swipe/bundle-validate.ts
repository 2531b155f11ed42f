// Checks a whole bundle before anything is written: a malformed or partial file is refused with the
// first problem named, and the library stays exactly as it was.
import type { MetricSnapshot, StoredComment, StoredPost } from '../db';
import { InvalidField, requireIsoTime, requireKnownKeys, requireObject, requireOneOf, requireString } from '../validate-fields';
import { BUNDLE_FORMAT } from './bundle-export';
import { base64ToBytes, isBase64 } from './image-bytes';
import type { ExampleImage, SavedExample } from './types';
import { checkExample, IMAGE_MIMES } from './validate-example';
import { checkStoredRecord } from './validate-stored-record';

export const MAX_BUNDLE_EXAMPLES = 20_000;
const BUNDLE_KEYS = new Set(['format', 'version', 'exportedAt', 'examples', 'images', 'records', 'snapshots']);
const IMAGE_KEYS = new Set(['exampleId', 'mime', 'base64']);
const SNAPSHOT_KEYS = new Set(['postId', 'at', 'metrics']);

export interface CheckedBundle {
  examples: SavedExample[];
  images: ExampleImage[];
  records: (StoredPost | StoredComment)[];
  snapshots: MetricSnapshot[];
}

export type BundleCheck = { ok: true; bundle: CheckedBundle } | { ok: false; error: string };

function list(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new InvalidField(field, 'must be an array');
  if (value.length > MAX_BUNDLE_EXAMPLES * 2) throw new InvalidField(field, `has too many entries (${value.length})`);
  return value;
}

/** Runs `check` on each entry, naming the entry in the error ("examples[3].author.name …"). */
function each<T>(items: unknown[], field: string, check: (item: unknown) => T): T[] {
  return items.map((item, i) => {
    try {
      return check(item);
    } catch (error) {
      if (error instanceof InvalidField) throw new InvalidField(`${field}[${i}]${error.field.startsWith('[') || !error.field ? '' : '.'}${error.field}`, error.problem);
      throw error;
    }
  });
}

function checkImage(value: unknown): ExampleImage {
  const image = requireObject(value, '');
  requireKnownKeys(image, IMAGE_KEYS, '');
  const exampleId = requireString(image.exampleId, 'exampleId', 700, { nonEmpty: true });
  const mime = requireOneOf(image.mime, IMAGE_MIMES, 'mime');
  const base64 = requireString(image.base64, 'base64', 64 * 1024 * 1024);
  if (!isBase64(base64)) throw new InvalidField('base64', 'is not valid base64');
  return { exampleId, mime, bytes: base64ToBytes(base64) };
}

function checkSnapshot(value: unknown): MetricSnapshot {
  const snapshot = requireObject(value, '');
  requireKnownKeys(snapshot, SNAPSHOT_KEYS, '');
  requireString(snapshot.postId, 'postId', 600, { nonEmpty: true });
  requireIsoTime(snapshot.at, 'at');
  requireObject(snapshot.metrics, 'metrics');
  return snapshot as unknown as MetricSnapshot;
}

/** Everything an example points at must be in the file: its record, and its picture when it has one. */
function checkComplete(bundle: CheckedBundle): void {
  const seen = new Set<string>();
  const records = new Set(bundle.records.map((record) => record.id));
  const images = new Map(bundle.images.map((image) => [image.exampleId, image]));
  if (images.size !== bundle.images.length) throw new InvalidField('images', 'has two pictures for one example');
  bundle.examples.forEach((example, i) => {
    if (seen.has(example.id)) throw new InvalidField(`examples[${i}].id`, `appears twice (${example.id})`);
    seen.add(example.id);
    if (!records.has(example.recordId)) throw new InvalidField(`examples[${i}]`, `shows ${example.recordId}, whose record is missing from the file (partial bundle)`);
    const image = images.get(example.id);
    if (example.image && !image) throw new InvalidField(`examples[${i}]`, 'has a picture that is missing from the file (partial bundle)');
    if (image && example.image && (image.bytes.byteLength !== example.image.bytes || image.mime !== example.image.mime)) {
      throw new InvalidField(`examples[${i}].image`, `does not match its picture (${image.bytes.byteLength} bytes, ${example.image.bytes} expected): the file is damaged`);
    }
  });
  bundle.images.forEach((image, i) => {
    if (!seen.has(image.exampleId)) throw new InvalidField(`images[${i}].exampleId`, `names no example in the file (${image.exampleId.slice(0, 80)})`);
  });
  const posts = new Set(bundle.records.filter((record) => record.kind === 'post').map((record) => record.id));
  bundle.snapshots.forEach((snapshot, i) => {
    if (!posts.has(snapshot.postId)) throw new InvalidField(`snapshots[${i}].postId`, 'names no post in the file');
  });
}

export function validateBundle(value: unknown): BundleCheck {
  try {
    const bundle = requireObject(value, 'bundle');
    if (bundle.format !== BUNDLE_FORMAT) throw new InvalidField('format', `must be "${BUNDLE_FORMAT}" (this is not an Earshot swipe-file export)`);
    if (bundle.version !== 1) throw new InvalidField('version', `${JSON.stringify(bundle.version)} is not supported (this Earshot reads version 1)`);
    requireKnownKeys(bundle, BUNDLE_KEYS, '');
    requireIsoTime(bundle.exportedAt, 'exportedAt');
    const examples = list(bundle.examples, 'examples');
    if (examples.length > MAX_BUNDLE_EXAMPLES) throw new InvalidField('examples', `has too many entries (${examples.length} > ${MAX_BUNDLE_EXAMPLES})`);
    const checked: CheckedBundle = {
      examples: each(examples, 'examples', checkExample),
      images: each(list(bundle.images, 'images'), 'images', checkImage),
      records: each(list(bundle.records, 'records'), 'records', checkStoredRecord),
      snapshots: each(list(bundle.snapshots, 'snapshots'), 'snapshots', checkSnapshot),
    };
    checkComplete(checked);
    return { ok: true, bundle: checked };
  } catch (error) {
    if (error instanceof InvalidField) return { ok: false, error: `the file is not a valid Earshot swipe-file bundle: ${error.message}; nothing was imported` };
    throw error;
  }
}
